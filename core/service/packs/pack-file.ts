// The file that carries a jury pack or a score pack between the chair's machine and a juror's laptop.
//
//   PACTE-PACK/2\n  {header JSON}\n  ciphertext, then its 16-byte GCM tag
//
// Every pack is encrypted with AES-256-GCM. The header holds what a person needs to pick the right
// passphrase (the kind of pack, the session's title, the juror's name) and how to decrypt: scrypt's
// parameters for a jury pack (its key comes from the passphrase), the pack id for a score pack (its key
// comes from the pack's binding, pack-binding.ts). Nothing else is in clear: no PIN hash, no e-mail, no
// binding, no MAC. The header's exact bytes, the magic line included, are GCM's additional data: a changed
// header byte is refused like a changed content byte. Packs of format 1 (in clear, or with a binding a
// holder could sign with) are refused. node:crypto only.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';

export const PACK_FORMATS = { jury: 'pacte-jury-pack', score: 'pacte-score-pack' } as const;
export type PackFormat = (typeof PACK_FORMATS)[keyof typeof PACK_FORMATS];
const FORMAT_NAMES: Record<PackFormat, string> = { 'pacte-jury-pack': 'un paquet du juré', 'pacte-score-pack': 'un paquet de notes' };

export const PACK_VERSION = 2;
const MAGIC = Buffer.from(`PACTE-PACK/${PACK_VERSION}\n`, 'ascii');
const ANY_MAGIC = /^PACTE-PACK\/(\d{1,6})\n/u;
const MAX_HEADER_BYTES = 4096;
const TAG_BYTES = 16;

// 128 MiB and about half a second per try on an ordinary laptop (0.45 s measured here): once for the
// juror, slow for whoever tries passphrases against a copied pack.
export const PACK_SCRYPT = { N: 131072, r: 8, p: 1 } as const;
// A header may carry other parameters (a later version raising them), within this bound: a forged
// header must not make the app allocate gigabytes before GCM has had a say.
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u);

const scryptKeySchema = z
  .object({
    name: z.literal('scrypt'),
    N: z.number().int().min(16384).max(1 << 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64.min(16).max(200),
  })
  .strict();

const bindingKeySchema = z.object({ name: z.literal('binding'), packId: z.string().regex(/^[0-9a-f]{32}$/u) }).strict();

const headerSchema = z
  .object({
    format: z.string().max(80),
    /** Shown to pick the passphrase, nothing more: authenticated with the rest once decrypted. */
    label: z.object({ session: z.string().max(300), juror: z.string().max(200) }).strict(),
    key: z.discriminatedUnion('name', [scryptKeySchema, bindingKeySchema]),
    cipher: z.literal('aes-256-gcm'),
    iv: base64.length(16),
    /** Ciphertext and tag: a truncated copy is named as such. */
    bytes: z.number().int().min(TAG_BYTES),
  })
  .strict();

export type PackHeader = z.output<typeof headerSchema>;
export type PackLabel = PackHeader['label'];
type ScryptKey = z.output<typeof scryptKeySchema>;

/** A pack file whose frame has been checked, not yet decrypted. */
export type SealedPackFile = { header: PackHeader; additionalData: Buffer; body: Buffer };

export const WRONG_PASSPHRASE = 'Phrase de passe incorrecte ou fichier altéré.';

function refused(message: string): AppError {
  return new AppError('pack_invalid', message);
}

const OLD_FORMAT: Record<PackFormat, string> = {
  'pacte-jury-pack': 'demandez au président d’exporter un nouveau paquet du juré',
  'pacte-score-pack': 'exportez un nouveau paquet du juré pour ce membre ; ses notes reviendront dans un nouveau paquet de notes',
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** scrypt within the app's memory bound; `length` 64 gives a verifier and a key at once (pack-seal.ts). */
export function scryptKey(passphrase: string, kdf: Omit<ScryptKey, 'name' | 'salt'> & { salt: Buffer }, length = 32): Buffer {
  if (128 * kdf.N * kdf.r * (kdf.p + 1) > MAX_SCRYPT_MEMORY) throw refused('Ce paquet demande des paramètres de chiffrement hors des limites de l’application : il est refusé.');
  try {
    return scryptSync(passphrase.normalize('NFC'), kdf.salt, length, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: MAX_SCRYPT_MEMORY });
  } catch {
    // N not a power of two and the like: such parameters were not written by the app.
    throw refused('Les paramètres de chiffrement de ce paquet sont invalides : il est refusé.');
  }
}

/** `cost`: the scrypt N of a passphrase's key, PACK_SCRYPT's unless the service says otherwise (ServiceContext.packKdfCost). */
export type PackKey = { passphrase: string; cost?: number | undefined } | { packId: string; key: Buffer };

/** Writes a pack file around a payload: always encrypted, with the passphrase's key or the binding's. */
export function writePackFile(format: PackFormat, payload: Buffer, label: PackLabel, packKey: PackKey): Buffer {
  let key: Buffer;
  let keyHeader: PackHeader['key'];
  if ('passphrase' in packKey) {
    const salt = randomBytes(16);
    const kdf = { ...PACK_SCRYPT, N: packKey.cost ?? PACK_SCRYPT.N };
    key = scryptKey(packKey.passphrase, { ...kdf, salt });
    keyHeader = { name: 'scrypt', ...kdf, salt: salt.toString('base64') };
  } else {
    key = packKey.key;
    keyHeader = { name: 'binding', packId: packKey.packId };
  }
  const iv = randomBytes(12);
  const header: PackHeader = { format, label, key: keyHeader, cipher: 'aes-256-gcm', iv: iv.toString('base64'), bytes: payload.length + TAG_BYTES };
  const additionalData = Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData);
  return Buffer.concat([additionalData, cipher.update(payload), cipher.final(), cipher.getAuthTag()]);
}

