// Reads the yearly bilans: the list with its counts (over every matching row, in SQL, never from a page),
// one bilan with its convention, and its history. A convention year with no bilan row is an expected
// bilan: it appears as 'attendu' with the default due date, with no id.
import type { Db } from '../open-database.ts';
import { isBilanLate } from '../../core/domain/indicators/bilan-dates.ts';
import type { BilanStatus } from '../../core/domain/indicators/bilan-status.ts';

/** The conventions whose years owe a bilan even before anybody touched it. */
export const BILAN_OWING_CONVENTION_STATUSES = ['signee', 'en_cours', 'soldee', 'cloturee'] as const;

/**
 * Every bilan, real or expected, one row each. The expected rows repeat `defaultBilanDueOn` in SQL
 * ((year + 1) || '-06-30'); tests/core/bilans/lifecycle-list.test.ts holds both to the same date.
 */
const BILAN_UNIVERSE = `
  select b.id as id, b.convention_id as conventionId, b.year as year, b.status as status, b.due_on as dueOn,
    b.received_on as receivedOn, b.decided_on as decidedOn, b.is_demo as isDemo
  from bilans b
  union all
  select null, y.convention_id, y.year, 'attendu', (y.year + 1) || '-06-30', null, null, c.is_demo
  from convention_years y join conventions c on c.id = y.convention_id
  where c.status in (${BILAN_OWING_CONVENTION_STATUSES.map((s) => `'${s}'`).join(', ')})
    and not exists (select 1 from bilans b2 where b2.convention_id = y.convention_id and b2.year = y.year)`;

/** Late: still expected (attendu or incomplet) after its due date — the same rule as `isBilanLate`. */
const LATE = `(u.status in ('attendu', 'incomplet') and u.dueOn < :today)`;

export type BilanCounts = { attendu: number; recu: number; incomplet: number; valide: number; rejete: number; dispense: number; late: number; total: number };

export type BilanListFilters = { year?: number; status?: BilanStatus; conventionId?: number; lateOnly?: boolean; limit: number; offset: number };

export type BilanListRow = {
  /** null for an expected bilan that has no row yet. */
  id: number | null;
  conventionId: number;
  conventionNumber: string;
  providerName: string;
  actionTitle: string;
  year: number;
  status: BilanStatus;
  dueOn: string;
  receivedOn: string | null;
  decidedOn: string | null;
  late: boolean;
  isDemo: boolean;
};

export type BilanList = { rows: BilanListRow[]; total: number; counts: BilanCounts };

type CountRow = { [K in keyof BilanCounts]: number | null };

const COUNT_COLUMNS = `
  sum(u.status = 'attendu') as attendu, sum(u.status = 'recu') as recu, sum(u.status = 'incomplet') as incomplet,
  sum(u.status = 'valide') as valide, sum(u.status = 'rejete') as rejete, sum(u.status = 'dispense') as dispense,
  sum(${LATE}) as late, count(*) as total`;

function toCounts(row: CountRow | undefined): BilanCounts {
  return {
    attendu: row?.attendu ?? 0,
    recu: row?.recu ?? 0,
    incomplet: row?.incomplet ?? 0,
    valide: row?.valide ?? 0,
    rejete: row?.rejete ?? 0,
    dispense: row?.dispense ?? 0,
    late: row?.late ?? 0,
    total: row?.total ?? 0,
  };
}

/** How many bilans of a year stand at each status (expected ones counted as attendu), and how many are late on `today`. */
export function countBilansByStatus(db: Db, year: number, today: string): BilanCounts {
  const row = db.$client.prepare(`select ${COUNT_COLUMNS} from (${BILAN_UNIVERSE}) u where u.year = :year`).get({ year, today }) as CountRow | undefined;
  return toCounts(row);
}

type ListRow = Omit<BilanListRow, 'late' | 'isDemo'> & { late: number; isDemo: number };

/**
 * The page of bilans matching every filter, by due date. `total` counts every matching row; `counts`
 * count by status over the year and convention filters only (not status nor lateness), so that a screen
 * can show what each status filter would give.
 */
export function listBilans(db: Db, filters: BilanListFilters, today: string): BilanList {
  const scope: string[] = [];
  const params: Record<string, string | number> = { today };
  if (filters.year !== undefined) {
    scope.push('u.year = :year');
    params.year = filters.year;
  }
  if (filters.conventionId !== undefined) {
    scope.push('u.conventionId = :conventionId');
    params.conventionId = filters.conventionId;
  }
  const narrow = [...scope];
  if (filters.status !== undefined) {
    narrow.push('u.status = :status');
    params.status = filters.status;
  }
  if (filters.lateOnly === true) narrow.push(LATE);
  const where = (conditions: string[]) => (conditions.length > 0 ? `where ${conditions.join(' and ')}` : '');
  const counts = toCounts(db.$client.prepare(`select ${COUNT_COLUMNS} from (${BILAN_UNIVERSE}) u ${where(scope)}`).get(params) as CountRow | undefined);
  const total = (db.$client.prepare(`select count(*) as n from (${BILAN_UNIVERSE}) u ${where(narrow)}`).get(params) as { n: number }).n;
  const rows = db.$client
    .prepare(
      `select u.id, u.conventionId, c.number as conventionNumber, p.name as providerName, a.title as actionTitle, u.year, u.status,
         u.dueOn, u.receivedOn, u.decidedOn, ${LATE} as late, u.isDemo
       from (${BILAN_UNIVERSE}) u
       join conventions c on c.id = u.conventionId
       join providers p on p.id = c.provider_id
       join applications a on a.id = c.application_id
       ${where(narrow)}
       order by u.dueOn, c.number, u.year
       limit :limit offset :offset`,
    )
    .all({ ...params, limit: filters.limit, offset: filters.offset }) as ListRow[];
  return { rows: rows.map((row) => ({ ...row, late: row.late === 1, isDemo: row.isDemo === 1 })), total, counts };
}

