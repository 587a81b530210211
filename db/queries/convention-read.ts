// Reads conventions: the list with its money figures and totals over every matching row (never over
// the rows a screen loaded), and the facts the schedule rules need.
import type { ConventionListFilters, ConventionSummary, ConventionList, OverdueItem } from '../../core/service/conventions/conventions-api.ts';
import { CONVENTION_THRESHOLD_CENTS } from '../../core/domain/conventions/payment-rules.ts';
import { PAYMENT_DEADLINE_DAYS } from '../../core/domain/conventions/schedule.ts';
import { toSearchText } from '../../core/domain/text.ts';
import type { Db } from '../open-database.ts';

/**
 * What a query reads: every convention (the list, the overdue items), or one (:id) and its provider's
 * yearly totals — the summary of one convention, read at drafting and after each act on it, must not
 * aggregate the lines and years of all the others (at 2,000 conventions that made it 12 ms, and
 * drafting a session quadratic).
 */
type Scope = 'all' | 'one';

/**
 * One row per current schedule line with the day its trigger happened (signature: the later of both
 * signatures, the CCAS's alone for an arrêté; date: its date; bilan: the day that year's bilan was
 * accepted) and what was paid and ordered on it. Superseded lines are left out.
 */
const lineFacts = (scope: Scope) => `
  select l.id, l.convention_id, l.year, l.rank, l.kind, l.trigger, l.planned_cents,
    case l.trigger
      when 'signature' then case
        when c.signed_ccas_on is null or (c.instrument = 'convention' and c.signed_provider_on is null) then null
        else max(c.signed_ccas_on, coalesce(c.signed_provider_on, c.signed_ccas_on)) end
      when 'date' then l.planned_on
      else y.bilan_accepted_on end as triggered_on,
    coalesce((select sum(p.amount_cents) from payments p where p.schedule_line_id = l.id and p.status = 'paye'), 0) as paid_cents
  from schedule_lines l
  join conventions c on c.id = l.convention_id
  left join convention_years y on y.convention_id = l.convention_id and y.year = l.year
  where l.superseded_by_avenant_id is null${scope === 'one' ? ' and l.convention_id = :id' : ''}`;
const LINE_FACTS = lineFacts('all');

/** Per convention: paid, due (trigger met, not paid) and overdue lines (trigger + 60 days passed, not paid), as of :today. */
const money = (scope: Scope) => `
  select convention_id,
    sum(paid_cents) as paid_cents,
    sum(case when triggered_on is not null and triggered_on <= :today then planned_cents - paid_cents else 0 end) as due_cents,
    sum(case when triggered_on is not null and date(triggered_on, '+${PAYMENT_DEADLINE_DAYS} days') < :today and planned_cents > paid_cents then 1 else 0 end) as overdue_count
  from (${lineFacts(scope)}) group by convention_id`;

/** What each provider receives per calendar year across its conventions (abandoned ones aside). */
const providerYears = (scope: Scope) => `
  select c.provider_id, y.year, sum(y.amount_cents) as total_cents, count(*) as convention_count
  from convention_years y join conventions c on c.id = y.convention_id
  where c.status <> 'abandonnee'${scope === 'one' ? ' and c.provider_id = (select provider_id from conventions where id = :id)' : ''}
  group by c.provider_id, y.year`;
const PROVIDER_YEARS = providerYears('all');

const summarySelect = (scope: Scope) => `
  select c.id, c.number, c.application_id as applicationId, a.title as applicationTitle, c.provider_id as providerId,
    p.name as providerName, c.session_id as sessionId, k.year as callYear,
    (select l.number from application_objectives ao
       join pact_operational_objectives oo on oo.id = ao.operational_objective_id
       join pact_objectives o on o.id = oo.objective_id
       join pact_levers l on l.id = o.lever_id
     where ao.application_id = c.application_id and ao.is_primary = 1) as leverNumber,
    c.instrument, c.status, c.starts_on as startsOn, c.ends_on as endsOn, c.total_cents as totalCents,
    coalesce(m.paid_cents, 0) as paidCents, coalesce(m.due_cents, 0) as dueCents,
    coalesce((select sum(r.amount_cents) from recoveries r where r.convention_id = c.id and r.received_on is null), 0) as openRecoveryCents,
    coalesce(m.overdue_count, 0) as overdueCount,
    exists (select 1 from convention_years y join (${providerYears(scope)}) t on t.provider_id = c.provider_id and t.year = y.year
            where y.convention_id = c.id and t.total_cents > ${CONVENTION_THRESHOLD_CENTS}) as mandatory,
    c.is_demo as isDemo
  from conventions c
  join applications a on a.id = c.application_id
  join calls k on k.id = a.call_id
  join providers p on p.id = c.provider_id
  left join (${money(scope)}) m on m.convention_id = c.id`;
const SUMMARY_SELECT = summarySelect('all');
const ONE_SUMMARY_SELECT = summarySelect('one');

