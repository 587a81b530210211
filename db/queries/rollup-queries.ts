// Roll-ups of the bilans' figures by lever, operational objective, territory, provider or year, and the
// bilans behind each figure. Every sum is one SQL GROUP BY over the stored values; JavaScript only composes
// the few group sums into derived codes and rates (core/domain/indicators/rollup.ts).
import {
  composeFigure,
  countedStatuses,
  isParticipation,
  rollupPlan,
  sourceCodes,
  yearEnd,
  type RollupAxis,
  type RollupPlan,
} from '../../core/domain/indicators/rollup.ts';
import type { IndicatorDefinition } from '../../core/domain/indicators/catalogue.ts';
import { NOT_REPORTED } from '../../core/domain/indicators/catalogue.ts';
import type { Db } from '../open-database.ts';
import { definitionsInForce, listAllDefinitions } from './indicator-catalogue.ts';

export type { RollupAxis } from '../../core/domain/indicators/rollup.ts';

export type RollupQuery = {
  by: RollupAxis;
  year?: number;
  code?: string;
  includeReceived?: boolean;
  /** objective only: the actions' secondary objectives instead of the primary one (never added to the primary figures). */
  secondary?: boolean;
};

/**
 * One figure of a roll-up. `value`: a sum (persons, sessions, hours), or for a ratio code a percentage
 * (Σ numerator / Σ denominator × 100). `numerator`/`denominator`: the sums a rate is made of (a ratio, or
 * the rate shown beside a sum code that has a denominator); null otherwise. `target`: Σ targets of the
 * same conventions, year and code (null for ratios, territories, or when none is set). `participations`:
 * the value again when it counts persons (a person in two actions counts twice), else null. `qpv`: on
 * territory rows, whether the territory is a QPV in the year (flags valid on its 31 December).
 */
export type RollupRow = {
  key: string;
  label: string;
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  participations: number | null;
  bilans: number;
  qpv?: boolean;
};

export type AxisSql = { joins: string; key: string };

const OBJECTIVE_JOINS = (primary: boolean) =>
  `${primary ? 'left ' : ''}join application_objectives ao on ao.application_id = c.application_id and ao.is_primary = ${primary ? 1 : 0}
   left join pact_operational_objectives oo on oo.id = ao.operational_objective_id
   left join pact_objectives po on po.id = oo.objective_id
   left join pact_levers pl on pl.id = po.lever_id`;

/** The key column of each axis (a bilan without a primary objective falls under key ''). Territory reads the values' categories. */
export function axisSql(by: RollupAxis, secondary: boolean): AxisSql {
  switch (by) {
    case 'lever':
      return { joins: OBJECTIVE_JOINS(true), key: "coalesce(pl.code, '')" };
    case 'objective':
      return { joins: OBJECTIVE_JOINS(!secondary), key: "coalesce(oo.code, '')" };
    case 'provider':
      return { joins: '', key: 'cast(c.provider_id as text)' };
    case 'year':
      return { joins: '', key: 'cast(b.year as text)' };
    case 'territory':
      return { joins: '', key: 'v.category' };
  }
}

export type Params = Record<string, string | number>;

export function codeList(prefix: string, codes: readonly string[], params: Params): string {
  return codes
    .map((code, index) => {
      params[`${prefix}${index}`] = code;
      return `:${prefix}${index}`;
    })
    .join(', ');
}

export function bilanFilter(query: Pick<RollupQuery, 'year' | 'includeReceived'>, params: Params): string {
  const statuses = countedStatuses(query.includeReceived)
    .map((status) => `'${status}'`)
    .join(', ');
  if (query.year === undefined) return `b.status in (${statuses})`;
  params.year = query.year;
  return `b.status in (${statuses}) and b.year = :year`;
}