/** One act on a bilan, from the convention's history (events of kind 'bilan' whose summary names the year). */
export type BilanHistoryEntry = { id: number; summary: string; reason: string; actor: string; at: string };

export type BilanFacts = {
  id: number | null;
  conventionId: number;
  conventionNumber: string;
  conventionStatus: string;
  conventionObject: string;
  instrument: string;
  providerId: number;
  providerName: string;
  applicationId: number;
  actionTitle: string;
  /** Through the action's primary operational objective. */
  lever: { number: number; title: string } | null;
  objective: { code: string; title: string } | null;
  year: number;
  /** The convention's amount for the year. */
  amountCents: number;
  /** When the year's balance was released (the bilan validated). */
  bilanAcceptedOn: string | null;
  status: BilanStatus;
  outcome: 'realisee' | 'non_realisee' | 'dates_modifiees' | null;
  dueOn: string;
  receivedOn: string | null;
  qualitative: string;
  appraisal: string;
  statusReason: string;
  decidedOn: string | null;
  decidedBy: string | null;
  late: boolean;
  valueCount: number;
  financialLineCount: number;
  isDemo: boolean;
  history: BilanHistoryEntry[];
};

type FactsRow = Omit<BilanFacts, 'lever' | 'objective' | 'late' | 'isDemo' | 'history'> & {
  leverNumber: number | null;
  leverTitle: string | null;
  objectiveCode: string | null;
  objectiveTitle: string | null;
  isDemo: number;
};

const FACTS_SELECT = `
  select b.id as id, c.id as conventionId, c.number as conventionNumber, c.status as conventionStatus, c.object as conventionObject,
    c.instrument as instrument, p.id as providerId, p.name as providerName, a.id as applicationId, a.title as actionTitle,
    l.number as leverNumber, l.title as leverTitle, oo.code as objectiveCode, oo.title as objectiveTitle,
    y.year as year, y.amount_cents as amountCents, y.bilan_accepted_on as bilanAcceptedOn,
    coalesce(b.status, 'attendu') as status, b.outcome as outcome, coalesce(b.due_on, (y.year + 1) || '-06-30') as dueOn,
    b.received_on as receivedOn, coalesce(b.qualitative, '') as qualitative, coalesce(b.appraisal, '') as appraisal,
    coalesce(b.status_reason, '') as statusReason, b.decided_on as decidedOn, b.decided_by as decidedBy,
    (select count(*) from bilan_indicator_values v where v.bilan_id = b.id) as valueCount,
    (select count(*) from financial_report_lines f where f.bilan_id = b.id) as financialLineCount,
    coalesce(b.is_demo, c.is_demo) as isDemo
  from convention_years y
  join conventions c on c.id = y.convention_id
  join providers p on p.id = c.provider_id
  join applications a on a.id = c.application_id
  left join bilans b on b.convention_id = y.convention_id and b.year = y.year
  left join application_objectives ao on ao.application_id = a.id and ao.is_primary = 1
  left join pact_operational_objectives oo on oo.id = ao.operational_objective_id
  left join pact_objectives o on o.id = oo.objective_id
  left join pact_levers l on l.id = o.lever_id`;

/** The summaries of a year's bilan acts start with "Bilan YEAR": the history of that year only. */
export function bilanHistory(db: Db, conventionId: number, year: number): BilanHistoryEntry[] {
  return db.$client
    .prepare(`select id, summary, reason, actor, at from convention_events where convention_id = ? and kind = 'bilan' and (summary like ? or summary like ?) order by id`)
    .all(conventionId, `Bilan ${year} %`, `Bilan ${year}`) as BilanHistoryEntry[];
}

/**
 * A convention year's bilan, real or expected (no row: 'attendu', default due date, id null); undefined
 * when the convention does not cover that year. A bilan of a convention year that no longer exists
 * (an avenant removed the year) is read by id through `bilanKeyOf`.
 */
export function readBilanFacts(db: Db, conventionId: number, year: number, today: string): BilanFacts | undefined {
  const row = db.$client.prepare(`${FACTS_SELECT} where y.convention_id = ? and y.year = ?`).get(conventionId, year) as FactsRow | undefined;
  if (!row) return undefined;
  const { leverNumber, leverTitle, objectiveCode, objectiveTitle, isDemo, ...rest } = row;
  return {
    ...rest,
    lever: leverNumber === null ? null : { number: leverNumber, title: leverTitle ?? '' },
    objective: objectiveCode === null ? null : { code: objectiveCode, title: objectiveTitle ?? '' },
    late: isBilanLate(rest.status, rest.dueOn, today),
    isDemo: isDemo === 1,
    history: bilanHistory(db, conventionId, year),
  };
}

/** The convention and year of a bilan row. */
export function bilanKeyOf(db: Db, bilanId: number): { conventionId: number; year: number } | undefined {
  return db.$client.prepare('select convention_id as conventionId, year from bilans where id = ?').get(bilanId) as { conventionId: number; year: number } | undefined;
}
