// The audit log's head as the database holds it now, and the check of a log against a head noted
// earlier (on a document's footer, in a backup's manifest): truncation, re-chaining and deletion
// keep a chain that verifies on its own, but not that entry with that hash.
import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open-database.ts';
import { shortAuditHash, type AuditChainHead, type ExpectedAuditHead } from '../../domain/audit-head.ts';

/** The last entry of the log (null for an empty log), read with the raw driver: a backup copy has no drizzle. */
export function auditHeadOf(sqlite: Database.Database): AuditChainHead | null {
  const row = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as { seq: number; hash: string } | undefined;
  return row ? { seq: row.seq, hash: row.hash } : null;
}

export function currentAuditHead(db: Db): AuditChainHead | null {
  return auditHeadOf(db.$client);
}

/** Null when the log still holds the expected entry with that hash; else what happened to it, in French. */
export function auditHeadProblem(sqlite: Database.Database, expected: ExpectedAuditHead): string | null {
  const head = auditHeadOf(sqlite);
  const given = `la tête notée (entrée n° ${expected.seq}, empreinte ${shortAuditHash(expected.hashPrefix)})`;
  if (head === null) return `Le journal d’audit est vide alors que ${given} montre qu’il en avait ${expected.seq} au moins : il a été supprimé.`;
  if (head.seq < expected.seq) {
    const removed = expected.seq - head.seq === 1 ? `l’entrée n° ${expected.seq} a été retirée` : `les entrées n° ${head.seq + 1} à ${expected.seq} au moins ont été retirées`;
    return `Le journal d’audit s’arrête à l’entrée n° ${head.seq}, avant ${given} : ${removed} (journal tronqué).`;
  }
  const row = sqlite.prepare('select hash from audit_log where seq = ?').get(expected.seq) as { hash: string } | undefined;
  if (!row) return `L’entrée n° ${expected.seq} de ${given} n’est plus dans le journal d’audit : elle a été retirée.`;
  if (!row.hash.toLowerCase().startsWith(expected.hashPrefix)) {
    return `L’entrée n° ${expected.seq} n’a plus l’empreinte de ${given} mais ${shortAuditHash(row.hash)} : le journal a été réécrit jusque-là (entrées modifiées puis rechaînées).`;
  }
  return null;
}
