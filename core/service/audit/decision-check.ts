// The second half of the decision digests: each decision followed from act to act through the log, its
// last digest against the tables now, and, where they differ, what changed between or since which acts.
import { asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { auditLog } from '../../../db/schema/audit.ts';
import { calls } from '../../../db/schema/calls.ts';
import { conventions, payments } from '../../../db/schema/conventions.ts';
import { caiSessions } from '../../../db/schema/sessions.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { localDay } from '../exports/local-time.ts';
import { auditActionLabel } from './audit-api.ts';
import { decisionDigest, digestsIn, type DecisionKind, type DecisionSubject } from './decision-digests.ts';

/** A decision whose data no longer match the digest recorded by the last act on it. */
export type DecisionChange = { kind: DecisionKind; id: number; seq: number; at: string; action: string; message: string };

export type DecisionCheck = { checked: number; changes: DecisionChange[] };

type Recorded = DecisionSubject & { sha256: string; seq: number; at: string; action: string; details: unknown };

/** The act a digest dates from, as a sentence ends: "la révélation (entrée n° 12 du 04/12/2026)". */
function actOf(recorded: Recorded): string {
  const status = (recorded.details as { status?: unknown } | null)?.status;
  const acts: Record<string, string> = {
    'sessions.reveal': 'la révélation',
    'sessions.setAvis': 'l’enregistrement d’un avis',
    'conventions.validate': 'la validation par le CA',
    'conventions.amend': 'l’avenant',
    'payments.record': 'son enregistrement',
    'payments.markPaid': 'son paiement',
  };
  const act = recorded.action === 'sessions.setStatus' && status === 'close' ? 'la clôture de la séance' : (acts[recorded.action] ?? `l’acte « ${auditActionLabel(recorded.action)} »`);
  let day: string;
  try {
    day = ` du ${formatFrenchDate(localDay(recorded.at))}`;
  } catch {
    day = '';
  }
  return `${act} (entrée n° ${recorded.seq}${day})`;
}

function sessionTitle(db: Db, id: number): string | null {
  return db.select({ title: caiSessions.title }).from(caiSessions).where(eq(caiSessions.id, id)).get()?.title ?? null;
}

function conventionNumber(db: Db, id: number): string | null {
  return db.select({ number: conventions.number }).from(conventions).where(eq(conventions.id, id)).get()?.number ?? null;
}

/**
 * "Notes de la séance « CAI du 12 mars » modifiées depuis la révélation (entrée n° 12 du 12/03/2018)." or,
 * when a later act found them already changed, "… modifiées hors de l’application entre … et …".
 */
function changeMessage(db: Db, recorded: Recorded, gone: boolean, foundBy?: Recorded): string {
  const { kind, id } = recorded;
  const when = foundBy ? `hors de l’application entre ${actOf(recorded)} et ${actOf(foundBy)}` : `depuis ${actOf(recorded)}`;
  if (kind === 'scores' || kind === 'avis' || kind === 'budgets') {
    const title = sessionTitle(db, id);
    if (gone || title === null) return `La séance n° ${id} a été supprimée ${when}.`;
    const what = { scores: 'Notes de la séance', avis: 'Avis de la séance', budgets: 'Budgets des dossiers à l’ordre du jour de la séance' }[kind];
    return `${what} « ${title} » modifié${kind === 'scores' ? 'es' : 's'} ${when}.`;
  }
  if (kind === 'envelope') {
    const title = db.select({ title: calls.title }).from(calls).where(eq(calls.id, id)).get()?.title;
    return gone || title === undefined ? `L’appel à projets n° ${id} a été supprimé ${when}.` : `Enveloppe de l’appel à projets « ${title} » modifiée ${when}.`;
  }
  if (kind === 'convention') {
    const number = conventionNumber(db, id);
    return gone || number === null ? `La convention n° ${id} a été supprimée ${when}.` : `Convention ${number} (montants, échéancier, versements ou statut) modifiée ${when}.`;
  }
  const conventionId = db.select({ conventionId: payments.conventionId }).from(payments).where(eq(payments.id, id)).get()?.conventionId;
  const number = conventionId === undefined ? null : conventionNumber(db, conventionId);
  return gone || number === null ? `Le versement n° ${id} a été supprimé ${when}.` : `Versement n° ${id} de la convention ${number} (montant, dates, échéance ou statut) modifié ${when}.`;
}

/**
 * Follows each decision through the log: every act that sealed it again must have found it as the act
 * before left it (its `was`, or its digest when it changed nothing), and the last digest must be that of
 * the tables now.
 */
export function checkDecisionDigests(db: Db): DecisionCheck {
  // Only entries that recorded digests are read: the rest of the log is the chain check's.
  const rows = db
    .select({ seq: auditLog.seq, at: auditLog.at, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(like(auditLog.details, '%"digests":[%'))
    .orderBy(asc(auditLog.seq))
    .all();
  const changes: DecisionChange[] = [];
  const said = new Set<string>();
  const report = (recorded: Recorded, message: string) => {
    // A deleted session is one finding, not one per kind of its decisions.
    if (said.has(message)) return;
    said.add(message);
    changes.push({ kind: recorded.kind, id: recorded.id, seq: recorded.seq, at: recorded.at, action: recorded.action, message });
  };
  const latest = new Map<string, Recorded>();
  for (const row of rows) {
    let details: unknown;
    try {
      details = JSON.parse(row.details);
    } catch {
      continue;
    }
    for (const digest of digestsIn(details)) {
      const key = `${digest.kind}:${digest.id}`;
      const recorded: Recorded = { ...digest, seq: row.seq, at: row.at, action: row.action, details };
      const previous = latest.get(key);
      if (previous && (digest.was ?? digest.sha256) !== previous.sha256) report(previous, changeMessage(db, previous, false, recorded));
      latest.set(key, recorded);
    }
  }
  for (const recorded of latest.values()) {
    const now = decisionDigest(db, recorded);
    if (now !== recorded.sha256) report(recorded, changeMessage(db, recorded, now === null));
  }
  changes.sort((a, b) => a.seq - b.seq);
  return { checked: latest.size, changes };
}