/** The definitions rolled up: in force on the year's 31 December, or each code's latest version over all years. */
export function rollupDefinitions(db: Db, year: number | undefined, code?: string): IndicatorDefinition[] {
  let definitions: IndicatorDefinition[];
  if (year !== undefined) definitions = definitionsInForce(db, yearEnd(year));
  else {
    const latest = new Map<string, IndicatorDefinition>();
    for (const definition of listAllDefinitions(db)) {
      const current = latest.get(definition.code);
      if (!current || current.version < definition.version) latest.set(definition.code, definition);
    }
    definitions = [...latest.values()].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
  }
  return code === undefined ? definitions : definitions.filter((definition) => definition.code === code);
}

type SumRow = { key: string; code: string; total: number; bilans: number };

/** Σ of each stored code per group: one GROUP BY over the values of the counted bilans. */
function groupSums(db: Db, query: RollupQuery, codes: readonly string[]): Map<string, Map<string, { total: number; bilans: number }>> {
  const params: Params = {};
  const axis = axisSql(query.by, query.secondary === true);
  const dimension = query.by === 'territory' ? "v.dimension = 'territory'" : "v.dimension = 'total' and v.category = ''";
  const conventionJoin = axis.joins === '' && query.by !== 'provider' ? '' : 'join conventions c on c.id = b.convention_id';
  const statement = `select ${axis.key} as key, v.code as code, sum(v.value) as total, count(*) as bilans
    from bilans b ${conventionJoin} ${axis.joins}
    join bilan_indicator_values v on v.bilan_id = b.id and v.code in (${codeList('c', codes, params)}) and ${dimension}
    where ${bilanFilter(query, params)}
    group by 1, 2`;
  const groups = new Map<string, Map<string, { total: number; bilans: number }>>();
  for (const row of db.$client.prepare(statement).all(params) as SumRow[]) {
    const sums = groups.get(row.key) ?? new Map<string, { total: number; bilans: number }>();
    sums.set(row.code, { total: row.total, bilans: row.bilans });
    groups.set(row.key, sums);
  }
  return groups;
}

/** Σ targets of the counted bilans' conventions for their year, per group and code. */
function groupTargets(db: Db, query: RollupQuery, codes: readonly string[]): Map<string, number> {
  if (query.by === 'territory' || codes.length === 0) return new Map();
  const params: Params = {};
  const axis = axisSql(query.by, query.secondary === true);
  const statement = `select ${axis.key} as key, t.code as code, sum(t.target_value) as target
    from bilans b join conventions c on c.id = b.convention_id ${axis.joins}
    join convention_indicator_targets t on t.convention_id = b.convention_id and t.year = b.year and t.code in (${codeList('t', codes, params)})
    where ${bilanFilter(query, params)}
    group by 1, 2`;
  const targets = new Map<string, number>();
  for (const row of db.$client.prepare(statement).all(params) as { key: string; code: string; target: number }[]) targets.set(`${row.key}\u0000${row.code}`, row.target);
  return targets;
}

type KeyLabel = { label: string; order: string; qpv?: boolean };

/** Labels and sort order of the keys of an axis. */
function keyLabels(db: Db, query: RollupQuery, keys: readonly string[]): Map<string, KeyLabel> {
  const labels = new Map<string, KeyLabel>();
  const pad = (value: string) => value.replace(/\d+/g, (digits) => digits.padStart(6, '0'));
  if (query.by === 'lever') {
    for (const row of db.$client.prepare('select code, number, title from pact_levers order by pact_id').all() as { code: string; number: number; title: string }[])
      labels.set(row.code, { label: `Levier ${row.number} — ${row.title}`, order: pad(row.code) });
  } else if (query.by === 'objective') {
    for (const row of db.$client.prepare('select code, title from pact_operational_objectives order by pact_id').all() as { code: string; title: string }[])
      labels.set(row.code, { label: `${row.code} ${row.title}`, order: pad(row.code) });
  } else if (query.by === 'provider') {
    for (const row of db.$client.prepare('select id, name from providers').all() as { id: number; name: string }[]) labels.set(String(row.id), { label: row.name, order: row.name.toLocaleLowerCase('fr') });
  } else if (query.by === 'territory') {
    const qpv = qpvTerritoryCodes(db, query.year ?? latestBilanYear(db));
    for (const row of db.$client.prepare('select code, name, position from territories').all() as { code: string; name: string; position: number }[])
      labels.set(row.code, { label: qpv.has(row.code) ? `${row.name} (QPV)` : row.name, order: String(row.position).padStart(6, '0'), qpv: qpv.has(row.code) });
    labels.set(NOT_REPORTED, { label: 'Non renseigné', order: '999999', qpv: false });
  }
  const result = new Map<string, KeyLabel>();
  for (const key of keys) {
    const known = labels.get(key);
    if (known) result.set(key, known);
    else if (key === '') result.set(key, { label: 'Sans objectif principal', order: '\uffff' });
    else result.set(key, { label: key, order: query.by === 'year' ? key : pad(key) });
  }
  return result;
}

