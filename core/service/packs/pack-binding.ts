// What ties a score pack to the jury pack it answers. The chair's session holds a random secret that never
// leaves the chair's machine; each jury pack carries a binding derived from it for one session, one juror
// and one pack id; the laptop signs its score pack with that binding; the chair derives the binding again
// and checks the signature. A changed byte, a pack of another session, juror or installation: no match.
//
// What this does not do: a person holding the jury pack file (its binding) could sign a score pack of
// their own. Encrypting the jury pack with a passphrase, and the juror's PIN on the laptop, narrow that.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newPackId(): string {
  return randomBytes(16).toString('hex');
}

export function packBinding(packSecretHex: string, sessionId: number, jurorId: number, packId: string): string {
  return createHmac('sha256', Buffer.from(packSecretHex, 'hex')).update(`pacte-jury-pack:${sessionId}:${jurorId}:${packId}`, 'utf8').digest('hex');
}

export function scorePackMac(bindingHex: string, payload: Buffer): string {
  return createHmac('sha256', Buffer.from(bindingHex, 'hex')).update(payload).digest('hex');
}

/** Constant-time comparison of two hex MACs. */
export function sameMac(expectedHex: string, actualHex: string | undefined): boolean {
  if (actualHex === undefined) return false;
  const expected = Buffer.from(expectedHex, 'hex');
  const actual = Buffer.from(actualHex, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
