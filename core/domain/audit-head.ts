// The head of the audit log (its last entry's number and hash), written where the log cannot reach
// it (a printed document, a backup's manifest, a note) and given back to `pacte audit verify --head`:
// a log truncated, re-chained after an edit or deleted no longer holds that entry with that hash.

export type AuditChainHead = { seq: number; hash: string };

/** Digits of the hash a head must give at least: 64 bits, too many to forge a chain ending on them. */
export const MIN_HEAD_HEX_DIGITS = 16;

/** "1234:9f3a…" with the full hash: what PDF metadata and `--head` carry. */
export function formatAuditHead(head: AuditChainHead): string {
  return `${head.seq}:${head.hash}`;
}

/** "9F3A 01C2 7B44 D0E8": the first 64 bits of a hash, in groups a person can read aloud and type back. */
export function shortAuditHash(hash: string): string {
  return hash.slice(0, MIN_HEAD_HEX_DIGITS).toUpperCase().replace(/(.{4})(?!$)/gu, '$1 ');
}

/** What a document's footer prints: "Journal n° 1234 · 9F3A 01C2 7B44 D0E8", or that the log was empty. */
export function auditHeadLine(head: AuditChainHead | null): string {
  return head === null ? 'Journal vide' : `Journal n° ${head.seq} · ${shortAuditHash(head.hash)}`;
}

/** A head given back by a person: the entry's number and the start of its hash (lower case, no spaces). */
export type ExpectedAuditHead = { seq: number; hashPrefix: string };

/**
 * Reads "SEQ:HASH" as printed anywhere: the full hash or its first 16 digits at least, in any case,
 * spaces allowed, the footer's own words too ("Journal n° 1234 · 9F3A 01C2 7B44 D0E8"). Null when it
 * is not one.
 */
export function parseAuditHead(text: string): ExpectedAuditHead | null {
  const match = /^(?:journal\s+)?(?:n°\s*)?(\d{1,15})\s*[:·]\s*([0-9a-f][0-9a-f ]*)$/iu.exec(text.trim());
  if (!match) return null;
  const seq = Number(match[1]);
  const hashPrefix = (match[2] ?? '').replaceAll(' ', '').toLowerCase();
  if (!Number.isSafeInteger(seq) || seq < 1 || hashPrefix.length < MIN_HEAD_HEX_DIGITS || hashPrefix.length > 64) return null;
  return { seq, hashPrefix };
}

export const AUDIT_HEAD_FORMAT_HINT = `attendu N:EMPREINTE, le numéro de l’entrée et au moins les ${MIN_HEAD_HEX_DIGITS} premiers chiffres de son empreinte (ex. « 1234:9F3A 01C2 7B44 D0E8 »)`;
