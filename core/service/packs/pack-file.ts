// The file that carries a jury pack or a score pack between the chair's machine and a juror's laptop.
//
//   PACTE-PACK/1\n  {header JSON}\n  payload bytes
//
// The header is one line of JSON: the format, the payload's length (a truncated copy is named as such),
// and either the payload's SHA-256 (in clear) or its AES-256-GCM parameters (encrypted with a key that
// scrypt derives from a passphrase; the header is the GCM additional data, so it cannot be changed either).
// A score pack also carries a MAC of its payload (see pack-binding.ts). node:crypto only.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';

export const PACK_FORMATS = { jury: 'pacte-jury-pack', score: 'pacte-score-pack' } as const;
export type PackFormat = (typeof PACK_FORMATS)[keyof typeof PACK_FORMATS];
const FORMAT_NAMES: Record<PackFormat, string> = { 'pacte-jury-pack': 'un paquet du juré', 'pacte-score-pack': 'un paquet de notes' };

const MAGIC = Buffer.from('PACTE-PACK/1\n', 'ascii');
const VERSION = 1;
const MAX_HEADER_BYTES = 4096;

// 32 MiB of memory and about a tenth of a second per try: cheap for one juror, slow for a guesser.
const SCRYPT = { N: 32768, r: 8, p: 1 } as const;
// A header may carry other parameters (a later version raising them), within these bounds: a forged
// header must not make the app allocate gigabytes.
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

