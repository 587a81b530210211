// The "Dossiers" sheet: each row read, its provider found (registered, or created by the same file),
// checked with the form's schema and matched to the application it describes (same call, provider
// and title) to say created, updated or unchanged.
import { BUDGET_ACCOUNTS } from '../../domain/budget.ts';
import { validateSiret } from '../../domain/identifiers.ts';
import { toSearchText } from '../../domain/text.ts';
import type { ImportReferences } from '../../../db/queries/import-references.ts';
import { APPLICATION_STATUS_LABELS, applicationCreateSchema, type ApplicationFields, type ApplicationStatus } from '../applications/applications-api.ts';
import { readApplicationCells } from './application-cells.ts';
import { cellCode, cellText } from './cell-values.ts';
import { budgetColumnKey, SHEET_NAMES, type ApplicationColumnKey } from './columns.ts';
import { sameApplication } from './compare.ts';
import type { ImportIssue, ImportRowReport } from './imports-api.ts';
import type { ProviderSheetIndex, WriteStatus } from './provider-rows.ts';
import type { SheetRow } from './read-file.ts';
import { RowIssues, type MatchedSheet } from './validate-rows.ts';

/** A provider already stored, or one this import creates (its index among the planned providers). */
export type ProviderRef = { id: number } | { planIndex: number };

export type PlannedApplication = { row: number; label: string; status: WriteStatus; existingId: number | null; provider: ProviderRef; fields: ApplicationFields };

export type ApplicationSheetResult = { planned: PlannedApplication[]; errors: ImportIssue[]; warnings: ImportIssue[]; rows: ImportRowReport[] };

export type ApplicationStore = {
  findByIdentity: (providerId: number, titleKey: string) => { id: number; status: ApplicationStatus } | undefined;
  storedFields: (id: number) => ApplicationFields;
};

// Stands for a provider the import has yet to create, only while the schema checks the row.
const PLACEHOLDER_PROVIDER_ID = Number.MAX_SAFE_INTEGER;

type Resolved = { ok: true; ref: ProviderRef; name: string } | { ok: false; key: ApplicationColumnKey; message: string };

function resolveProvider(sheet: MatchedSheet<ApplicationColumnKey>, row: SheetRow, references: ImportReferences, index: ProviderSheetIndex): Resolved {
  const siretText = cellCode(sheet.cell(row, 'providerSiret'), 14);
  const name = cellText(sheet.cell(row, 'providerName'));
  // A planned provider already stored is referred to by its id; a new one by its place in the plan.
  const refFor = (plan: number): ProviderRef => {
    const existingId = index.planned[plan]?.existingId ?? null;
    return existingId === null ? { planIndex: plan } : { id: existingId };
  };
  const failedRow = (line: number) => `ce prestataire est refusé à la ligne ${line} de la feuille « ${SHEET_NAMES.providers} ».`;
  if (siretText !== '') {
    const checked = validateSiret(siretText);
    if (!checked.ok) return { ok: false, key: 'providerSiret', message: checked.message };
    const { siret } = checked;
    const plan = index.planned.findIndex((planned) => planned.fields.siret === siret);
    if (plan >= 0) return { ok: true, ref: refFor(plan), name: index.planned[plan]?.fields.name ?? '' };
    const stored = references.providers.find((provider) => provider.siret === siret);
    if (stored) return { ok: true, ref: { id: stored.id }, name: stored.name };
    const failed = index.failed.find((candidate) => candidate.siret === siret);
    if (failed) return { ok: false, key: 'providerSiret', message: `Prestataire de SIRET ${siret} non importé : ${failedRow(failed.row)}` };
    return { ok: false, key: 'providerSiret', message: `Aucun prestataire de SIRET ${siret} : ajoutez-le à la feuille « ${SHEET_NAMES.providers} » ou enregistrez-le d’abord.` };
  }
  if (name === '') {
    return { ok: false, key: sheet.has('providerName') ? 'providerName' : 'providerSiret', message: 'Prestataire non indiqué : donnez son SIRET ou son nom.' };
  }
  const searchName = toSearchText(name);
  const plans = index.planned.flatMap((planned, plan) => (toSearchText(planned.fields.name) === searchName ? [plan] : []));
  const stored = references.providers.filter((provider) => provider.searchName === searchName);
  const plan = plans[0];
  if (plans.length === 1 && plan !== undefined) return { ok: true, ref: refFor(plan), name: index.planned[plan]?.fields.name ?? name };
  if (plans.length === 0 && stored.length === 1 && stored[0]) return { ok: true, ref: { id: stored[0].id }, name: stored[0].name };
  if (plans.length > 1 || stored.length > 1) return { ok: false, key: 'providerName', message: `Plusieurs prestataires s’appellent « ${name} » : indiquez le SIRET du prestataire.` };
  const failed = index.failed.find((candidate) => candidate.searchName === searchName);
  if (failed) return { ok: false, key: 'providerName', message: `Prestataire « ${name} » non importé : ${failedRow(failed.row)}` };
  return { ok: false, key: 'providerName', message: `Aucun prestataire nommé « ${name} » : ajoutez-le à la feuille « ${SHEET_NAMES.providers} », ou indiquez son SIRET.` };
}

