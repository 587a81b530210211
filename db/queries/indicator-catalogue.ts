// The common indicators' catalogue in the database: load a catalogue file, read the definitions in force.
import { asc } from 'drizzle-orm';
import type { Db } from '../open-database.ts';
import { indicatorDefinitions } from '../schema/index.ts';
import type { BreakdownDimension, IndicatorCatalogueFile, IndicatorDefinition } from '../../core/domain/indicators/catalogue.ts';

type DefinitionRow = typeof indicatorDefinitions.$inferSelect;

function toDefinition(row: DefinitionRow): IndicatorDefinition {
  return {
    code: row.code,
    version: row.version,
    catalogueKey: row.catalogueKey,
    position: row.position,
    label: row.label,
    unit: row.unit,
    kind: row.kind,
    aggregation: row.aggregation,
    numeratorCode: row.numeratorCode,
    denominatorCode: row.denominatorCode,
    derivedFrom: JSON.parse(row.derivedFromJson) as string[],
    breakdowns: JSON.parse(row.breakdownsJson) as BreakdownDimension[],
    subsetOfCode: row.subsetOfCode,
    exclusiveGroup: row.exclusiveGroup,
    definition: row.definition,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

/** Every stored version of every code, in catalogue order. */
export function listAllDefinitions(db: Db): IndicatorDefinition[] {
  return db.select().from(indicatorDefinitions).orderBy(asc(indicatorDefinitions.position), asc(indicatorDefinitions.code), asc(indicatorDefinitions.version)).all().map(toDefinition);
}

/**
 * The definitions in force on a date ('YYYY-MM-DD'; a bilan year uses its 31 December): for each code,
 * the highest version whose validity covers the date. A code that no version covers is left out.
 */
export function definitionsInForce(db: Db, onDate: string): IndicatorDefinition[] {
  const byCode = new Map<string, IndicatorDefinition>();
  for (const definition of listAllDefinitions(db)) {
    if (definition.validFrom > onDate || (definition.validTo !== null && definition.validTo < onDate)) continue;
    const current = byCode.get(definition.code);
    if (!current || current.version < definition.version) byCode.set(definition.code, definition);
  }
  return [...byCode.values()].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
}

export function hasIndicatorDefinitions(db: Db): boolean {
  return db.select({ code: indicatorDefinitions.code }).from(indicatorDefinitions).limit(1).all().length > 0;
}

/** Rows of a parsed catalogue file, ready to insert (the caller checks versions against what is stored). */
export function catalogueRows(file: IndicatorCatalogueFile, importedAt: string): DefinitionRow[] {
  return file.indicators.map((entry, index) => ({
    code: entry.code,
    version: entry.version,
    catalogueKey: file.key,
    position: index + 1,
    label: entry.label,
    unit: entry.unit,
    kind: entry.kind,
    aggregation: entry.aggregation,
    numeratorCode: entry.numerator ?? null,
    denominatorCode: entry.denominator ?? null,
    derivedFromJson: JSON.stringify(entry.derivedFrom ?? []),
    breakdownsJson: JSON.stringify(entry.breakdowns),
    subsetOfCode: entry.subsetOf ?? null,
    exclusiveGroup: entry.exclusiveGroup ?? null,
    definition: entry.definition ?? '',
    validFrom: entry.validFrom ?? file.validFrom,
    validTo: entry.validTo ?? null,
    importedAt,
  }));
}

/** All rows or none. */
export function insertDefinitionRows(db: Db, rows: DefinitionRow[]): void {
  db.transaction((tx) => {
    for (const row of rows) tx.insert(indicatorDefinitions).values(row).run();
  });
}
