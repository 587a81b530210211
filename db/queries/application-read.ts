// Reads applications: one in full, or a filtered, sorted, paged list built for thousands of rows.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../core/domain/app-error.ts';
import { budgetProblems, budgetTotals, costPerParticipantCents, type BudgetAccount } from '../../core/domain/budget.ts';
import type { AvisKind } from '../../core/domain/jury/avis.ts';
import type { ApplicationDetail, ApplicationList, ApplicationSummary, APPLICATION_SORTS, ApplicationStatus } from '../../core/service/applications/applications-api.ts';
import type { Db } from '../open-database.ts';
import {
  applicationBudgetLines,
  applicationIndicators,
  applicationObjectives,
  applicationPublics,
  applications,
  applicationStatusChanges,
  applicationTerritories,
} from '../schema/applications.ts';
import { calls } from '../schema/calls.ts';
import { pactLevers, pactObjectives, pactOperationalObjectives } from '../schema/pact.ts';
import { providers } from '../schema/providers.ts';
import { territories } from '../schema/territories.ts';
import { LATEST_AVIS_SQL } from './application-decisions.ts';
import { ftsMatchExpression, matchesFullText } from './full-text.ts';

const primaryLink = alias(applicationObjectives, 'primary_link');

/** The latest avis of each application, joined by the lists: they show it, filter and sort by it. */
const latestAvis = sql`(${sql.raw(LATEST_AVIS_SQL)}) latest_avis`;
const latestAvisOn = sql`latest_avis.application_id = ${applications.id}`;
const avisKind = sql<AvisKind | null>`latest_avis.kind`;
const avisProposedCents = sql<number | null>`latest_avis.proposed_cents`;

const summaryColumns = {
  id: applications.id,
  callId: applications.callId,
  callYear: calls.year,
  providerId: applications.providerId,
  providerName: providers.name,
  title: applications.title,
  status: applications.status,
  requestedCents: applications.requestedCents,
  chargesCents: applications.chargesCents,
  primaryObjectiveCode: pactOperationalObjectives.code,
  isDemo: applications.isDemo,
  updatedAt: applications.updatedAt,
  avisKind,
  avisProposedCents,
};

function summaryQuery(db: Db) {
  return db
    .select(summaryColumns)
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(providers, eq(providers.id, applications.providerId))
    .leftJoin(primaryLink, and(eq(primaryLink.applicationId, applications.id), eq(primaryLink.isPrimary, true)))
    .leftJoin(pactOperationalObjectives, eq(pactOperationalObjectives.id, primaryLink.operationalObjectiveId))
    .leftJoin(latestAvis, latestAvisOn);
}

export type ApplicationFilters = {
  callId?: number | undefined;
  providerId?: number | undefined;
  status?: ApplicationStatus | undefined;
  leverNumber?: number | undefined;
  territoryId?: number | undefined;
  query?: string | undefined;
  /** The latest avis, or 'aucun' for the applications without one. */
  avis?: AvisKind | 'aucun' | undefined;
};

