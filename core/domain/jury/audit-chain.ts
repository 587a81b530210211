// The audit log is append-only and each entry carries the hash of the one before: changing,
// removing or inserting an entry breaks the chain from there on, and the check names where.
// The hash function is passed in (SHA-256 in hex) so that this rule runs in Node and in a browser.

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

export type AuditEntryContent = {
  /** 1, 2, 3… without gaps: a missing number is a removed entry. */
  seq: number;
  /** ISO 8601 timestamp. */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | number | null;
  details: JsonValue;
  /** The hash of the entry before; null for the first entry of the log. */
  previousHash: string | null;
};

export type AuditEntry = AuditEntryContent & { hash: string };

export type Sha256Hex = (text: string) => string;

export type ChainCheck = { ok: true; count: number } | { ok: false; brokenSeq: number; index: number; reason: string };

function canonical(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // NaN and Infinity have no JSON form: stored and read back they would hash differently.
    if (!Number.isFinite(value)) throw new TypeError(`Audit details hold JSON only, not ${String(value)}.`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonical(item))).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Keys by UTF-16 code units, the order every JavaScript engine sorts the same way; undefined
    // properties dropped as JSON.stringify does, so an entry read back from storage hashes the same.
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
  }
  throw new TypeError(`Audit details hold JSON only, not a ${typeof value}.`);
}

/** JSON with keys sorted at every level and no spaces: the same value always gives the same text (documents' fingerprints use it too). */
export function canonicalJson(value: JsonValue): string {
  return canonical(value);
}

/**
 * The text an entry's hash is computed on: its content (everything but the hash) as JSON with the
 * keys sorted at every level and no spaces, so that the same entry always gives the same text.
 */
export function auditEntryCanonical(entry: AuditEntryContent): string {
  const { seq, at, actor, action, entity, entityId, details, previousHash } = entry;
  return canonical({ seq, at, actor, action, entity, entityId, details, previousHash });
}

/** The hash of an entry's content, to store with it when appending. */
export function auditEntryHash(entry: AuditEntryContent, sha256Hex: Sha256Hex): string {
  return sha256Hex(auditEntryCanonical(entry));
}

/** The next entry of a log whose last entry is `last` (undefined for an empty log), hash included. */
export function chainAuditEntry(last: AuditEntry | undefined, content: Omit<AuditEntryContent, 'seq' | 'previousHash'>, sha256Hex: Sha256Hex): AuditEntry {
  const entry: AuditEntryContent = { ...content, seq: last === undefined ? 1 : last.seq + 1, previousHash: last === undefined ? null : last.hash };
  return { ...entry, hash: auditEntryHash(entry, sha256Hex) };
}

export type ChainStart = { seq: number; previousHash: string | null };

/**
 * Checks entries in order, from the start of the log (or from `start`, to check a log piece by
 * piece: the seq and the hash the piece must follow). Names the first broken entry: a gap or a
 * repeat in the numbering, a previousHash that is not the hash of the entry before, or a hash that
 * is not the hash of the entry's own content.
 */
export function verifyChain(entries: readonly AuditEntry[], sha256Hex: Sha256Hex, start: ChainStart = { seq: 1, previousHash: null }): ChainCheck {
  let expectedSeq = start.seq;
  let expectedPrevious = start.previousHash;
  for (const [index, entry] of entries.entries()) {
    const broken = (reason: string): ChainCheck => ({ ok: false, brokenSeq: entry.seq, index, reason: `Entrée n° ${entry.seq} : ${reason}` });
    if (entry.seq !== expectedSeq) {
      return broken(
        Number.isSafeInteger(entry.seq) && entry.seq > expectedSeq
          ? `numérotation interrompue, ${entry.seq - expectedSeq === 1 ? `l’entrée n° ${expectedSeq} manque` : `les entrées n° ${expectedSeq} à ${entry.seq - 1} manquent`}.`
          : `numéro inattendu (attendu ${expectedSeq}).`,
      );
    }
    if (entry.previousHash !== expectedPrevious) {
      return broken(
        expectedPrevious === null
          ? 'la première entrée du journal ne doit suivre aucune autre.'
          : `elle ne suit pas l’entrée n° ${expectedSeq - 1} (empreinte précédente différente) : une entrée a été modifiée, retirée ou insérée.`,
      );
    }
    let hash: string;
    try {
      hash = auditEntryHash(entry, sha256Hex);
    } catch {
      return broken('son contenu n’est pas du JSON valide.');
    }
    if (entry.hash !== hash) return broken('son contenu ne correspond plus à son empreinte : elle a été modifiée.');
    expectedSeq += 1;
    expectedPrevious = entry.hash;
  }
  return { ok: true, count: entries.length };
}