function latestBilanYear(db: Db): number {
  const row = db.$client.prepare('select max(year) as year from bilans').get() as { year: number | null };
  return row.year ?? new Date().getFullYear();
}

/**
 * The territories that are QPV in a year: flags whose validity covers its 31 December. A territory with
 * no dated flag at all keeps its own "priority" mark (bases set up before flags were dated).
 */
export function qpvTerritoryCodes(db: Db, year: number): Set<string> {
  const rows = db.$client
    .prepare(
      `select t.code as code from territories t
       where exists (select 1 from territory_flags f where f.territory_id = t.id and f.flag = 'qpv' and f.valid_from <= :day and (f.valid_to is null or f.valid_to >= :day))
          or (t.is_priority = 1 and not exists (select 1 from territory_flags f where f.territory_id = t.id and f.flag = 'qpv'))`,
    )
    .all({ day: yearEnd(year) }) as { code: string }[];
  return new Set(rows.map((row) => row.code));
}

/** The roll-up of every indicator (or one code) by an axis, counting validated bilans (and received ones if asked). */
export function rollup(db: Db, query: RollupQuery): RollupRow[] {
  // By territory, only the indicators broken down by quartier (IC01, IC03): the others have no such cells.
  const all = rollupDefinitions(db, query.year, query.code);
  const byTerritory = new Set(all.filter((definition) => definition.breakdowns.includes('territory')).map((definition) => definition.code));
  const definitions = query.by === 'territory' ? all.filter((definition) => byTerritory.has(definition.code)) : all;
  const plans = definitions.map((definition) => {
    const plan = rollupPlan(definition);
    return query.by === 'territory' && plan.denominatorCode && !byTerritory.has(plan.denominatorCode) ? { ...plan, denominatorCode: null } : plan;
  });
  const codes = sourceCodes(plans);
  if (codes.length === 0) return [];
  const groups = groupSums(db, query, codes);
  const targets = groupTargets(
    db,
    query,
    definitions.filter((definition) => definition.aggregation !== 'ratio').map((definition) => definition.code),
  );
  const labels = keyLabels(db, query, [...groups.keys()]);
  const keys = [...groups.keys()].sort((a, b) => (labels.get(a)?.order ?? a).localeCompare(labels.get(b)?.order ?? b) || a.localeCompare(b));
  const rows: RollupRow[] = [];
  for (const key of keys) {
    const sums = groups.get(key) ?? new Map();
    const label = labels.get(key);
    definitions.forEach((definition, index) => {
      const figure = composeFigure(plans[index] as RollupPlan, sums);
      if (!figure) return;
      const row: RollupRow = {
        key,
        label: label?.label ?? key,
        code: definition.code,
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
        target: targets.get(`${key}\u0000${definition.code}`) ?? null,
        participations: isParticipation(definition.unit) ? figure.value : null,
        bilans: figure.bilans,
      };
      if (label?.qpv !== undefined) row.qpv = label.qpv;
      rows.push(row);
    });
  }
  return rows;
}
