// The money of a year for the COPIL, by lever of the pact: the calls' envelopes, what signed conventions
// commit for the year, what was paid on the year's schedule lines and what was recovered. A convention's
// lever is the one of its application's primary operational objective, as in the roll-ups.
import type { Db } from '../open-database.ts';

/** A convention commits money once signed; a terminated one was signed and stays committed for what it paid. */
export const COMMITTED_CONVENTION_STATUSES = ['signee', 'en_cours', 'soldee', 'cloturee', 'resiliee'] as const;
const COMMITTED = COMMITTED_CONVENTION_STATUSES.map((status) => `'${status}'`).join(', ');

export type LeverMoney = { leverId: number; number: number; title: string; envelopeCents: number | null; committedCents: number; paidCents: number; recoveredCents: number; conventions: number };

export type YearMoney = {
  /** The calls of the year (their total envelope, with or without a split by lever). */
  callEnvelopeCents: number;
  levers: LeverMoney[];
  /** Conventions whose lever is unknown (no primary objective): counted in the totals, never dropped. */
  unassigned: Omit<LeverMoney, 'leverId' | 'number' | 'title' | 'envelopeCents'>;
};

const LEVER_OF_CONVENTION = `
  left join application_objectives ao on ao.application_id = c.application_id and ao.is_primary = 1
  left join pact_operational_objectives oo on oo.id = ao.operational_objective_id
  left join pact_objectives po on po.id = oo.objective_id`;

type Sums = { leverId: number | null; committedCents: number; conventions: number };

export function yearMoney(db: Db, pactId: number, year: number): YearMoney {
  const client = db.$client;
  const levers = client.prepare('select id as leverId, number, title from pact_levers where pact_id = ? order by number').all(pactId) as { leverId: number; number: number; title: string }[];
  const envelopes = new Map(
    (client.prepare('select e.lever_id as leverId, sum(e.envelope_cents) as cents from call_lever_envelopes e join calls k on k.id = e.call_id where k.year = ? group by e.lever_id').all(year) as { leverId: number; cents: number }[]).map(
      (row) => [row.leverId, row.cents],
    ),
  );
  const callEnvelopeCents = (client.prepare('select coalesce(sum(envelope_cents), 0) as cents from calls where year = ?').get(year) as { cents: number }).cents;
  const committed = client
    .prepare(
      `select po.lever_id as leverId, coalesce(sum(y.amount_cents), 0) as committedCents, count(distinct c.id) as conventions
       from conventions c join convention_years y on y.convention_id = c.id and y.year = :year ${LEVER_OF_CONVENTION}
       where c.status in (${COMMITTED}) group by po.lever_id`,
    )
    .all({ year }) as Sums[];
  const paid = client
    .prepare(
      `select po.lever_id as leverId, coalesce(sum(p.amount_cents), 0) as cents
       from payments p join schedule_lines s on s.id = p.schedule_line_id join conventions c on c.id = p.convention_id ${LEVER_OF_CONVENTION}
       where p.status = 'paye' and s.year = :year group by po.lever_id`,
    )
    .all({ year }) as { leverId: number | null; cents: number }[];
  const recovered = client
    .prepare(
      `select po.lever_id as leverId, coalesce(sum(r.amount_cents), 0) as cents
       from recoveries r join conventions c on c.id = r.convention_id ${LEVER_OF_CONVENTION}
       where r.received_on is not null and exists (select 1 from convention_years y where y.convention_id = c.id and y.year = :year)
       group by po.lever_id`,
    )
    .all({ year }) as { leverId: number | null; cents: number }[];
  const pick = <T extends { leverId: number | null }>(rows: T[], leverId: number | null) => rows.find((row) => row.leverId === leverId);
  const known = new Set(levers.map((lever) => lever.leverId));
  const unknown = <T extends { leverId: number | null }>(rows: T[], value: (row: T) => number) => rows.filter((row) => row.leverId === null || !known.has(row.leverId)).reduce((total, row) => total + value(row), 0);
  return {
    callEnvelopeCents,
    levers: levers.map((lever) => ({
      ...lever,
      envelopeCents: envelopes.get(lever.leverId) ?? null,
      committedCents: pick(committed, lever.leverId)?.committedCents ?? 0,
      conventions: pick(committed, lever.leverId)?.conventions ?? 0,
      paidCents: pick(paid, lever.leverId)?.cents ?? 0,
      recoveredCents: pick(recovered, lever.leverId)?.cents ?? 0,
    })),
    unassigned: {
      committedCents: unknown(committed, (row) => row.committedCents),
      conventions: unknown(committed, (row) => row.conventions),
      paidCents: unknown(paid, (row) => row.cents),
      recoveredCents: unknown(recovered, (row) => row.cents),
    },
  };
}

/** Conventions per lever and year across the pact's years (the evaluation's "plan across the years"). */
export function committedByLeverAndYear(db: Db, pactId: number, from: number, to: number): { leverId: number; year: number; conventions: number; committedCents: number }[] {
  return db.$client
    .prepare(
      `select po.lever_id as leverId, y.year, count(distinct c.id) as conventions, coalesce(sum(y.amount_cents), 0) as committedCents
       from conventions c join convention_years y on y.convention_id = c.id ${LEVER_OF_CONVENTION}
       join pact_levers l on l.id = po.lever_id
       where c.status in (${COMMITTED}) and l.pact_id = :pactId and y.year between :from and :to
       group by po.lever_id, y.year order by y.year`,
    )
    .all({ pactId, from, to }) as { leverId: number; year: number; conventions: number; committedCents: number }[];
}

/** The latest change among what a year's COPIL document prints besides the review itself: bilans, conventions, payments. */
export function latestChangeOfYear(db: Db, year: number): string | null {
  const row = db.$client
    .prepare(
      `select max(at) as at from (
         select max(b.updated_at) as at from bilans b where b.year = :year
         union all select max(c.updated_at) from conventions c join convention_years y on y.convention_id = c.id and y.year = :year
         union all select max(p.updated_at) from payments p join schedule_lines s on s.id = p.schedule_line_id and s.year = :year)`,
    )
    .get({ year }) as { at: string | null };
  return row.at;
}