function checkMagic(bytes: Buffer, expected: PackFormat): void {
  const magic = ANY_MAGIC.exec(bytes.subarray(0, 24).toString('latin1'));
  if (!magic) throw refused(`Ce fichier n’est pas ${FORMAT_NAMES[expected]} de Pacte CAI (ou il est abîmé dès son début).`);
  const version = Number(magic[1]);
  if (version > PACK_VERSION) throw refused(`Ce paquet vient d’une version plus récente de Pacte CAI (format ${version}) : mettez l’application à jour pour l’ouvrir.`);
  if (version < PACK_VERSION) {
    throw refused(`Ce paquet a été créé par une version antérieure de Pacte CAI, dans un format qui n’est plus accepté (il pouvait être falsifié) : ${OLD_FORMAT[expected]}.`);
  }
}

/**
 * Reads a pack file's frame: refuses, with a French sentence, anything that is not a whole pack of the
 * expected kind and of this format. The content is not decrypted yet: see openWithPassphrase, openWithKey.
 */
export function readPackFile(bytes: Buffer, expected: PackFormat): SealedPackFile {
  checkMagic(bytes, expected);
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > MAX_HEADER_BYTES) throw refused('Fichier tronqué ou abîmé : l’en-tête du paquet est incomplet.');
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    throw refused('Fichier abîmé : l’en-tête du paquet est illisible.');
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  const other = Object.values(PACK_FORMATS).find((candidate) => candidate === format && candidate !== expected);
  if (other) throw refused(`Ce fichier est ${FORMAT_NAMES[other]}, pas ${FORMAT_NAMES[expected]}.`);
  const reading = headerSchema.safeParse(json);
  if (!reading.success) throw refused('Fichier abîmé : l’en-tête du paquet est invalide.');
  const header = reading.data;
  if (header.format !== expected) throw refused(`Ce fichier n’est pas ${FORMAT_NAMES[expected]} de Pacte CAI.`);
  if ((header.key.name === 'scrypt') !== (expected === PACK_FORMATS.jury)) throw refused('Fichier abîmé : l’en-tête du paquet est invalide.');
  const body = bytes.subarray(end + 1);
  if (body.length < header.bytes) {
    throw refused(`Fichier tronqué : il manque ${header.bytes - body.length} octet(s) sur ${header.bytes}. Copiez de nouveau le paquet depuis son original.`);
  }
  if (body.length > header.bytes) throw refused(`Fichier abîmé : ${body.length - header.bytes} octet(s) en trop après le contenu du paquet.`);
  return { header, additionalData: bytes.subarray(0, end + 1), body };
}

/** The payload, or null when the key is not the pack's or a byte changed anywhere (header included). */
export function openWithKey(pack: SealedPackFile, key: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(pack.header.iv, 'base64'));
  decipher.setAAD(pack.additionalData);
  decipher.setAuthTag(pack.body.subarray(pack.body.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(pack.body.subarray(0, pack.body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** "le paquet du juré de Claire Dubois (séance « CAI du 12 mars 2018 »)", as the header says it. */
export function packLabelText(pack: SealedPackFile): string {
  const { session, juror } = pack.header.label;
  const kind = pack.header.format === PACK_FORMATS.jury ? 'le paquet du juré' : 'le paquet de notes';
  return `${kind}${juror === '' ? '' : ` de ${juror}`}${session === '' ? '' : ` (séance « ${session} »)`}`;
}

/** A jury pack's payload, decrypted with its passphrase. */
export function openWithPassphrase(pack: SealedPackFile, passphrase: string | undefined): Buffer {
  if (pack.header.key.name !== 'scrypt') throw refused('Fichier abîmé : l’en-tête du paquet est invalide.');
  if (passphrase === undefined || passphrase === '') {
    const what = packLabelText(pack);
    throw new AppError('passphrase_required', `${what.charAt(0).toUpperCase()}${what.slice(1)} est chiffré : indiquez sa phrase de passe.`, [
      { path: 'passphrase', message: 'Phrase de passe requise.' },
    ]);
  }
  const { key } = pack.header;
  const payload = openWithKey(pack, scryptKey(passphrase, { N: key.N, r: key.r, p: key.p, salt: Buffer.from(key.salt, 'base64') }));
  if (payload === null) throw new AppError('wrong_passphrase', WRONG_PASSPHRASE, [{ path: 'passphrase', message: WRONG_PASSPHRASE }]);
  return payload;
}

/** "sheets.3.answers" → " (sheets.3.answers)"; the root → "": a message never shows empty parentheses. */
function pathText(path: readonly PropertyKey[] | undefined): string {
  const text = (path ?? []).map(String).join('.');
  return text === '' ? '' : ` (${text})`;
}

/** The payload's JSON, read against its schema; a payload that decrypted and still fails was not written by the app. */
export function parsePayload<T extends z.ZodType>(payload: Buffer, schema: T, what: string): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    throw refused(`Le contenu de ${what} est illisible : il est refusé.`);
  }
  const reading = schema.safeParse(json);
  if (!reading.success) throw refused(`Le contenu de ${what} n’est pas valide${pathText(reading.error.issues[0]?.path)} : il est refusé.`);
  return reading.data;
}
