// A session's results and avis as a spreadsheet, row for row the deliberation's table in the order the
// chair chose. Built on the scoring service's own results, so the sealed rule is theirs: before the
// reveal they hold no figure, and the export is refused rather than written without them.
import { getSession } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { AVIS_LABELS, envelopeTotals } from '../../domain/jury/avis.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { formatEuros } from '../../domain/money.ts';
import type { ParsedInput } from '../api.ts';
import { sessionResults } from '../scoring/session-results.ts';
import type { ExportedFile } from './exports-api.ts';
import { frenchDateAtTime } from './local-time.ts';
import { orderOutcomes } from './results-order.ts';
import { exportTable, type ExportColumn, type ExportTable } from './spreadsheet.ts';

export const SEALED_EXPORT_REFUSAL =
  'Les notes de cette séance sont scellées : les résultats ne peuvent être exportés qu’après leur révélation par le président, avec son code PIN. L’avancement de la notation, sans aucune note, peut être exporté dès maintenant.';

const BEFORE_CRITERIA: readonly ExportColumn[] = [
  { header: 'Rang', kind: 'integer', width: 7 },
  { header: 'N° de passage', kind: 'integer', width: 10 },
  { header: 'N° dossier', kind: 'integer', width: 10 },
  { header: 'Dossier', kind: 'text', width: 44 },
  { header: 'Prestataire', kind: 'text', width: 28 },
  { header: 'Levier', kind: 'integer', width: 8 },
  { header: 'Jurés comptés', kind: 'integer', width: 10 },
  { header: 'Déports (conflits)', kind: 'integer', width: 11 },
  { header: 'Moyenne /20', kind: 'score', width: 11 },
  { header: 'Médiane /20', kind: 'score', width: 11 },
  { header: 'Min /20', kind: 'score', width: 9 },
  { header: 'Max /20', kind: 'score', width: 9 },
  { header: 'Écart type', kind: 'score', width: 9 },
  { header: 'Désaccord', kind: 'text', width: 11 },
];

const AFTER_CRITERIA: readonly ExportColumn[] = [
  { header: 'Demandé', kind: 'money', width: 16 },
  { header: 'Proposé', kind: 'money', width: 16 },
  { header: 'Cumul proposé (ordre du tableau)', kind: 'money', width: 18 },
  { header: 'Au-delà de l’enveloppe', kind: 'text', width: 12 },
  { header: 'Avis', kind: 'text', width: 22 },
  { header: 'Conditions', kind: 'text', width: 36 },
  { header: 'Motifs', kind: 'text', width: 36 },
  { header: 'Motivation', kind: 'text', width: 48 },
];

const ORDER_WORDS = { rank: 'par rang', position: 'dans l’ordre de passage' } as const;

export function resultsTable(db: Db, input: Omit<ParsedInput<'sessions.exportResults'>, 'format'>, exportedAt: string): ExportTable {
  const session = getSession(db, input.sessionId);
  const results = sessionResults(db, input.sessionId);
  if (results.revealedAt === null) throw new AppError('precondition', SEALED_EXPORT_REFUSAL);
  const ordered = orderOutcomes(results.outcomes, input.order, input.disputedFirst);
  // The running total follows the rows as written, as under each amount on screen.
  const running = envelopeTotals(
    ordered.map((outcome) => ({ leverNumber: outcome.leverNumber, proposedCents: outcome.avis?.proposedCents ?? null })),
    results.envelope.envelopeCents,
  ).running;
  const criteria = ordered[0]?.criterionMeans ?? [];
  const columns = [...BEFORE_CRITERIA, ...criteria.map((criterion): ExportColumn => ({ header: `${criterion.label} (moyenne)`, kind: 'score', width: 12 })), ...AFTER_CRITERIA];
  const proposed = results.envelope.proposedCents;
  return {
    sheetName: 'Résultats',
    title: `Résultats et avis — ${session.title} (${formatFrenchDate(session.heldOn)}) — exportés le ${frenchDateAtTime(exportedAt)}`,
    subtitle: [
      session.callTitle,
      `notes révélées le ${frenchDateAtTime(results.revealedAt)}${session.revealedBy ? ` par ${session.revealedBy}` : ''}`,
      `classés ${ORDER_WORDS[input.order]}${input.disputedFirst ? ', les plus disputés d’abord' : ''}`,
      `enveloppe ${formatEuros(results.envelope.envelopeCents)}, ${formatEuros(proposed)} proposés`,
      'notes sur 20 calculées sans arrondi',
    ].join(' · '),
    columns,
    rows: ordered.map((outcome, index) => [
      outcome.rank,
      outcome.position,
      outcome.applicationId,
      outcome.title,
      outcome.providerName,
      outcome.leverNumber,
      outcome.jurorsCounted,
      outcome.conflictedCount,
      outcome.mean,
      outcome.median,
      outcome.min,
      outcome.max,
      outcome.stdDev,
      outcome.disagreement ? 'oui' : '',
      ...criteria.map((criterion) => outcome.criterionMeans.find((mean) => mean.key === criterion.key)?.mean ?? null),
      outcome.requestedCents,
      outcome.avis ? outcome.avis.proposedCents : null,
      running[index]?.proposedCents ?? null,
      running[index]?.overEnvelope ? 'oui' : '',
      outcome.avis ? AVIS_LABELS[outcome.avis.kind] : 'Pas d’avis',
      outcome.avis?.conditions ?? '',
      outcome.avis?.reasons ?? '',
      outcome.avis?.motivation ?? '',
    ]),
  };
}

export function exportSessionResults(db: Db, input: ParsedInput<'sessions.exportResults'>, now: Date): Promise<ExportedFile> {
  const { format, ...rest } = input;
  const table = resultsTable(db, rest, now.toISOString());
  const { heldOn } = getSession(db, input.sessionId);
  return exportTable(table, format, `resultats-seance-${input.sessionId}-${heldOn}`, now);
}
