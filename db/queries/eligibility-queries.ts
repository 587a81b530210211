// Reads what the recevabilité rules need about applications, and records the ticks.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { budgetProblems, budgetTotals } from '../../core/domain/budget.ts';
import type { EligibilityFacts } from '../../core/domain/eligibility.ts';
import { isSiretKeyValid } from '../../core/domain/identifiers.ts';
import type { BudgetAccount } from '../../core/domain/budget.ts';
import type { Db } from '../open-database.ts';
import { applicationAttachments } from '../schema/attachments.ts';
import { applicationBudgetLines, applicationObjectives, applicationPublics, applications } from '../schema/applications.ts';
import { applicationChecks, callChecklistItems } from '../schema/eligibility.ts';
import { providers } from '../schema/providers.ts';

type TickRow = { applicationId: number; itemKey: string; isChecked: boolean; note: string; actor: string; at: string };

/** The facts of many applications at once (a call's list reads them all: one query per table, not per file). */
export function eligibilityFacts(db: Db, applicationIds: readonly number[]): Map<number, EligibilityFacts> {
  const facts = new Map<number, EligibilityFacts>();
  if (applicationIds.length === 0) return facts;
  const ids = [...applicationIds];
  const rows = db
    .select({
      id: applications.id,
      callId: applications.callId,
      summary: applications.summary,
      expectedParticipants: applications.expectedParticipants,
      startsOn: applications.startsOn,
      endsOn: applications.endsOn,
      mobility: applications.mobility,
      isRenewal: applications.isRenewal,
      legalForm: providers.legalForm,
      siret: providers.siret,
    })
    .from(applications)
    .innerJoin(providers, eq(providers.id, applications.providerId))
    .where(inArray(applications.id, ids))
    .all();
  const grouped = <T extends { applicationId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of list) map.set(item.applicationId, [...(map.get(item.applicationId) ?? []), item]);
    return map;
  };
  const lines = grouped(db.select().from(applicationBudgetLines).where(inArray(applicationBudgetLines.applicationId, ids)).all());
  const publics = grouped(db.select().from(applicationPublics).where(inArray(applicationPublics.applicationId, ids)).all());
  const primaries = new Set(
    db
      .select({ applicationId: applicationObjectives.applicationId })
      .from(applicationObjectives)
      .where(and(inArray(applicationObjectives.applicationId, ids), eq(applicationObjectives.isPrimary, true)))
      .all()
      .map((row) => row.applicationId),
  );
  const documents = grouped(
    db
      .select({ applicationId: applicationAttachments.applicationId, documentType: applicationAttachments.documentType })
      .from(applicationAttachments)
      .where(and(inArray(applicationAttachments.applicationId, ids), isNull(applicationAttachments.removedAt)))
      .all(),
  );
  const ticks = grouped(tickRows(db, ids, 'asc'));
  const callIds = [...new Set(rows.map((row) => row.callId))];
  const callItems = db.select().from(callChecklistItems).where(inArray(callChecklistItems.callId, callIds)).orderBy(asc(callChecklistItems.position)).all();

  for (const row of rows) {
    const budgetLines = lines.get(row.id) ?? [];
    const latestTicks = new Map<string, TickRow>();
    // Oldest first, so the latest row of each item wins.
    for (const tick of ticks.get(row.id) ?? []) latestTicks.set(tick.itemKey, tick);
    const missingFields = [
      ...(row.summary.trim() === '' ? ['résumé de l’action'] : []),
      ...((publics.get(row.id) ?? []).length === 0 ? ['public visé'] : []),
      ...(row.expectedParticipants === 0 ? ['nombre de participants attendus'] : []),
      ...(row.startsOn === null || row.endsOn === null ? ['dates de début et de fin'] : []),
      ...(row.mobility.trim() === '' ? ['prise en compte de la mobilité'] : []),
    ];
    facts.set(row.id, {
      isAssociation: row.legalForm === 'association',
      isRenewal: row.isRenewal,
      siretValid: row.siret !== null && isSiretKeyValid(row.siret),
      budgetProblems: budgetProblems(budgetTotals(budgetLines.map((line) => ({ account: line.account as BudgetAccount, amountCents: line.amountCents })))),
      hasBudgetLines: budgetLines.length > 0,
      hasPrimaryObjective: primaries.has(row.id),
      missingFields,
      attachedDocuments: new Set((documents.get(row.id) ?? []).map((document) => document.documentType)),
      ticks: latestTicks,
      callItems: callItems.filter((item) => item.callId === row.callId).map((item) => ({ id: item.id, label: item.label })),
    });
  }
  return facts;
}

export function tickRows(db: Db, applicationIds: number[], order: 'asc' | 'desc'): TickRow[] {
  return db
    .select({
      applicationId: applicationChecks.applicationId,
      itemKey: applicationChecks.itemKey,
      isChecked: applicationChecks.isChecked,
      note: applicationChecks.note,
      actor: applicationChecks.actor,
      at: applicationChecks.at,
    })
    .from(applicationChecks)
    .where(inArray(applicationChecks.applicationId, applicationIds))
    .orderBy(order === 'asc' ? asc(applicationChecks.id) : desc(applicationChecks.id))
    .all();
}

export function recordTick(db: Db, tick: TickRow): void {
  db.insert(applicationChecks).values(tick).run();
}