function filterConditions(filters: ApplicationFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.callId !== undefined) conditions.push(eq(applications.callId, filters.callId));
  if (filters.providerId !== undefined) conditions.push(eq(applications.providerId, filters.providerId));
  if (filters.status !== undefined) conditions.push(eq(applications.status, filters.status));
  if (filters.avis !== undefined) conditions.push(filters.avis === 'aucun' ? isNull(avisKind) : eq(avisKind, filters.avis));
  if (filters.leverNumber !== undefined) {
    // The lever of the primary objective classifies an application.
    conditions.push(sql`exists (select 1 from ${applicationObjectives} ao
      join ${pactOperationalObjectives} oo on oo.id = ao.operational_objective_id
      join ${pactObjectives} o on o.id = oo.objective_id
      join ${pactLevers} l on l.id = o.lever_id
      where ao.application_id = ${applications.id} and ao.is_primary = 1 and l.number = ${filters.leverNumber})`);
  }
  if (filters.territoryId !== undefined) {
    // A neighbourhood includes its priority areas: "Le Blosne" finds actions marked "Le Blosne (QPV)".
    conditions.push(sql`exists (select 1 from ${applicationTerritories} at join ${territories} t on t.id = at.territory_id
      where at.application_id = ${applications.id} and (t.id = ${filters.territoryId} or t.parent_id = ${filters.territoryId}))`);
  }
  if (filters.query !== undefined) {
    const expression = ftsMatchExpression(filters.query);
    if (expression) conditions.push(matchesFullText(applications.id, 'application_search', expression));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const SORT_COLUMNS = {
  title: applications.titleKey,
  provider: providers.searchName,
  requested: applications.requestedCents,
  status: applications.status,
  updated: applications.updatedAt,
  // Funded first, then adjourned, refused, and the files without an avis last.
  avis: sql`case latest_avis.kind when 'favorable' then 1 when 'favorable_sous_reserve' then 2 when 'ajourne' then 3 when 'defavorable' then 4 else 5 end`,
} satisfies Record<(typeof APPLICATION_SORTS)[number], unknown>;

export function listApplications(
  db: Db,
  filters: ApplicationFilters,
  order: { sort: (typeof APPLICATION_SORTS)[number]; descending: boolean },
  page: { limit: number; offset: number },
): ApplicationList {
  const where = filterConditions(filters);
  // The totals of every matching row, never of the page: a screen shows them beside a page of rows.
  const totals = db
    .select({ n: count(), requested: sql<number>`coalesce(sum(${applications.requestedCents}), 0)`, proposed: sql<number>`coalesce(sum(${avisProposedCents}), 0)` })
    .from(applications)
    .leftJoin(latestAvis, latestAvisOn)
    .where(where)
    .get();
  const direction = order.descending ? desc : asc;
  const items: ApplicationSummary[] = summaryQuery(db)
    .where(where)
    .orderBy(direction(SORT_COLUMNS[order.sort]), ...(order.sort === 'avis' ? [desc(avisProposedCents)] : []), asc(applications.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  return { total: totals?.n ?? 0, requestedTotalCents: totals?.requested ?? 0, proposedTotalCents: totals?.proposed ?? 0, items };
}

export function getApplication(db: Db, id: number): ApplicationDetail {
  const summary = summaryQuery(db).where(eq(applications.id, id)).get();
  const row = db.select().from(applications).where(eq(applications.id, id)).get();
  if (!summary || !row) throw new AppError('not_found', `Aucun dossier n° ${id}.`);
  const call = db.select({ title: calls.title }).from(calls).where(eq(calls.id, row.callId)).get();

  const objectives = db
    .select({ id: pactOperationalObjectives.id, code: pactOperationalObjectives.code, title: pactOperationalObjectives.title, leverNumber: pactLevers.number, isPrimary: applicationObjectives.isPrimary })
    .from(applicationObjectives)
    .innerJoin(pactOperationalObjectives, eq(pactOperationalObjectives.id, applicationObjectives.operationalObjectiveId))
    .innerJoin(pactObjectives, eq(pactObjectives.id, pactOperationalObjectives.objectiveId))
    .innerJoin(pactLevers, eq(pactLevers.id, pactObjectives.leverId))
    .where(eq(applicationObjectives.applicationId, id))
    .orderBy(desc(applicationObjectives.isPrimary), asc(pactOperationalObjectives.id))
    .all();
  const budgetLines = db
    .select({ account: applicationBudgetLines.account, label: applicationBudgetLines.label, amountCents: applicationBudgetLines.amountCents })
    .from(applicationBudgetLines)
    .where(eq(applicationBudgetLines.applicationId, id))
    .orderBy(asc(applicationBudgetLines.position))
    .all() as { account: BudgetAccount; label: string; amountCents: number }[];
  const budget = budgetTotals(budgetLines);
  const territoryRows = db
    .select({ id: territories.id, name: territories.name, isPriority: territories.isPriority })
    .from(applicationTerritories)
    .innerJoin(territories, eq(territories.id, applicationTerritories.territoryId))
    .where(eq(applicationTerritories.applicationId, id))
    .orderBy(asc(territories.position))
    .all();

  return {
    ...summary,
    callTitle: call?.title ?? '',
    summary: row.summary,
    description: row.description,
    primaryObjectiveId: objectives.find((objective) => objective.isPrimary)?.id ?? null,
    secondaryObjectiveIds: objectives.filter((objective) => !objective.isPrimary).map((objective) => objective.id),
    objectives,
    publics: db.select({ key: applicationPublics.publicKey }).from(applicationPublics).where(eq(applicationPublics.applicationId, id)).all().map((item) => item.key),
    publicOther: row.publicOther,
    expectedParticipants: row.expectedParticipants,
    expectedRsaParticipants: row.expectedRsaParticipants,
    territoryIds: territoryRows.map((territory) => territory.id),
    territories: territoryRows,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    isRenewal: row.isRenewal,
    duration: row.duration,
    mobility: row.mobility,
    budgetLines,
    budget,
    budgetProblems: budgetProblems(budget),
    costPerParticipantCents: costPerParticipantCents(budget.chargesCents, row.expectedParticipants),
    indicators: db.select({ label: applicationIndicators.label, target: applicationIndicators.target }).from(applicationIndicators).where(eq(applicationIndicators.applicationId, id)).orderBy(asc(applicationIndicators.position)).all(),
    statusReason: row.statusReason,
    history: db
      .select({ fromStatus: applicationStatusChanges.fromStatus, toStatus: applicationStatusChanges.toStatus, reason: applicationStatusChanges.reason, actor: applicationStatusChanges.actor, at: applicationStatusChanges.at })
      .from(applicationStatusChanges)
      .where(eq(applicationStatusChanges.applicationId, id))
      .orderBy(asc(applicationStatusChanges.id))
      .all(),
    createdAt: row.createdAt,
  };
}

