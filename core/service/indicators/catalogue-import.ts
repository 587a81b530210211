// Imports another catalogue of common indicators beside the stored one. A code never changes meaning: a
// stored code+version given again with another label, unit, calculation, breakdowns or parent is refused
// (a changed definition is a new version); the same content again changes nothing; all or nothing.
import { AppError, type ErrorIssue } from '../../domain/app-error.ts';
import { indicatorCatalogueSchema, type IndicatorCatalogueFile, type IndicatorDefinition } from '../../domain/indicators/catalogue.ts';
import { catalogueRows, insertDefinitionRows, listAllDefinitions } from '../../../db/queries/indicator-catalogue.ts';
import type { ServiceContext } from '../context.ts';
import { zodIssues } from '../validation.ts';
import type { IndicatorImportReport } from './indicators-api.ts';

type Row = ReturnType<typeof catalogueRows>[number];

/** What a code means: two versions that agree on these are the same indicator. */
function meaning(definition: Pick<IndicatorDefinition, 'label' | 'unit' | 'kind' | 'aggregation' | 'numeratorCode' | 'denominatorCode' | 'derivedFrom' | 'breakdowns' | 'subsetOfCode'>) {
  return {
    label: definition.label.trim(),
    unit: definition.unit,
    kind: definition.kind,
    aggregation: definition.aggregation,
    numerator: definition.numeratorCode,
    denominator: definition.denominatorCode,
    derivedFrom: [...definition.derivedFrom],
    breakdowns: [...definition.breakdowns].sort(),
    subsetOf: definition.subsetOfCode,
  };
}

const MEANING_LABELS: Record<keyof ReturnType<typeof meaning>, string> = {
  label: 'libellé',
  unit: 'unité',
  kind: 'nature',
  aggregation: 'calcul',
  numerator: 'numérateur',
  denominator: 'dénominateur',
  derivedFrom: 'codes additionnés',
  breakdowns: 'ventilations',
  subsetOf: 'ensemble parent',
};

function rowMeaning(row: Row) {
  return meaning({
    label: row.label,
    unit: row.unit,
    kind: row.kind,
    aggregation: row.aggregation,
    numeratorCode: row.numeratorCode,
    denominatorCode: row.denominatorCode,
    derivedFrom: JSON.parse(row.derivedFromJson) as string[],
    breakdowns: JSON.parse(row.breakdownsJson) as IndicatorDefinition['breakdowns'],
    subsetOfCode: row.subsetOfCode,
  });
}

/** The names of the meaning fields that differ between two definitions of one code+version. */
function changedFields(stored: IndicatorDefinition, row: Row): string[] {
  const before = meaning(stored);
  const after = rowMeaning(row);
  return (Object.keys(before) as (keyof typeof before)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map((key) => MEANING_LABELS[key]);
}

export function parseCatalogueContent(content: string): IndicatorCatalogueFile {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new AppError('validation', `Le fichier n’est pas un JSON valide : ${(error as Error).message}. Rien n’a été importé.`);
  }
  const parsed = indicatorCatalogueSchema.safeParse(json);
  if (!parsed.success) throw new AppError('validation', 'Le fichier n’est pas un catalogue d’indicateurs valide ; rien n’a été importé.', zodIssues(parsed.error));
  return parsed.data;
}

/** Every problem of a catalogue file against the stored definitions, each with its place; none: it may be written. */
export function catalogueIssues(file: IndicatorCatalogueFile, rows: readonly Row[], stored: readonly IndicatorDefinition[]): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const known = new Set([...stored.map((definition) => definition.code), ...rows.map((row) => row.code)]);
  const storedByKey = new Map(stored.map((definition) => [`${definition.code}@${definition.version}`, definition]));
  const highestVersion = new Map<string, number>();
  for (const definition of stored) highestVersion.set(definition.code, Math.max(highestVersion.get(definition.code) ?? 0, definition.version));
  const seen = new Set<string>();
  file.indicators.forEach((entry, index) => {
    const path = `indicators.${index} (${entry.code})`;
    const key = `${entry.code}@${entry.version}`;
    if (seen.has(key)) issues.push({ path, message: `${entry.code} version ${entry.version} figure deux fois dans le fichier.` });
    seen.add(key);
    const named = [entry.numerator, entry.denominator, entry.subsetOf, ...(entry.derivedFrom ?? [])].filter((code): code is string => code !== undefined);
    for (const code of named) {
      if (code === entry.code) issues.push({ path, message: `${entry.code} ne peut pas se référer à lui-même.` });
      else if (!known.has(code)) issues.push({ path, message: `${entry.code} nomme ${code}, qui n’est ni dans ce fichier ni dans le catalogue enregistré.` });
    }
    const validFrom = entry.validFrom ?? file.validFrom;
    if (entry.validTo !== undefined && entry.validTo < validFrom) issues.push({ path, message: `${entry.code} : la fin de validité (${entry.validTo}) précède son début (${validFrom}).` });
    const storedDefinition = storedByKey.get(key);
    const row = rows[index];
    if (storedDefinition && row) {
      const changed = changedFields(storedDefinition, row);
      if (changed.length > 0) {
        const next = (highestVersion.get(entry.code) ?? entry.version) + 1;
        issues.push({
          path,
          message: `${entry.code} version ${entry.version} est déjà enregistré autrement (${changed.join(', ')}) ; un code ne change jamais de sens : publiez une version ${next}.`,
        });
      }
    }
  });
  return issues;
}

export function importCatalogueContent(context: ServiceContext, content: string): IndicatorImportReport {
  const file = parseCatalogueContent(content);
  const rows = catalogueRows(file, context.now().toISOString());
  const stored = listAllDefinitions(context.db);
  const issues = catalogueIssues(file, rows, stored);
  if (issues.length > 0) {
    const first = issues.length === 1 ? issues[0]?.message : `${issues.length} problèmes, dont : ${issues[0]?.message}`;
    throw new AppError('validation', `Catalogue refusé, rien n’a été importé. ${first ?? ''}`.trim(), issues);
  }
  const storedKeys = new Set(stored.map((definition) => `${definition.code}@${definition.version}`));
  // A new version keeps its code's place in the list; a new code comes after every stored one.
  const positions = new Map(stored.map((definition) => [definition.code, definition.position]));
  const last = Math.max(0, ...stored.map((definition) => definition.position));
  const fresh = rows
    .filter((row) => !storedKeys.has(`${row.code}@${row.version}`))
    .map((row) => ({ ...row, position: positions.get(row.code) ?? last + row.position }));
  insertDefinitionRows(context.db, fresh);
  return {
    catalogueKey: file.key,
    status: fresh.length > 0 ? 'created' : 'unchanged',
    created: fresh.map((row) => ({ code: row.code, version: row.version })),
    unchanged: rows.length - fresh.length,
  };
}
