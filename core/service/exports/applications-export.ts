// "Dossiers" as a spreadsheet: the rows of the list with the same filters and order, every matching one
// (the list's own query, not the page a screen loaded), and a subtitle saying which filters made them.
import { listApplications, type ApplicationFilters } from '../../../db/queries/application-read.ts';
import { listCalls } from '../../../db/queries/call-queries.ts';
import { getProvider } from '../../../db/queries/provider-queries.ts';
import { listTerritories } from '../../../db/queries/territory-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { AVIS_LABELS } from '../../domain/jury/avis.ts';
import { formatEuros } from '../../domain/money.ts';
import { APPLICATION_STATUS_LABELS, type APPLICATION_SORTS, type ApplicationList } from '../applications/applications-api.ts';
import type { ParsedInput } from '../api.ts';
import type { ExportedFile } from './exports-api.ts';
import { frenchDateAtTime, localDay } from './local-time.ts';
import { exportTable, type ExportColumn, type ExportTable } from './spreadsheet.ts';

type Sort = (typeof APPLICATION_SORTS)[number];

export const APPLICATION_COLUMNS: readonly ExportColumn[] = [
  { header: 'N° dossier', kind: 'integer', width: 10 },
  { header: 'Intitulé', kind: 'text', width: 50 },
  { header: 'Prestataire', kind: 'text', width: 32 },
  { header: 'Appel', kind: 'integer', width: 8 },
  { header: 'Objectif', kind: 'text', width: 10 },
  { header: 'Demandé', kind: 'money', width: 16 },
  { header: 'Avis de la CAI', kind: 'text', width: 22 },
  { header: 'Proposé', kind: 'money', width: 16 },
  { header: 'Statut', kind: 'text', width: 13 },
  { header: 'Modifié le', kind: 'date', width: 12 },
];

const SORT_WORDS: Readonly<Record<Sort, string>> = {
  title: 'intitulé',
  provider: 'prestataire',
  requested: 'montant demandé',
  status: 'statut',
  updated: 'date de modification',
  avis: 'avis (favorables d’abord)',
};

/** A name for an id the list was filtered by; the bare number if it no longer exists (the list is then empty). */
function nameOr(fallback: string, read: () => string | undefined): string {
  try {
    return read() ?? fallback;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return fallback;
    throw error;
  }
}

/** "appel « Appel à projets 2018 », statut Recevable, recherche « vélo »", or "aucun filtre". */
export function describeFilters(db: Db, filters: ApplicationFilters): string {
  const parts: string[] = [];
  const { callId, providerId, territoryId } = filters;
  if (callId !== undefined) parts.push(`appel « ${nameOr(`n° ${callId}`, () => listCalls(db).find((call) => call.id === callId)?.title)} »`);
  if (filters.status !== undefined) parts.push(`statut ${APPLICATION_STATUS_LABELS[filters.status]}`);
  if (filters.avis !== undefined) parts.push(`avis ${filters.avis === 'aucun' ? 'pas encore donné' : AVIS_LABELS[filters.avis]}`);
  if (filters.leverNumber !== undefined) parts.push(`levier ${filters.leverNumber}`);
  if (territoryId !== undefined) parts.push(`territoire « ${nameOr(`n° ${territoryId}`, () => listTerritories(db, true).find((territory) => territory.id === territoryId)?.name)} »`);
  if (providerId !== undefined) parts.push(`prestataire « ${nameOr(`n° ${providerId}`, () => getProvider(db, providerId).name)} »`);
  if (filters.query !== undefined && filters.query !== '') parts.push(`recherche « ${filters.query} »`);
  return parts.length === 0 ? 'aucun filtre' : parts.join(', ');
}

/** Every matching row: the list's query asked once for the count, then for that many rows. */
export function allMatchingApplications(db: Db, filters: ApplicationFilters, order: { sort: Sort; descending: boolean }): ApplicationList {
  const first = listApplications(db, filters, order, { limit: 1, offset: 0 });
  return first.total <= first.items.length ? first : listApplications(db, filters, order, { limit: first.total, offset: 0 });
}

export function applicationsTable(db: Db, input: Omit<ParsedInput<'applications.export'>, 'format'>, exportedAt: string): ExportTable {
  const { sort, descending, ...filters } = input;
  const list = allMatchingApplications(db, filters, { sort, descending });
  const count = `${list.total.toLocaleString('fr-FR')} dossier${list.total > 1 ? 's' : ''}`;
  const proposed = list.proposedTotalCents > 0 ? ` · ${formatEuros(list.proposedTotalCents)} proposés` : '';
  return {
    sheetName: 'Dossiers',
    title: `Dossiers de demande — exportés le ${frenchDateAtTime(exportedAt)}`,
    subtitle: `Filtres : ${describeFilters(db, filters)} · tri : ${SORT_WORDS[sort]}${descending ? ', décroissant' : ''} · ${count} · ${formatEuros(list.requestedTotalCents)} demandés${proposed}`,
    columns: APPLICATION_COLUMNS,
    rows: list.items.map((item) => [
      item.id,
      item.title,
      item.providerName,
      item.callYear,
      item.primaryObjectiveCode,
      item.requestedCents,
      item.avisKind === null ? 'Pas encore d’avis' : AVIS_LABELS[item.avisKind],
      // As on screen: an amount only where the avis proposes one (an adjourned file proposes nothing, not 0 €).
      item.avisProposedCents !== null && item.avisProposedCents > 0 ? item.avisProposedCents : null,
      APPLICATION_STATUS_LABELS[item.status],
      localDay(item.updatedAt),
    ]),
  };
}

export function exportApplications(db: Db, input: ParsedInput<'applications.export'>, now: Date): Promise<ExportedFile> {
  const { format, ...rest } = input;
  const exportedAt = now.toISOString();
  return exportTable(applicationsTable(db, rest, exportedAt), format, `dossiers-${localDay(exportedAt)}`, now);
}
