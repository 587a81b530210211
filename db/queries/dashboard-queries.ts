// The dashboard's figures, each aggregated in SQL over every row of the year (never over rows a screen
// loaded): money per lever of the year's calls, the bilans by status, key indicators by lever, the
// latest review of the pact's action plan, and what waits to be done.
import type { DashboardMoney, DashboardMoneyRow, DashboardPact, DashboardPactLever } from '../../core/service/dashboard/dashboard-api.ts';
import type { Db } from '../open-database.ts';
import { leverCompletion } from './pact-review-queries.ts';

/** The lever of each application of the year's calls, through its primary operational objective (0: none). */
const APP_LEVER = `
  year_calls as (select id, pact_id, envelope_cents from calls where year = :year),
  app_lever as (
    select a.id as application_id, coalesce(o.lever_id, 0) as lever_id
    from applications a
    join year_calls k on k.id = a.call_id
    left join application_objectives ao on ao.application_id = a.id and ao.is_primary = 1
    left join pact_operational_objectives oo on oo.id = ao.operational_objective_id
    left join pact_objectives o on o.id = oo.objective_id
  )`;

/** The statuses a convention has once the board validated it (abandoned ones hold no money any more). */
export const VALIDATED_STATUSES = ['validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee', 'resiliee'] as const;
/** Signed and beyond: the money committed. */
export const COMMITTED_STATUSES = ['signee', 'en_cours', 'soldee', 'cloturee', 'resiliee'] as const;
const inList = (statuses: readonly string[]) => statuses.map((status) => `'${status}'`).join(', ');

/** One row per (lever, metric, amount); the envelope left unsplit between levers goes to lever 0. */
const MONEY_FACTS = `
  with ${APP_LEVER},
  facts as (
    select e.lever_id, 'envelope' as metric, e.envelope_cents as cents from call_lever_envelopes e join year_calls k on k.id = e.call_id
    union all
    select 0, 'envelope', k.envelope_cents - coalesce((select sum(e.envelope_cents) from call_lever_envelopes e where e.call_id = k.id), 0) from year_calls k
    union all
    -- The last avis of each application (an ajourné file may come back to a later session).
    select al.lever_id, 'proposed', v.proposed_cents from avis v join app_lever al on al.application_id = v.application_id
    where v.kind in ('favorable', 'favorable_sous_reserve')
      and not exists (select 1 from avis later where later.application_id = v.application_id and later.session_id > v.session_id)
    union all
    select al.lever_id, 'validated', c.total_cents from conventions c join app_lever al on al.application_id = c.application_id where c.status in (${inList(VALIDATED_STATUSES)})
    union all
    select al.lever_id, 'committed', c.total_cents from conventions c join app_lever al on al.application_id = c.application_id where c.status in (${inList(COMMITTED_STATUSES)})
    union all
    select al.lever_id, 'paid', p.amount_cents from payments p join conventions c on c.id = p.convention_id join app_lever al on al.application_id = c.application_id where p.status = 'paye'
    union all
    select al.lever_id, 'recovered', r.amount_cents from recoveries r join conventions c on c.id = r.convention_id join app_lever al on al.application_id = c.application_id where r.received_on is not null
  )
  select lever_id as leverId, metric, sum(cents) as cents from facts group by lever_id, metric
  union all
  select -1, metric, sum(cents) from facts group by metric`;

const METRICS = { envelope: 'envelopeCents', proposed: 'proposedCents', validated: 'validatedCents', committed: 'committedCents', paid: 'paidCents', recovered: 'recoveredCents' } as const;
type Metric = keyof typeof METRICS;
type Amounts = DashboardMoney['total'];
const noAmounts = (): Amounts => ({ envelopeCents: 0, proposedCents: 0, validatedCents: 0, committedCents: 0, paidCents: 0, recoveredCents: 0 });

export type YearLever = { id: number; number: number; code: string; title: string };

/** The levers of the pacts the year's calls serve, in the pact's order. */
export function yearLevers(db: Db, year: number): YearLever[] {
  return db.$client
    .prepare('select l.id, l.number, l.code, l.title from pact_levers l where l.pact_id in (select pact_id from calls where year = ?) order by l.number, l.id')
    .all(year) as YearLever[];
}

export const leverLabel = (lever: Pick<YearLever, 'number' | 'title'>): string => `Levier ${lever.number} · ${lever.title}`;
export const NO_LEVER_LABEL = 'Sans levier';

