// `audit.verify`: the chain of hashes, the log against a head noted earlier, the data of each decision
// against the digest its last act recorded, and an emptied log beside data only logged acts create.
import { count } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { auditLog } from '../../../db/schema/audit.ts';
import { formatAuditHead, type ExpectedAuditHead } from '../../domain/audit-head.ts';
import type { AuditVerification } from './audit-api.ts';
import { auditHeadProblem, currentAuditHead } from './audit-head.ts';
import { verifyAuditLog } from './audit-log.ts';
import { checkDecisionDigests } from './decision-check.ts';

/** Tables that only logged acts fill (not the pact loaded at first start, nor the settings). */
const LOGGED_TABLES = [
  ['calls', 'appel à projets', 'appels à projets'],
  ['providers', 'prestataire', 'prestataires'],
  ['applications', 'dossier', 'dossiers'],
  ['jurors', 'membre du jury', 'membres du jury'],
  ['cai_sessions', 'séance', 'séances'],
  ['conventions', 'convention', 'conventions'],
] as const;

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n > 1 ? many : word}`;

/** Null unless the log is empty while the base holds rows that only a logged act creates. */
function emptiedLogProblem(db: Db): string | null {
  const held = LOGGED_TABLES.flatMap(([table, one, many]) => {
    const rows = (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return rows > 0 ? [plural(rows, one, many)] : [];
  });
  if (held.length === 0) return null;
  return `Le journal d’audit est vide alors que la base contient ${held.join(', ')}, que seuls des actes enregistrés au journal créent : il a été vidé ou supprimé.`;
}

export function verifyAudit(db: Db, expectedHead?: ExpectedAuditHead): AuditVerification {
  const chain = verifyAuditLog(db);
  const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  const head = currentAuditHead(db);
  const problems: string[] = [];
  if (!chain.ok) problems.push(`Journal d’audit altéré à l’entrée n° ${chain.brokenSeq} : ${chain.reason}`);
  const headProblem = expectedHead ? auditHeadProblem(db.$client, expectedHead) : head === null ? emptiedLogProblem(db) : null;
  if (headProblem) problems.push(headProblem);
  const decisions = checkDecisionDigests(db);
  problems.push(...decisions.changes.map((change) => change.message));
  const common = { count: total, brokenSeq: chain.ok ? null : chain.brokenSeq, head: head ? formatAuditHead(head) : null, decisionsChecked: decisions.checked, changes: decisions.changes, problems };
  if (problems.length > 0) {
    return { ok: false, ...common, message: problems.length === 1 ? (problems[0] ?? '') : `Journal d’audit altéré : ${problems.length} anomalies. ${problems.join(' ')}` };
  }
  const checked = decisions.checked > 0 ? ` Les données de ${plural(decisions.checked, 'décision')} (notes, avis, conventions, versements) sont celles que le journal a scellées.` : '';
  const headOk = expectedHead ? ` Il contient l’entrée n° ${expectedHead.seq} de la tête notée, avec la même empreinte.` : '';
  return { ok: true, ...common, message: `Journal d’audit intègre : ${plural(total, 'entrée')} vérifiée${total > 1 ? 's' : ''}.${checked}${headOk}` };
}