const ACCOUNT_ORDER = new Map(BUDGET_ACCOUNTS.map((definition, index) => [definition.account as string, index]));

const FIELD_COLUMNS: Readonly<Partial<Record<string, ApplicationColumnKey>>> = {
  primaryObjectiveId: 'primaryObjective',
  secondaryObjectiveIds: 'secondaryObjectives',
  territoryIds: 'territories',
};

export function planApplications(
  sheet: MatchedSheet<ApplicationColumnKey> | null,
  references: ImportReferences,
  providers: ProviderSheetIndex,
  store: ApplicationStore,
): ApplicationSheetResult {
  const result: ApplicationSheetResult = { planned: [], errors: [], warnings: [], rows: [] };
  if (sheet === null) return result;
  if (!sheet.has('providerSiret') && !sheet.has('providerName')) {
    result.errors.push({ sheet: sheet.label, row: 1, column: null, field: null, message: 'Colonne obligatoire absente : « SIRET du prestataire » ou « Nom du prestataire ».' });
    return result;
  }
  const seen = new Map<string, number>();
  for (const row of sheet.sheet.rows) {
    const issues = new RowIssues(sheet, row.row);
    issues.refuseControlCharacters(row);
    const provider = resolveProvider(sheet, row, references, providers);
    if (!provider.ok) issues.add(provider.key, provider.message);
    const { input, budgetAccounts } = readApplicationCells(sheet, row, issues, references);
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    const titleKey = toSearchText(title);
    const providerId = provider.ok && 'id' in provider.ref ? provider.ref.id : null;
    const existing = providerId !== null && title !== '' ? store.findByIdentity(providerId, titleKey) : undefined;
    const stored = existing ? store.storedFields(existing.id) : undefined;

    // Columns the file does not have keep what is stored, budget accounts included.
    const keptLines = stored ? stored.budgetLines.filter((line) => !budgetAccounts.has(line.account)) : [];
    // In the order of the Cerfa, like the form shows them; a stable sort keeps labelled repeats in place.
    const budgetLines = [...keptLines, ...(input.budgetLines ?? [])].sort((left, right) => (ACCOUNT_ORDER.get(left.account) ?? 0) - (ACCOUNT_ORDER.get(right.account) ?? 0));
    const candidate = { ...(stored ?? {}), ...input, budgetLines, callId: references.callId, providerId: providerId ?? PLACEHOLDER_PROVIDER_ID };
    const parsed = applicationCreateSchema.safeParse(candidate);
    if (!parsed.success) {
      issues.addSchemaIssues(parsed.error, (path) => {
        const [field, position] = path;
        if (field === 'budgetLines' && typeof position === 'number') {
          const account = budgetLines[position]?.account;
          return account === undefined ? null : budgetColumnKey(account);
        }
        if (field === 'providerId') return sheet.has('providerSiret') ? 'providerSiret' : 'providerName';
        const key = (typeof field === 'string' ? (FIELD_COLUMNS[field] ?? field) : '') as ApplicationColumnKey;
        return sheet.has(key) ? key : null;
      });
    }

    const providerKey = provider.ok ? ('id' in provider.ref ? `id:${provider.ref.id}` : `plan:${provider.ref.planIndex}`) : null;
    if (providerKey !== null && title !== '') {
      const identity = `${providerKey}|${titleKey}`;
      const twin = seen.get(identity);
      if (twin !== undefined) issues.add('title', `Dossier en double dans le fichier : même prestataire et même intitulé qu’à la ligne ${twin}.`);
      else seen.set(identity, row.row);
    }

    const label = `${title === '' ? `Ligne ${row.row}` : title}${provider.ok ? ` — ${provider.name}` : ''}`;
    if (issues.hasErrors || !parsed.success || !provider.ok) {
      result.errors.push(...issues.list);
      result.rows.push({ sheet: sheet.label, row: row.row, status: 'error', label });
      continue;
    }
    const status: WriteStatus = !stored ? 'created' : sameApplication(stored, parsed.data) ? 'unchanged' : 'updated';
    result.planned.push({ row: row.row, label, status, existingId: existing?.id ?? null, provider: provider.ref, fields: parsed.data });
    result.rows.push({ sheet: sheet.label, row: row.row, status, label });
    if (status === 'updated' && existing && existing.status !== 'brouillon') {
      result.warnings.push({ sheet: sheet.label, row: row.row, column: null, field: null, message: `Dossier n° ${existing.id} au statut « ${APPLICATION_STATUS_LABELS[existing.status]} » : l’import en modifie le contenu.` });
    }
  }
  return result;
}
