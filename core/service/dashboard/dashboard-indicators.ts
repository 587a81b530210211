// The dashboard's key indicators against their targets by lever, from the roll-ups of validated bilans
// (db/queries/rollup-queries.ts): participants (IC01), exits (IC10), exits into a job (IC12) and the rate
// of positive exits (IC14 / IC10, a ratio of sums, never a mean of rates).
import { definitionsInForce } from '../../../db/queries/indicator-catalogue.ts';
import { NO_LEVER_LABEL, type YearLever, leverLabel } from '../../../db/queries/dashboard-queries.ts';
import { rollup, type RollupRow } from '../../../db/queries/rollup-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { rateOf } from '../../domain/indicators/rollup.ts';
import type { DashboardIndicator, DashboardIndicatorRow } from './dashboard-api.ts';

/** The counts shown as they are; the last one as the rate of its code over IC10. */
export const KEY_COUNT_CODES = ['IC01', 'IC10', 'IC12'] as const;
export const KEY_RATE_CODE = 'IC14';
const RATE_DENOMINATOR = 'IC10';

type Figure = Pick<DashboardIndicatorRow, 'value' | 'target'>;

function byKey(rows: readonly RollupRow[]): Map<string, RollupRow> {
  return new Map(rows.map((row) => [row.key, row]));
}

/** One row per lever of the year (value null where no validated bilan reports it), then "Sans levier" when it has one. */
function leverRows(levers: readonly YearLever[], figures: ReadonlyMap<string, Figure>): DashboardIndicatorRow[] {
  const rows: DashboardIndicatorRow[] = levers.map((lever) => ({ key: `lever-${lever.id}`, leverNumber: lever.number, label: leverLabel(lever), ...(figures.get(lever.code) ?? { value: null, target: null }) }));
  const none = figures.get('');
  if (none) rows.push({ key: 'none', leverNumber: null, label: NO_LEVER_LABEL, ...none });
  // A bilan of another pact's lever (a convention of an earlier call): shown under its own label rather than lost.
  const known = new Set(levers.map((lever) => lever.code));
  for (const [key, figure] of figures) if (key !== '' && !known.has(key)) rows.push({ key: `code-${key}`, leverNumber: null, label: `Levier ${key}`, ...figure });
  return rows;
}

const countFigure = (row: RollupRow | undefined): Figure => ({ value: row?.value ?? null, target: row?.target ?? null });

function rateFigure(rate: RollupRow | undefined, denominator: RollupRow | undefined): Figure {
  const value = rate?.numerator != null && rate.denominator != null ? rateOf(rate.numerator, rate.denominator) : null;
  const target = rate?.target != null && denominator?.target != null ? rateOf(rate.target, denominator.target) : null;
  return { value, target };
}

export function dashboardIndicators(db: Db, year: number, levers: readonly YearLever[]): DashboardIndicator[] {
  const definitions = new Map(definitionsInForce(db, `${year}-12-31`).map((definition) => [definition.code, definition]));
  const lever = (code: string) => byKey(rollup(db, { by: 'lever', year, code }));
  const total = (code: string) => rollup(db, { by: 'year', year, code })[0];
  const indicators: DashboardIndicator[] = [];
  const denominatorByLever = lever(RATE_DENOMINATOR);
  const denominatorTotal = total(RATE_DENOMINATOR);
  for (const code of KEY_COUNT_CODES) {
    const definition = definitions.get(code);
    if (!definition) continue;
    const rows = code === RATE_DENOMINATOR ? denominatorByLever : lever(code);
    const figures = new Map([...rows].map(([key, row]) => [key, countFigure(row)]));
    indicators.push({ code, label: definition.label, unit: 'personnes', rows: leverRows(levers, figures), total: countFigure(code === RATE_DENOMINATOR ? denominatorTotal : total(code)) });
  }
  const rateDefinition = definitions.get(KEY_RATE_CODE);
  if (rateDefinition) {
    const figures = new Map([...lever(KEY_RATE_CODE)].map(([key, row]) => [key, rateFigure(row, denominatorByLever.get(key))]));
    indicators.push({
      code: KEY_RATE_CODE,
      label: `Taux de ${rateDefinition.label.toLocaleLowerCase('fr')} (${KEY_RATE_CODE} / ${RATE_DENOMINATOR})`,
      unit: 'pourcent',
      rows: leverRows(levers, figures),
      total: rateFigure(total(KEY_RATE_CODE), denominatorTotal),
    });
  }
  return indicators;
}
