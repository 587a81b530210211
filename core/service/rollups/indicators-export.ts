// "Indicateurs" as a spreadsheet in long format: one row per figure of every validated bilan of a year
// (totals and breakdown cells), with its convention, provider, lever, primary objective, the action's
// quartiers and, on total rows, the convention's target. A pivot table in Excel does the rest.
import type { Db } from '../../../db/open-database.ts';
import { rollupDefinitions } from '../../../db/queries/rollup-queries.ts';
import { DIMENSION_LABELS, FIXED_CATEGORIES, NOT_REPORTED, type IndicatorDimension } from '../../domain/indicators/catalogue.ts';
import type { ExportFormat, ExportedFile } from '../exports/exports-api.ts';
import { exportTable, type ExportCell, type ExportColumn, type ExportTable } from '../exports/spreadsheet.ts';

type LongRow = {
  year: number;
  conventionNumber: string;
  providerName: string;
  lever: string;
  objective: string;
  quartiers: string | null;
  code: string;
  dimension: IndicatorDimension;
  category: string;
  value: number;
  target: number | null;
};

const DIMENSION_ORDER = "case v.dimension when 'total' then 0 when 'sex' then 1 when 'age' then 2 when 'qpv' then 3 when 'rsa' then 4 else 5 end";

/** The long-format rows of a year's validated bilans, in convention, code and breakdown order. */
export function indicatorLongRows(db: Db, year: number): LongRow[] {
  return db.$client
    .prepare(
      `select b.year as year, c.number as conventionNumber, p.name as providerName,
         coalesce(pl.code, '') as lever, coalesce(oo.code, '') as objective,
         (select group_concat(t.name, ', ') from application_territories at join territories t on t.id = at.territory_id where at.application_id = c.application_id) as quartiers,
         v.code as code, v.dimension as dimension, v.category as category, v.value as value,
         case when v.dimension = 'total' then tg.target_value end as target
       from bilans b
       join conventions c on c.id = b.convention_id
       join providers p on p.id = c.provider_id
       left join application_objectives ao on ao.application_id = c.application_id and ao.is_primary = 1
       left join pact_operational_objectives oo on oo.id = ao.operational_objective_id
       left join pact_objectives po on po.id = oo.objective_id
       left join pact_levers pl on pl.id = po.lever_id
       join bilan_indicator_values v on v.bilan_id = b.id
       left join convention_indicator_targets tg on tg.convention_id = b.convention_id and tg.year = b.year and tg.code = v.code
       where b.year = :year and b.status = 'valide'
       order by c.number, v.code, ${DIMENSION_ORDER}, v.category`,
    )
    .all({ year }) as LongRow[];
}

function categoryLabeller(db: Db): (dimension: IndicatorDimension, category: string) => string {
  const territories = new Map((db.$client.prepare('select code, name from territories').all() as { code: string; name: string }[]).map((row) => [row.code, row.name]));
  return (dimension, category) => {
    if (dimension === 'total') return '';
    if (category === NOT_REPORTED) return 'Non renseigné';
    if (dimension === 'territory') return territories.get(category) ?? category;
    return FIXED_CATEGORIES[dimension].find((entry) => entry.key === category)?.label ?? category;
  };
}

export function indicatorsTable(db: Db, year: number): ExportTable {
  const rows = indicatorLongRows(db, year);
  const labels = new Map(rollupDefinitions(db, year).map((definition) => [definition.code, definition.label]));
  const categoryLabel = categoryLabeller(db);
  // Figures are counts almost always; hours may carry decimals, which an integer column would round.
  const decimals = rows.some((row) => !Number.isInteger(row.value) || (row.target !== null && !Number.isInteger(row.target)));
  const figure: ExportColumn['kind'] = decimals ? 'score' : 'integer';
  const columns: ExportColumn[] = [
    { header: 'Année', kind: 'integer', width: 8 },
    { header: 'Convention', kind: 'text', width: 16 },
    { header: 'Prestataire', kind: 'text', width: 30 },
    { header: 'Levier', kind: 'text', width: 8 },
    { header: 'Objectif opérationnel', kind: 'text', width: 12 },
    { header: 'Quartiers de l’action', kind: 'text', width: 28 },
    { header: 'Code', kind: 'text', width: 8 },
    { header: 'Indicateur', kind: 'text', width: 40 },
    { header: 'Ventilation', kind: 'text', width: 20 },
    { header: 'Catégorie', kind: 'text', width: 20 },
    { header: 'Valeur', kind: figure, width: 10 },
    { header: 'Cible', kind: figure, width: 10 },
  ];
  const bilans = new Set(rows.map((row) => row.conventionNumber)).size;
  return {
    sheetName: `Indicateurs ${year}`,
    title: `Indicateurs communs ${year} — bilans validés`,
    subtitle: `${bilans} bilan${bilans > 1 ? 's' : ''} validé${bilans > 1 ? 's' : ''}, ${rows.length} valeur${rows.length > 1 ? 's' : ''} ; les personnes sont des participations (une personne suivie par deux actions compte deux fois)`,
    columns,
    rows: rows.map((row): ExportCell[] => [
      row.year,
      row.conventionNumber,
      row.providerName,
      row.lever,
      row.objective,
      row.quartiers ?? '',
      row.code,
      labels.get(row.code) ?? '',
      DIMENSION_LABELS[row.dimension],
      categoryLabel(row.dimension, row.category),
      row.value,
      row.target,
    ]),
  };
}

export function exportIndicators(db: Db, input: { year: number; format: ExportFormat }, createdAt: Date): Promise<ExportedFile> {
  return exportTable(indicatorsTable(db, input.year), input.format, `indicateurs-${input.year}`, createdAt);
}
