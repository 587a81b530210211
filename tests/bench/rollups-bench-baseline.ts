// What a developer would write by hand on better-sqlite3 for the same roll-up: Σ of every stored code's
// values per key, and Σ of the targets of the same conventions and year, each one GROUP BY.
import type Database from 'better-sqlite3';

export type HandAxis = 'lever' | 'objective' | 'territory';

const KEY: Record<HandAxis, string> = { lever: "coalesce(pl.code, '')", objective: "coalesce(oo.code, '')", territory: 'v.category' };

const JOINS = `join conventions c on c.id = b.convention_id
  left join application_objectives ao on ao.application_id = c.application_id and ao.is_primary = 1
  left join pact_operational_objectives oo on oo.id = ao.operational_objective_id
  left join pact_objectives po on po.id = oo.objective_id
  left join pact_levers pl on pl.id = po.lever_id`;

/** "key|code" → Σ value and Σ target (null when none, and always by territory: targets are not per quartier). */
export function handAggregate(sqlite: Database.Database, axis: HandAxis, year: number | undefined): Map<string, { value: number; target: number | null }> {
  const yearClause = year === undefined ? '' : 'and b.year = @year';
  const params = year === undefined ? {} : { year };
  const joins = axis === 'territory' ? '' : JOINS;
  // By quartier, the catalogue's two indicators broken down that way.
  const dimension = axis === 'territory' ? "v.dimension = 'territory' and v.code in ('IC01', 'IC03')" : "v.dimension = 'total' and v.category = ''";
  const sums = sqlite
    .prepare(
      `select ${KEY[axis]} as key, v.code as code, sum(v.value) as value from bilans b ${joins}
       join bilan_indicator_values v on v.bilan_id = b.id and ${dimension}
       where b.status = 'valide' ${yearClause} group by 1, 2`,
    )
    .all(params) as { key: string; code: string; value: number }[];
  const result = new Map(sums.map((row) => [`${row.key}|${row.code}`, { value: row.value, target: null as number | null }]));
  if (axis === 'territory') return result;
  const targets = sqlite
    .prepare(
      `select ${KEY[axis]} as key, t.code as code, sum(t.target_value) as target from bilans b ${joins}
       join convention_indicator_targets t on t.convention_id = b.convention_id and t.year = b.year
       where b.status = 'valide' ${yearClause} group by 1, 2`,
    )
    .all(params) as { key: string; code: string; target: number }[];
  for (const row of targets) {
    const entry = result.get(`${row.key}|${row.code}`);
    if (entry) entry.target = row.target;
  }
  return result;
}
