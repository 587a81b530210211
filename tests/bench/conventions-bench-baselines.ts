// What a developer would write straight on better-sqlite3 for the same work as the conventions
// service: drafting's inserts, the list with its money figures (aggregations joined once, no
// correlated subquery per row), and the rows of the SCDL file. The baselines of conventions-bench.ts.
import type Database from 'better-sqlite3';
import { PAYMENT_DEADLINE_DAYS, defaultSchedule } from '../../core/domain/conventions/schedule.ts';
import { CONVENTION_THRESHOLD_CENTS } from '../../core/domain/conventions/payment-rules.ts';
import { scdlDecisionReference, type ScdlConventionRow } from '../../core/domain/conventions/scdl.ts';
import { conventionYearsOf, openDataObjectOf } from '../../core/service/conventions/draft-handlers.ts';
import type { ConventionSummary } from '../../core/service/api.ts';

type Candidate = {
  applicationId: number;
  sessionId: number;
  title: string;
  summary: string;
  providerId: number;
  startsOn: string | null;
  endsOn: string | null;
  duration: string;
  chargesCents: number;
  isDemo: number;
  callYear: number;
  kind: string;
  proposedCents: number;
  conditions: string;
};

/** Drafting by hand: the favourable avis of the closed session without a convention, and their rows, in one transaction. */
export function draftByHand(sqlite: Database.Database, sessionId: number, at: string, actor: string): number {
  const candidates = sqlite.prepare(`
    select a.id as applicationId, v.session_id as sessionId, a.title, a.summary, a.provider_id as providerId, a.starts_on as startsOn, a.ends_on as endsOn,
      a.duration, a.charges_cents as chargesCents, a.is_demo as isDemo, k.year as callYear, v.kind, v.proposed_cents as proposedCents, v.conditions
    from avis v join applications a on a.id = v.application_id join calls k on k.id = a.call_id join cai_sessions s on s.id = v.session_id
    where v.session_id = ? and s.status = 'close' and v.kind in ('favorable', 'favorable_sous_reserve') and v.proposed_cents > 0
      and not exists (select 1 from conventions c where c.application_id = a.id)
    order by a.id`);
  const insertConvention = sqlite.prepare(`
    insert into conventions (number, application_id, session_id, provider_id, duration, object, open_data_object, starts_on, ends_on, total_cents,
      eligible_cost_cents, conditions, advance_bp, is_demo, created_at, created_by, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertYear = sqlite.prepare('insert into convention_years (convention_id, year, amount_cents) values (?, ?, ?)');
  const insertLine = sqlite.prepare('insert into schedule_lines (convention_id, year, rank, kind, percent_bp, planned_cents, trigger, planned_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertEvent = sqlite.prepare("insert into convention_events (convention_id, kind, to_status, summary, actor, at) values (?, 'statut', 'brouillon', ?, ?, ?)");
  return sqlite.transaction(() => {
    const advanceBp = (sqlite.prepare('select convention_advance_bp as bp from organisation where id = 1').get() as { bp: number } | undefined)?.bp ?? 7000;
    const rows = candidates.all(sessionId) as Candidate[];
    const lastNumbers = new Map<number, number>();
    for (const row of rows) {
      const sequence = (lastNumbers.get(row.callYear) ?? 0) + 1;
      lastNumbers.set(row.callYear, sequence);
      const startsOn = row.startsOn ?? `${row.callYear}-01-01`;
      const endsOn = row.endsOn ?? `${startsOn.slice(0, 4)}-12-31`;
      const years = conventionYearsOf(row.proposedCents, startsOn, endsOn, row.duration === 'pluriannuelle');
      const object = row.summary.trim() === '' ? row.title : `${row.title} — ${row.summary.trim()}`;
      const id = Number(
        insertConvention.run(
          `CONV-${row.callYear}-${String(sequence).padStart(3, '0')}`,
          row.applicationId,
          row.sessionId,
          row.providerId,
          years.length > 1 ? 'pluriannuelle' : 'annuelle',
          object,
          openDataObjectOf(row.title),
          startsOn,
          endsOn,
          row.proposedCents,
          row.chargesCents,
          row.kind === 'favorable_sous_reserve' ? row.conditions : '',
          advanceBp,
          row.isDemo,
          at,
          actor,
          at,
        ).lastInsertRowid,
      );
      for (const year of years) insertYear.run(id, year.year, year.amountCents);
      for (const [index, line] of defaultSchedule(years, advanceBp).entries()) insertLine.run(id, line.year, index + 1, line.kind, line.percentBp, line.plannedCents, line.trigger, line.plannedOn, at);
      insertEvent.run(id, `Convention rédigée d’après l’avis de la CAI (séance n° ${row.sessionId}).`, actor, at);
    }
    return rows.length;
  })();
}

/** The rows drafting leaves, to compare the service's database with the hand-written one. */
export function draftedRows(sqlite: Database.Database): string {
  const conventions = sqlite
    .prepare(
      `select number, application_id, session_id, provider_id, instrument, duration, object, open_data_object, starts_on, ends_on, total_cents, eligible_cost_cents,
         conditions, status, advance_bp from conventions order by id`,
    )
    .all();
  const years = sqlite.prepare('select c.number, y.year, y.amount_cents from convention_years y join conventions c on c.id = y.convention_id order by c.id, y.year').all();
  const lines = sqlite.prepare('select c.number, l.year, l.rank, l.kind, l.percent_bp, l.planned_cents, l.trigger, l.planned_on from schedule_lines l join conventions c on c.id = l.convention_id order by c.id, l.rank').all();
  const events = sqlite.prepare('select c.number, e.kind, e.to_status, e.summary from convention_events e join conventions c on c.id = e.convention_id order by e.id').all();
  return JSON.stringify({ conventions, years, lines, events });
}

/** The list by hand: each aggregation once (payments per line, lines per convention, open recoveries, provider-years), then joined. */
const HAND_LIST = `
  with paid as (
    select schedule_line_id, sum(amount_cents) as cents from payments where status = 'paye' group by schedule_line_id
  ), lines as (
    select l.convention_id, l.planned_cents, coalesce(pd.cents, 0) as paid,
      case l.trigger
        when 'signature' then case when c.signed_ccas_on is null or (c.instrument = 'convention' and c.signed_provider_on is null) then null
                                   else max(c.signed_ccas_on, coalesce(c.signed_provider_on, c.signed_ccas_on)) end
        when 'date' then l.planned_on
        else y.bilan_accepted_on end as triggered
    from schedule_lines l join conventions c on c.id = l.convention_id
    left join convention_years y on y.convention_id = l.convention_id and y.year = l.year
    left join paid pd on pd.schedule_line_id = l.id
    where l.superseded_by_avenant_id is null
  ), money as (
    select convention_id, sum(paid) as paid, sum(case when triggered <= :today then planned_cents - paid else 0 end) as due,
      sum(triggered is not null and date(triggered, '+${PAYMENT_DEADLINE_DAYS} days') < :today and planned_cents > paid) as overdue
    from lines group by convention_id
  ), recovering as (
    select convention_id, sum(amount_cents) as cents from recoveries where received_on is null group by convention_id
  ), provider_years as (
    select c.provider_id, y.year, sum(y.amount_cents) as cents from convention_years y join conventions c on c.id = y.convention_id
    where c.status <> 'abandonnee' group by c.provider_id, y.year
  ), mandatory as (
    select distinct y.convention_id from convention_years y join conventions c on c.id = y.convention_id
    join provider_years t on t.provider_id = c.provider_id and t.year = y.year where t.cents > ${CONVENTION_THRESHOLD_CENTS}
  ), levers as (
    select ao.application_id, pl.number from application_objectives ao join pact_operational_objectives oo on oo.id = ao.operational_objective_id
    join pact_objectives o on o.id = oo.objective_id join pact_levers pl on pl.id = o.lever_id where ao.is_primary = 1
  )
  select c.id, c.number, c.application_id as applicationId, a.title as applicationTitle, c.provider_id as providerId, p.name as providerName,
    c.session_id as sessionId, k.year as callYear, lv.number as leverNumber, c.instrument, c.status, c.starts_on as startsOn, c.ends_on as endsOn,
    c.total_cents as totalCents, coalesce(m.paid, 0) as paidCents, coalesce(m.due, 0) as dueCents, coalesce(r.cents, 0) as openRecoveryCents,
    coalesce(m.overdue, 0) as overdueCount, md.convention_id is not null as mandatory, c.is_demo as isDemo
  from conventions c join applications a on a.id = c.application_id join calls k on k.id = a.call_id join providers p on p.id = c.provider_id
  left join money m on m.convention_id = c.id left join recovering r on r.convention_id = c.id
  left join mandatory md on md.convention_id = c.id left join levers lv on lv.application_id = c.application_id`;

export type HandFilter = 'none' | 'year' | 'status' | 'overdue' | 'search' | 'lever';
const HAND_WHERE: Record<HandFilter, string> = {
  none: '',
  year: 'where exists (select 1 from convention_years fy where fy.convention_id = c.id and fy.year = :year)',
  status: 'where c.status = :status',
  overdue: 'where m.overdue > 0',
  search: 'where p.search_name like :search or lower(c.number) like :search or lower(a.title) like :search',
  lever: 'where lv.number = :lever',
};

type HandRow = Omit<ConventionSummary, 'mandatory' | 'isDemo'> & { mandatory: number; isDemo: number };

/** Prepared once; each call runs the one statement and sums the totals over the rows it returned (every matching row). */
export function handList(sqlite: Database.Database, filter: HandFilter): (params: Record<string, string | number>) => { rows: HandRow[]; totals: { count: number; totalCents: number; paidCents: number; dueCents: number; overdueCount: number } } {
  const statement = sqlite.prepare(`${HAND_LIST} ${HAND_WHERE[filter]} order by c.number`);
  return (params) => {
    const rows = statement.all(params) as HandRow[];
    const totals = { count: rows.length, totalCents: 0, paidCents: 0, dueCents: 0, overdueCount: 0 };
    for (const row of rows) {
      totals.totalCents += row.totalCents;
      totals.paidCents += row.paidCents;
      totals.dueCents += row.dueCents;
      if (row.overdueCount > 0) totals.overdueCount += 1;
    }
    return { rows, totals };
  };
}

/** The SCDL rows by hand: one query for the conventions, one for the dates of every current line, one for the avenants. */
export function scdlRowsByHand(sqlite: Database.Database, from: string, to: string): ScdlConventionRow[] {
  const conventions = sqlite
    .prepare(
      `select c.id, c.number, c.signed_ccas_on as signedCcasOn, c.signed_provider_on as signedProviderOn, c.ca_deliberation_ref as caDeliberationRef,
         c.open_data_object as object, c.total_cents as totalCents, c.ends_on as endsOn, p.name as providerName, p.siret as providerSiret, p.rna as providerRna,
         max(c.signed_ccas_on, coalesce(c.signed_provider_on, c.signed_ccas_on)) as signedOn
       from conventions c join providers p on p.id = c.provider_id
       where c.status in ('signee', 'en_cours', 'soldee', 'cloturee', 'resiliee') and c.signed_ccas_on is not null
         and max(c.signed_ccas_on, coalesce(c.signed_provider_on, c.signed_ccas_on)) between ? and ?
       order by c.number`,
    )
    .all(from, to) as { id: number; number: string; caDeliberationRef: string | null; object: string; totalCents: number; endsOn: string; providerName: string; providerSiret: string | null; providerRna: string | null; signedOn: string }[];
  // One date per current line: when it was last paid, else its planned date, else when its trigger happened.
  const dates = sqlite
    .prepare(
      `select l.convention_id as id, coalesce((select max(p.paid_on) from payments p where p.schedule_line_id = l.id and p.status = 'paye'), l.planned_on,
         case l.trigger when 'signature' then case when c.signed_ccas_on is null or (c.instrument = 'convention' and c.signed_provider_on is null) then null
                                                   else max(c.signed_ccas_on, coalesce(c.signed_provider_on, c.signed_ccas_on)) end
                        when 'date' then l.planned_on else y.bilan_accepted_on end) as date
       from schedule_lines l join conventions c on c.id = l.convention_id left join convention_years y on y.convention_id = l.convention_id and y.year = l.year
       where l.superseded_by_avenant_id is null order by l.convention_id, l.rank`,
    )
    .all() as { id: number; date: string | null }[];
  const linesOf = new Map<number, (string | null)[]>();
  for (const row of dates) linesOf.set(row.id, [...(linesOf.get(row.id) ?? []), row.date]);
  const avenantsOf = new Map<number, number[]>();
  for (const row of sqlite.prepare('select convention_id as id, rank from avenants order by convention_id, rank').all() as { id: number; rank: number }[]) avenantsOf.set(row.id, [...(avenantsOf.get(row.id) ?? []), row.rank]);
  return conventions.map((row): ScdlConventionRow => {
    const lines = linesOf.get(row.id) ?? [];
    return {
      conventionNumber: row.number,
      providerName: row.providerName,
      providerSiret: row.providerSiret,
      providerRna: row.providerRna,
      object: row.object,
      totalCents: row.totalCents,
      signedOn: row.signedOn,
      decisionRef: scdlDecisionReference(row.caDeliberationRef, avenantsOf.get(row.id) ?? []),
      paymentDates: lines.filter((date): date is string => date !== null),
      scheduleLineCount: lines.length,
      periodEnd: row.endsOn,
      inKind: false,
    };
  });
}
