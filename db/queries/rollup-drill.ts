// What a rolled-up figure is made of: the bilans behind it, each with its own figure, and the money paid
// for the counted convention years (cost per participant = paid / IC01).
import { costPerParticipantCents, rateOf, rollupPlan, type RollupAxis } from '../../core/domain/indicators/rollup.ts';
import type { Db } from '../open-database.ts';
import { axisSql, bilanFilter, codeList, rollup, rollupDefinitions, type Params } from './rollup-queries.ts';

export type DrillQuery = { by: RollupAxis; key: string; year?: number; code: string; includeReceived?: boolean; secondary?: boolean };

/** One bilan behind a figure, with its own share of it (a ratio's value is its percentage). */
export type DrillBilan = {
  bilanId: number;
  year: number;
  status: string;
  conventionId: number;
  conventionNumber: string;
  providerName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
};

type DrillSqlRow = Omit<DrillBilan, 'value' | 'numerator' | 'denominator'> & { summed: number | null; den: number | null };

/** The bilans a roll-up row counted for one key and code, in convention order. */
export function rollupDrill(db: Db, query: DrillQuery): DrillBilan[] {
  const definition = rollupDefinitions(db, query.year, query.code)[0];
  if (!definition) return [];
  const plan = rollupPlan(definition);
  if (plan.valueCodes.length === 0) return [];
  const params: Params = { key: query.key };
  const axis = axisSql(query.by, query.secondary === true);
  const dimension = query.by === 'territory' ? "v.dimension = 'territory' and v.category = :key" : "v.dimension = 'total' and v.category = ''";
  const keyFilter = query.by === 'territory' ? '' : `and ${axis.key} = :key`;
  const valueList = codeList('v', plan.valueCodes, params);
  const allList = codeList('a', [...plan.valueCodes, ...(plan.denominatorCode ? [plan.denominatorCode] : [])], params);
  params.den = plan.denominatorCode ?? '';
  const statement = `select b.id as bilanId, b.year as year, b.status as status, c.id as conventionId, c.number as conventionNumber, p.name as providerName,
      sum(case when v.code in (${valueList}) then v.value end) as summed,
      sum(case when v.code = :den then v.value end) as den
    from bilans b join conventions c on c.id = b.convention_id join providers p on p.id = c.provider_id ${axis.joins}
    join bilan_indicator_values v on v.bilan_id = b.id and v.code in (${allList}) and ${dimension}
    where ${bilanFilter(query, params)} ${keyFilter}
    group by b.id
    having count(case when v.code in (${valueList}) then 1 end) > 0
    order by c.number, b.year`;
  return (db.$client.prepare(statement).all(params) as DrillSqlRow[]).map(({ summed, den, ...bilan }) => {
    const numerator = summed ?? 0;
    if (plan.aggregation === 'ratio') return { ...bilan, value: rateOf(numerator, den ?? 0), numerator, denominator: den ?? 0 };
    return { ...bilan, value: numerator, numerator: plan.denominatorCode ? numerator : null, denominator: plan.denominatorCode ? (den ?? 0) : null };
  });
}

/** Money paid and participants (IC01) per key: the cost per participant of the counted convention years. */
export type RollupCost = { key: string; label: string; paidCents: number; participants: number | null; costPerParticipantCents: number | null };

/** Payments 'paye' on the schedule lines of the counted bilans' convention and year, per key; not by territory (money is not split by quartier). */
export function rollupCosts(db: Db, query: { by: Exclude<RollupAxis, 'territory'>; year?: number; includeReceived?: boolean }): RollupCost[] {
  const params: Params = {};
  const axis = axisSql(query.by, false);
  const statement = `select ${axis.key} as key, sum(pay.amount_cents) as paid
    from bilans b join conventions c on c.id = b.convention_id ${axis.joins}
    join schedule_lines sl on sl.convention_id = b.convention_id and sl.year = b.year
    join payments pay on pay.schedule_line_id = sl.id and pay.status = 'paye'
    where ${bilanFilter(query, params)}
    group by 1`;
  const paid = new Map((db.$client.prepare(statement).all(params) as { key: string; paid: number }[]).map((row) => [row.key, row.paid]));
  const participants = rollup(db, { ...query, code: 'IC01' });
  const keys = new Map<string, string>(participants.map((row) => [row.key, row.label]));
  for (const key of paid.keys()) if (!keys.has(key)) keys.set(key, key === '' ? 'Sans objectif principal' : key);
  return [...keys].map(([key, label]) => {
    const count = participants.find((row) => row.key === key)?.value ?? null;
    const paidCents = paid.get(key) ?? 0;
    return { key, label, paidCents, participants: count, costPerParticipantCents: costPerParticipantCents(paidCents, count) };
  });
}