/** Money per lever and in total: every lever of the year's pact, then 'none' when it holds anything. */
export function dashboardMoney(db: Db, year: number, levers: readonly YearLever[]): DashboardMoney {
  const facts = db.$client.prepare(MONEY_FACTS).all({ year }) as { leverId: number; metric: Metric; cents: number }[];
  const byLever = new Map<number, Amounts>();
  for (const fact of facts) {
    const amounts = byLever.get(fact.leverId) ?? noAmounts();
    amounts[METRICS[fact.metric]] = fact.cents;
    byLever.set(fact.leverId, amounts);
  }
  const rows: DashboardMoneyRow[] = levers.map((lever) => ({ key: `lever-${lever.id}`, leverNumber: lever.number, label: leverLabel(lever), ...(byLever.get(lever.id) ?? noAmounts()) }));
  const none = byLever.get(0);
  if (none && Object.values(none).some((cents) => cents !== 0)) rows.push({ key: 'none', leverNumber: null, label: NO_LEVER_LABEL, ...none });
  return { rows, total: byLever.get(-1) ?? noAmounts() };
}

type ReviewRow = { id: number; pactId: number; kind: DashboardPact['kind']; year: number; status: DashboardPact['status']; heldOn: string | null };

/** The latest review of the year or before (the latest of all when every one is later), its actions counted per lever. */
export function latestPactReview(db: Db, year: number): DashboardPact | null {
  const review = db.$client
    .prepare(
      `select id, pact_id as pactId, kind, year, status, held_on as heldOn from pact_reviews
       order by (year <= :year) desc, case when year <= :year then year else -year end desc,
         case kind when 'finale' then 3 when 'mi_parcours' then 2 else 1 end desc, id desc limit 1`,
    )
    .get({ year }) as ReviewRow | undefined;
  if (!review) return null;
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  const levers: DashboardPactLever[] = leverCompletion(db, review.id).map((lever) => ({
    leverNumber: lever.number,
    label: leverLabel(lever),
    actions: lever.actions,
    realisee: lever.realisees,
    enCours: lever.enCours,
    nonEngagee: lever.nonEngagees,
    abandonnee: lever.abandonnees,
    completionPercent: percent(lever.rate),
  }));
  const total = db.$client
    .prepare(
      `select count(a.id) as actions, coalesce(sum(coalesce(g.status, 'non_engagee') = 'realisee'), 0) as realisee,
         coalesce(sum(coalesce(g.status, 'non_engagee') = 'en_cours'), 0) as enCours,
         coalesce(sum(coalesce(g.status, 'non_engagee') = 'non_engagee'), 0) as nonEngagee,
         coalesce(sum(coalesce(g.status, 'non_engagee') = 'abandonnee'), 0) as abandonnee,
         case when count(a.id) = 0 then null else 1.0 * sum(coalesce(g.status, 'non_engagee') = 'realisee') / count(a.id) end as rate
       from pact_actions a left join pact_action_progress g on g.pact_action_id = a.id and g.review_id = :reviewId
       where a.pact_id = :pactId`,
    )
    .get({ reviewId: review.id, pactId: review.pactId }) as Omit<DashboardPactLever, 'leverNumber' | 'label' | 'completionPercent'> & { rate: number | null };
  const { rate, ...counts } = total;
  return { reviewId: review.id, kind: review.kind, year: review.year, status: review.status, heldOn: review.heldOn, levers, total: { ...counts, completionPercent: percent(rate) } };
}

/** Years that have a call, newest first. */
export function callYears(db: Db): number[] {
  return (db.$client.prepare('select distinct year from calls order by year desc').all() as { year: number }[]).map((row) => row.year);
}

export function callCount(db: Db, year: number): number {
  return (db.$client.prepare('select count(*) as n from calls where year = ?').get(year) as { n: number }).n;
}

export type OpenSession = { id: number; title: string; heldOn: string; status: string; total: number };

/** CAI sessions not closed yet, the soonest first, the first `limit` of them; `total` counts every one. */
export function openSessions(db: Db, limit: number): { total: number; rows: OpenSession[] } {
  const rows = db.$client
    .prepare(`select id, title, held_on as heldOn, status, count(*) over () as total from cai_sessions where status <> 'close' order by held_on, id limit ?`)
    .all(limit) as OpenSession[];
  return { total: rows[0]?.total ?? 0, rows };
}

export type ConventionToSign = { id: number; number: string; providerName: string; title: string; deliberationOn: string | null; total: number };

/** Conventions the board validated and nobody signed yet, the oldest deliberation first. */
export function conventionsToSign(db: Db, limit: number): { total: number; rows: ConventionToSign[] } {
  const rows = db.$client
    .prepare(
      `select c.id, c.number, p.name as providerName, a.title, c.ca_deliberation_on as deliberationOn, count(*) over () as total
       from conventions c join providers p on p.id = c.provider_id join applications a on a.id = c.application_id
       where c.status = 'validee_ca' order by c.ca_deliberation_on, c.number limit ?`,
    )
    .all(limit) as ConventionToSign[];
  return { total: rows[0]?.total ?? 0, rows };
}