type SummaryRow = Omit<ConventionSummary, 'mandatory' | 'isDemo'> & { mandatory: number; isDemo: number };

const toSummary = (row: SummaryRow): ConventionSummary => ({ ...row, mandatory: row.mandatory === 1, isDemo: row.isDemo === 1 });

function whereClause(filters: ConventionListFilters): { clause: string; params: Record<string, string | number> } {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (filters.year !== undefined) {
    conditions.push('exists (select 1 from convention_years fy where fy.convention_id = s.id and fy.year = :year)');
    params.year = filters.year;
  }
  if (filters.status !== undefined) {
    conditions.push('s.status = :status');
    params.status = filters.status;
  }
  if (filters.providerId !== undefined) {
    conditions.push('s.providerId = :providerId');
    params.providerId = filters.providerId;
  }
  if (filters.sessionId !== undefined) {
    conditions.push('s.sessionId = :sessionId');
    params.sessionId = filters.sessionId;
  }
  if (filters.leverNumber !== undefined) {
    conditions.push('s.leverNumber = :leverNumber');
    params.leverNumber = filters.leverNumber;
  }
  if (filters.overdue === true) conditions.push('s.overdueCount > 0');
  if (filters.search !== undefined && filters.search !== '') {
    // Accents and case ignored: the search key of the provider's name, the number and the title.
    conditions.push("(p2.search_name like :search or lower(s.number) like :search or lower(s.applicationTitle) like :search)");
    params.search = `%${toSearchText(filters.search)}%`;
  }
  return { clause: conditions.length > 0 ? `where ${conditions.join(' and ')}` : '', params };
}

export function listConventions(db: Db, filters: ConventionListFilters, today: string): ConventionList {
  const { clause, params } = whereClause(filters);
  const rows = db.$client.prepare(`select s.* from (${SUMMARY_SELECT}) s join providers p2 on p2.id = s.providerId ${clause} order by s.number`).all({ ...params, today }) as SummaryRow[];
  // The list is not paged: its rows are every matching convention, so the totals are summed over them.
  // A second query for the totals ran the whole aggregation again and doubled the time of the list.
  const totals: ConventionList['totals'] = { count: rows.length, totalCents: 0, paidCents: 0, dueCents: 0, overdueCount: 0 };
  for (const row of rows) {
    totals.totalCents += row.totalCents;
    totals.paidCents += row.paidCents;
    totals.dueCents += row.dueCents;
    if (row.overdueCount > 0) totals.overdueCount += 1;
  }
  return { rows: rows.map(toSummary), totals };
}

export function conventionSummary(db: Db, id: number, today: string): ConventionSummary | undefined {
  const row = db.$client.prepare(`select s.* from (${ONE_SUMMARY_SELECT}) s where s.id = :id`).get({ id, today }) as SummaryRow | undefined;
  return row ? toSummary(row) : undefined;
}

export function providerYearTotals(db: Db, providerId: number, years: readonly number[]): { year: number; totalCents: number; conventionCount: number }[] {
  if (years.length === 0) return [];
  const rows = db.$client.prepare(`select year, total_cents as totalCents, convention_count as conventionCount from (${PROVIDER_YEARS}) where provider_id = ? order by year`).all(providerId) as {
    year: number;
    totalCents: number;
    conventionCount: number;
  }[];
  return rows.filter((row) => years.includes(row.year));
}

/** Lines past their deadline, and balances whose bilan is late (six months after the year's end, Cerfa 15059). */
export function overdueItems(db: Db, today: string): OverdueItem[] {
  const late = db.$client
    .prepare(
      `select f.convention_id as conventionId, c.number, p.name as providerName, f.rank as lineRank, f.kind, f.year,
         date(f.triggered_on, '+${PAYMENT_DEADLINE_DAYS} days') as dueOn, f.planned_cents - f.paid_cents as remainingCents, 'versement' as reason
       from (${LINE_FACTS}) f join conventions c on c.id = f.convention_id join providers p on p.id = c.provider_id
       where c.status in ('signee', 'en_cours') and f.triggered_on is not null
         and date(f.triggered_on, '+${PAYMENT_DEADLINE_DAYS} days') < :today and f.planned_cents > f.paid_cents
       union all
       select f.convention_id, c.number, p.name, f.rank, f.kind, f.year, (f.year + 1) || '-06-30', f.planned_cents - f.paid_cents, 'bilan'
       from (${LINE_FACTS}) f join conventions c on c.id = f.convention_id join providers p on p.id = c.provider_id
       where c.status in ('signee', 'en_cours') and f.kind = 'solde' and f.trigger = 'bilan' and f.triggered_on is null
         and ((f.year + 1) || '-06-30') < :today and f.planned_cents > f.paid_cents
       order by dueOn, number`,
    )
    .all({ today }) as OverdueItem[];
  return late;
}
