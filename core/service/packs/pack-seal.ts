// Laptop side: what the jury database keeps of the pack's binding. Not the binding in clear (whoever copied
// the database could then sign score packs): the binding sealed with a key that only the pack's passphrase
// gives. One scrypt run yields 64 bytes: the first half is kept as the passphrase's verifier (a wrong
// passphrase is told apart from a damaged record), the second half seals the binding.
//
//   passphrase_hash  scrypt$N$r$p$<salt hex>$<verifier hex>
//   binding          sealed$<iv base64>$<ciphertext base64>$<tag base64>
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../domain/app-error.ts';
import { PACK_SCRYPT, scryptKey, WRONG_PASSPHRASE } from './pack-file.ts';

export type SealedBinding = { passphraseHash: string; binding: string };

const OUTDATED =
  'Ce poste de juré a été préparé avec un paquet du juré d’une version antérieure de Pacte CAI, dont le format n’est plus accepté : demandez au président d’exporter un nouveau paquet du juré, et ouvrez-le dans Pacte CAI fraîchement installé (ou une base de jury vide).';

function keys(passphrase: string, kdf: { N: number; r: number; p: number; salt: Buffer }): { verifier: Buffer; key: Buffer } {
  const derived = scryptKey(passphrase, kdf, 64);
  return { verifier: derived.subarray(0, 32), key: derived.subarray(32) };
}

export function sealBinding(bindingHex: string, passphrase: string, cost: number = PACK_SCRYPT.N): SealedBinding {
  const salt = randomBytes(16);
  const { verifier, key } = keys(passphrase, { ...PACK_SCRYPT, N: cost, salt });
  const passphraseHash = `scrypt$${cost}$${PACK_SCRYPT.r}$${PACK_SCRYPT.p}$${salt.toString('hex')}$${verifier.toString('hex')}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(passphraseHash, 'utf8'));
  const sealed = Buffer.concat([cipher.update(Buffer.from(bindingHex, 'hex')), cipher.final()]);
  return { passphraseHash, binding: `sealed$${iv.toString('base64')}$${sealed.toString('base64')}$${cipher.getAuthTag().toString('base64')}` };
}

/** Null when the record is not of this format (a jury database made from a format-1 pack). */
function parse(record: { passphraseHash: string | null; binding: string }) {
  const hash = record.passphraseHash?.split('$') ?? [];
  const sealed = record.binding.split('$');
  if (hash.length !== 6 || hash[0] !== 'scrypt' || sealed.length !== 4 || sealed[0] !== 'sealed') return null;
  const [N, r, p] = hash.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0)) return null;
  return {
    kdf: { N, r, p, salt: Buffer.from(hash[4] ?? '', 'hex') },
    verifier: Buffer.from(hash[5] ?? '', 'hex'),
    iv: Buffer.from(sealed[1] ?? '', 'base64'),
    ciphertext: Buffer.from(sealed[2] ?? '', 'base64'),
    tag: Buffer.from(sealed[3] ?? '', 'base64'),
  };
}

/** The binding, given the passphrase the jury pack was opened with; a French refusal otherwise. */
export function unsealBinding(record: { passphraseHash: string | null; binding: string }, passphrase: string | undefined): string {
  const parts = parse(record);
  if (parts === null) throw new AppError('precondition', OUTDATED);
  if (passphrase === undefined || passphrase === '') {
    throw new AppError('passphrase_required', 'Indiquez la phrase de passe de votre paquet du juré : vos notes sont chiffrées avec la clé qu’elle protège.', [
      { path: 'passphrase', message: 'Phrase de passe requise.' },
    ]);
  }
  const { verifier, key } = keys(passphrase, parts.kdf);
  if (verifier.length !== parts.verifier.length || !timingSafeEqual(verifier, parts.verifier)) {
    throw new AppError('wrong_passphrase', 'Phrase de passe incorrecte : ce n’est pas celle du paquet du juré.', [{ path: 'passphrase', message: WRONG_PASSPHRASE }]);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parts.iv);
    decipher.setAAD(Buffer.from(record.passphraseHash ?? '', 'utf8'));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('hex');
  } catch {
    throw new AppError('pack_invalid', 'La clé de ce poste de juré est abîmée : demandez au président un nouveau paquet du juré, à ouvrir dans une base de jury vide.');
  }
}
