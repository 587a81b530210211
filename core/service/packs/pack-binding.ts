// What ties a score pack to the jury pack it answers. The chair's session holds a random secret that never
// leaves the chair's machine; each jury pack carries, encrypted, a binding derived from it for one session,
// one juror and one pack id; the laptop keeps it sealed with the pack's passphrase (pack-seal.ts) and
// encrypts its score pack with a key derived from it; the chair derives the binding again and decrypts.
// A changed byte, a pack of another session, juror or installation: it does not decrypt.
//
// Who can make a score pack the chair accepts: whoever knows the binding, that is the chair, or whoever
// has the jury pack (or the laptop's jury database) and its passphrase. The passphrase, handed over apart
// from the file, is the juror's secret. Format 1 put the binding in clear in unencrypted packs and in the
// laptop's database; the label below changed with format 2, so that a binding read there opens nothing now.
import { createHmac, randomBytes } from 'node:crypto';

export function newPackId(): string {
  return randomBytes(16).toString('hex');
}

export function packBinding(packSecretHex: string, sessionId: number, jurorId: number, packId: string): string {
  return createHmac('sha256', Buffer.from(packSecretHex, 'hex')).update(`pacte-jury-pack/2:${sessionId}:${jurorId}:${packId}`, 'utf8').digest('hex');
}

/** The AES-256-GCM key of the score packs answering this binding's jury pack. */
export function scorePackKey(bindingHex: string): Buffer {
  return createHmac('sha256', Buffer.from(bindingHex, 'hex')).update('pacte-score-pack/2:key', 'utf8').digest();
}

/**
 * What the chair keeps to know a score pack it already imported: keyed by the binding, so that the record
 * of an import cannot be matched against guessed contents (the scores stay sealed until the reveal).
 */
export function scorePackDigest(bindingHex: string, payload: Buffer): string {
  return createHmac('sha256', Buffer.from(bindingHex, 'hex')).update('pacte-score-pack/2:digest\n', 'utf8').update(payload).digest('hex');
}
