// The short fingerprint printed on every document: SHA-256 of the data it was built from, so that a
// paper copy can be matched to the app's records (regenerate, compare the fingerprint).
import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from '../domain/jury/audit-chain.ts';

/** The full SHA-256 (hex) of the data, keys sorted at every level so that the same data gives the same text. */
export function dataSha256(data: JsonValue): string {
  return createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
}

/** "3F9A 01C2 7B44 D0E8": the first 64 bits, in groups a person can read aloud. */
export function shortFingerprint(sha256: string): string {
  return sha256.slice(0, 16).toUpperCase().replace(/(.{4})(?!$)/gu, '$1 ');
}