export const MIN_PASSPHRASE_LENGTH = 8;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u);
const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`, 'u'));

const encryptionSchema = z
  .object({
    cipher: z.literal('aes-256-gcm'),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z.number().int().min(1024).max(1 << 20),
        r: z.number().int().min(1).max(32),
        p: z.number().int().min(1).max(16),
        salt: base64.min(16).max(200),
      })
      .strict(),
    iv: base64.min(16).max(32),
    tag: base64.min(16).max(32),
  })
  .strict();

const headerSchema = z
  .object({
    format: z.string().max(80),
    version: z.number().int().positive(),
    payloadBytes: z.number().int().min(0),
    sha256: hex(64).optional(),
    encryption: encryptionSchema.optional(),
    mac: hex(64).optional(),
  })
  .strict();

export type PackHeader = z.output<typeof headerSchema>;
type Encryption = z.output<typeof encryptionSchema>;

export const WRONG_PASSPHRASE = 'Phrase de passe incorrecte ou fichier altéré.';

function refused(message: string): AppError {
  return new AppError('pack_invalid', message);
}

/** What GCM authenticates besides the ciphertext: every header field but the tag and the MAC. */
function additionalData(header: { format: string; version: number; payloadBytes: number; encryption: Omit<Encryption, 'tag'> }): Buffer {
  const { cipher, kdf, iv } = header.encryption;
  return Buffer.from(JSON.stringify([header.format, header.version, header.payloadBytes, cipher, kdf.name, kdf.N, kdf.r, kdf.p, kdf.salt, iv]), 'utf8');
}

function deriveKey(passphrase: string, kdf: Encryption['kdf']): Buffer {
  if (128 * kdf.N * kdf.r * (kdf.p + 1) > MAX_SCRYPT_MEMORY) throw refused('Ce paquet demande des paramètres de chiffrement hors des limites de l’application : il est refusé.');
  try {
    return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: MAX_SCRYPT_MEMORY });
  } catch {
    // N not a power of two and the like: such a header was not written by the app.
    throw refused('Les paramètres de chiffrement de ce paquet sont invalides : il est refusé.');
  }
}

export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH) return `La phrase de passe compte au moins ${MIN_PASSPHRASE_LENGTH} caractères.`;
  return null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes a pack file around a payload; encrypted when a passphrase is given. */
export function writePackFile(format: PackFormat, payload: Buffer, options: { passphrase?: string | undefined; mac?: string } = {}): Buffer {
  const base = { format, version: VERSION, payloadBytes: payload.length };
  let header: PackHeader;
  let body: Buffer;
  if (options.passphrase === undefined) {
    header = { ...base, sha256: sha256Hex(payload) };
    body = payload;
  } else {
    const kdf = { name: 'scrypt' as const, ...SCRYPT, salt: randomBytes(16).toString('base64') };
    const iv = randomBytes(12);
    const partial = { ...base, encryption: { cipher: 'aes-256-gcm' as const, kdf, iv: iv.toString('base64') } };
    const cipher = createCipheriv('aes-256-gcm', deriveKey(options.passphrase, kdf), iv);
    cipher.setAAD(additionalData(partial));
    body = Buffer.concat([cipher.update(payload), cipher.final()]);
    header = { ...base, encryption: { ...partial.encryption, tag: cipher.getAuthTag().toString('base64') } };
  }
  if (options.mac !== undefined) header.mac = options.mac;
  return Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

export type OpenedPackFile = { header: PackHeader; payload: Buffer; isEncrypted: boolean };

function readHeader(bytes: Buffer, expected: PackFormat): { header: PackHeader; body: Buffer } {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw refused(`Ce fichier n’est pas ${FORMAT_NAMES[expected]} de Pacte CAI (ou il est abîmé dès son début).`);
  }
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > MAX_HEADER_BYTES) throw refused('Fichier tronqué ou abîmé : l’en-tête du paquet est incomplet.');
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    throw refused('Fichier abîmé : l’en-tête du paquet est illisible.');
  }
  const reading = headerSchema.safeParse(json);
  if (!reading.success) throw refused('Fichier abîmé : l’en-tête du paquet est invalide.');
  const header = reading.data;
  const other = Object.values(PACK_FORMATS).find((format) => format === header.format && format !== expected);
  if (other) throw refused(`Ce fichier est ${FORMAT_NAMES[other]}, pas ${FORMAT_NAMES[expected]}.`);
  if (header.format !== expected) throw refused(`Ce fichier n’est pas ${FORMAT_NAMES[expected]} de Pacte CAI.`);
  if (header.version > VERSION) throw refused(`Ce paquet vient d’une version plus récente de Pacte CAI (format ${header.version}) : mettez l’application à jour pour l’ouvrir.`);
  if ((header.sha256 === undefined) === (header.encryption === undefined)) throw refused('Fichier abîmé : l’en-tête du paquet est invalide.');
  const body = bytes.subarray(end + 1);
  if (body.length < header.payloadBytes) {
    throw refused(`Fichier tronqué : il manque ${header.payloadBytes - body.length} octet(s) sur ${header.payloadBytes}. Copiez de nouveau le paquet depuis son original.`);
  }
  if (body.length > header.payloadBytes) throw refused(`Fichier abîmé : ${body.length - header.payloadBytes} octet(s) en trop après le contenu du paquet.`);
  return { header, body };
}

/**
 * Reads a pack file: refuses, with a French sentence, anything that is not a whole, unchanged pack of
 * the expected kind. In clear, the SHA-256 catches accidents (a change made on purpose would recompute
 * it: the score pack's MAC is what catches that); encrypted, GCM catches both.
 */
export function readPackFile(bytes: Buffer, expected: PackFormat, passphrase?: string): OpenedPackFile {
  const { header, body } = readHeader(bytes, expected);
  if (header.encryption === undefined) {
    if (sha256Hex(body) !== header.sha256) throw refused('Le paquet a été modifié ou abîmé depuis sa création (empreinte incorrecte) : il est refusé.');
    return { header, payload: body, isEncrypted: false };
  }
  if (passphrase === undefined || passphrase === '') {
    throw new AppError('passphrase_required', 'Ce paquet est chiffré : indiquez sa phrase de passe.', [{ path: 'passphrase', message: 'Phrase de passe requise.' }]);
  }
  const { encryption } = header;
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, encryption.kdf), Buffer.from(encryption.iv, 'base64'));
  decipher.setAAD(additionalData({ ...header, encryption }));
  decipher.setAuthTag(Buffer.from(encryption.tag, 'base64'));
  try {
    return { header, payload: Buffer.concat([decipher.update(body), decipher.final()]), isEncrypted: true };
  } catch {
    throw new AppError('wrong_passphrase', WRONG_PASSPHRASE, [{ path: 'passphrase', message: WRONG_PASSPHRASE }]);
  }
}

/** The payload's JSON, read against its schema; a payload that passed the checks above and still fails was not written by the app. */
export function parsePayload<T extends z.ZodType>(payload: Buffer, schema: T, what: string): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    throw refused(`Le contenu de ${what} est illisible : il est refusé.`);
  }
  const reading = schema.safeParse(json);
  if (!reading.success) throw refused(`Le contenu de ${what} n’est pas valide (${reading.error.issues[0]?.path.join('.') ?? '?'}) : il est refusé.`);
  return reading.data;
}
