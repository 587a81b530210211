// The "Prestataires" sheet: each row read, checked with the same schema as the form, and matched to
// the provider it describes (same SIRET; without one, same name) to say created, updated or unchanged.
import { parseCivility } from '../../domain/french-gender.ts';
import { normalizeSiret } from '../../domain/identifiers.ts';
import { isProbablySameName } from '../../domain/similar-names.ts';
import { toSearchText } from '../../domain/text.ts';
import type { ImportReferences, KnownProvider } from '../../../db/queries/import-references.ts';
import { LEGAL_FORM_LABELS, providerCreateSchema, type LegalForm, type ProviderFields, type ProviderInput } from '../providers/providers-api.ts';
import { cellCode, cellText, choiceKey, isBlank } from './cell-values.ts';
import { COLUMNS, type ProviderColumnKey } from './columns.ts';
import { sameProvider } from './compare.ts';
import type { ImportIssue, ImportRowReport } from './imports-api.ts';
import type { SheetRow } from './read-file.ts';
import { RowIssues, type MatchedSheet } from './validate-rows.ts';

export type WriteStatus = 'created' | 'updated' | 'unchanged';

export type PlannedProvider = { row: number; label: string; status: WriteStatus; existingId: number | null; fields: ProviderFields };

/** How the applications of the same file may name a provider of this sheet. */
export type ProviderSheetIndex = {
  planned: PlannedProvider[];
  /** Rows refused, by normalised SIRET and by search name: an application naming one is refused too. */
  failed: { row: number; siret: string | null; searchName: string }[];
};

export type ProviderSheetResult = ProviderSheetIndex & { errors: ImportIssue[]; warnings: ImportIssue[]; rows: ImportRowReport[] };

const LEGAL_FORM_ALIASES: Readonly<Record<string, LegalForm>> = { SIAE: 'siae', IAE: 'siae', 'Structure d’insertion': 'siae', Société: 'entreprise', 'Collectivité': 'etablissement_public', 'Établissement': 'etablissement_public' };
const LEGAL_FORMS_SHOWN = Object.values(LEGAL_FORM_LABELS).join(', ');

// Columns Excel may have turned into numbers, with the width their leading zeros restore.
const CODE_WIDTHS: Partial<Record<ProviderColumnKey, number>> = { siret: 14, postalCode: 5, contactPhone: 10 };

function readCells(sheet: MatchedSheet<ProviderColumnKey>, row: SheetRow, issues: RowIssues<ProviderColumnKey>): Partial<ProviderInput> {
  const input: Record<string, unknown> = {};
  for (const column of COLUMNS.providers) {
    if (!sheet.has(column.key)) continue;
    const value = sheet.cell(row, column.key);
    if (column.key === 'legalForm') {
      const key = isBlank(value) ? null : choiceKey(cellText(value), LEGAL_FORM_LABELS, LEGAL_FORM_ALIASES);
      if (key === null) {
        issues.add('legalForm', isBlank(value) ? `Forme juridique requise : ${LEGAL_FORMS_SHOWN}.` : `Forme juridique inconnue : « ${cellText(value)} » (attendu : ${LEGAL_FORMS_SHOWN}).`);
      } else {
        input.legalForm = key;
      }
    } else if (column.key === 'representativeCivility') {
      const civility = parseCivility(cellText(value));
      if (civility === null) issues.add('representativeCivility', `Civilité inconnue : « ${cellText(value)} » (attendu : Madame, Monsieur, Mme, M. ou vide).`);
      else input.representativeCivility = civility;
    } else if (column.key === 'siret' || column.key === 'rna') {
      const text = cellCode(value, CODE_WIDTHS[column.key]);
      input[column.key] = text === '' ? null : text;
    } else {
      input[column.key] = cellCode(value, CODE_WIDTHS[column.key]);
    }
  }
  return input as Partial<ProviderInput>;
}

/** Same SIRET; failing that, the same name among providers that have no SIRET (the row may be adding it). */
function findStored(known: readonly KnownProvider[], siret: string | null, searchName: string): KnownProvider[] {
  if (siret !== null) {
    const bySiret = known.filter((provider) => provider.siret === siret);
    return bySiret.length > 0 ? bySiret : known.filter((provider) => provider.siret === null && provider.searchName === searchName);
  }
  return known.filter((provider) => provider.searchName === searchName);
}

export function planProviders(
  sheet: MatchedSheet<ProviderColumnKey> | null,
  references: ImportReferences,
  storedFields: (id: number) => ProviderFields,
): ProviderSheetResult {
  const result: ProviderSheetResult = { planned: [], failed: [], errors: [], warnings: [], rows: [] };
  if (sheet === null) return result;
  const seen = new Map<string, number>();
  for (const row of sheet.sheet.rows) {
    const issues = new RowIssues(sheet, row.row);
    issues.refuseControlCharacters(row);
    const input = readCells(sheet, row, issues);
    const name = typeof input.name === 'string' ? input.name : '';
    const siret = typeof input.siret === 'string' ? normalizeSiret(input.siret) : null;
    const searchName = toSearchText(name);
    const label = name === '' ? `Ligne ${row.row}` : name;

    const matches = name === '' && siret === null ? [] : findStored(references.providers, siret, searchName);
    if (matches.length > 1) issues.add(siret === null ? 'name' : 'siret', `Plusieurs prestataires enregistrés répondent à ce nom (n° ${matches.map((match) => match.id).join(', ')}) : indiquez le SIRET.`);
    const existing = matches.length === 1 ? matches[0] : undefined;
    const stored = existing ? storedFields(existing.id) : undefined;
    // The SIRET is the provider's identity: a row that leaves it blank does not erase it.
    if (stored && stored.siret !== null && (input.siret === null || input.siret === undefined)) delete input.siret;
    // Columns the file does not have keep what is stored; a blank cell of a column it has clears the field.
    const parsed = providerCreateSchema.safeParse({ ...(stored ?? {}), ...input });
    if (!parsed.success) issues.addSchemaIssues(parsed.error, (path) => (typeof path[0] === 'string' && sheet.has(path[0] as ProviderColumnKey) ? (path[0] as ProviderColumnKey) : null));

    const identity = existing ? `id:${existing.id}` : siret !== null ? `siret:${siret}` : `name:${searchName}`;
    const twin = seen.get(identity);
    if (twin !== undefined) issues.add(siret !== null ? 'siret' : 'name', `Prestataire en double dans le fichier : déjà à la ligne ${twin}.`);
    else seen.set(identity, row.row);

    if (issues.hasErrors || !parsed.success) {
      result.errors.push(...issues.list);
      result.failed.push({ row: row.row, siret, searchName });
      result.rows.push({ sheet: sheet.label, row: row.row, status: 'error', label });
      continue;
    }
    const fields = parsed.data;
    const status: WriteStatus = !stored ? 'created' : sameProvider(stored, fields) ? 'unchanged' : 'updated';
    result.planned.push({ row: row.row, label: fields.name, status, existingId: existing?.id ?? null, fields });
    result.rows.push({ sheet: sheet.label, row: row.row, status, label: fields.name });
    if (status === 'created') {
      const close = references.providers.find((provider) => isProbablySameName(fields.name, provider.name));
      if (close) {
        result.warnings.push({ sheet: sheet.label, row: row.row, column: sheet.header('name'), field: 'name', message: `Nom proche de « ${close.name} » (prestataire n° ${close.id}) : doublon probable, vérifiez avant d’importer.` });
      }
    }
  }
  return result;
}
