// Where each juror stands, as a spreadsheet for the chair's follow-up: sheets complete and submitted over
// those to score, by which road, since when. Counts only, at every stage: never a score, a mean or a rank.
import { getSession } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import type { ParsedInput } from '../api.ts';
import { sessionResults } from '../scoring/session-results.ts';
import type { JurorProgress } from '../scoring/scoring-api.ts';
import { SESSION_STATUS_LABELS } from '../sessions/sessions-api.ts';
import type { ExportedFile } from './exports-api.ts';
import { frenchDateAtTime, localDay } from './local-time.ts';
import { exportTable, type ExportColumn, type ExportTable } from './spreadsheet.ts';

export const PROGRESS_COLUMNS: readonly ExportColumn[] = [
  { header: 'Membre du jury', kind: 'text', width: 30 },
  { header: 'Préside la séance', kind: 'text', width: 11 },
  { header: 'Fiches complètes', kind: 'integer', width: 11 },
  { header: 'Fiches soumises', kind: 'integer', width: 11 },
  { header: 'Dossiers à noter', kind: 'integer', width: 11 },
  { header: 'Notation', kind: 'text', width: 15 },
  { header: 'Saisie', kind: 'text', width: 16 },
  { header: 'Soumise le', kind: 'datetime', width: 17 },
];

const SOURCE_LABELS: Readonly<Record<NonNullable<JurorProgress['source']>, string>> = { app: 'Application', paper: 'Fiche papier', pack: 'Paquet de notes' };

/** The words of the screen's badge. */
function notation(juror: JurorProgress): string {
  if (juror.isSubmitted) return 'Soumise';
  return juror.source === null ? 'Pas commencée' : 'En cours';
}

export function progressTable(db: Db, sessionId: number, exportedAt: string): ExportTable {
  const session = getSession(db, sessionId);
  // The progress the deliberation page shows, in its order; the submitted counts of the session page.
  const { progress } = sessionResults(db, sessionId);
  const submitted = new Map(session.members.map((member) => [member.id, member.submittedCount]));
  const done = progress.filter((juror) => juror.isSubmitted).length;
  return {
    sheetName: 'Avancement',
    title: `Avancement de la notation — ${session.title} (${formatFrenchDate(session.heldOn)}) — au ${frenchDateAtTime(exportedAt)}`,
    subtitle: `${session.callTitle} · séance ${SESSION_STATUS_LABELS[session.status]} · ${done} membre${done > 1 ? 's' : ''} sur ${progress.length} ${done > 1 ? 'ont' : 'a'} soumis · fiches comptées, aucune note`,
    columns: PROGRESS_COLUMNS,
    rows: progress.map((juror) => [
      juror.jurorName,
      juror.jurorId === session.chairJurorId ? 'oui' : '',
      juror.completeCount,
      submitted.get(juror.jurorId) ?? 0,
      juror.toScoreCount,
      notation(juror),
      juror.source === null ? '' : SOURCE_LABELS[juror.source],
      juror.submittedAt,
    ]),
  };
}

export function exportSessionProgress(db: Db, input: ParsedInput<'sessions.exportProgress'>, now: Date): Promise<ExportedFile> {
  const exportedAt = now.toISOString();
  return exportTable(progressTable(db, input.sessionId, exportedAt), input.format, `avancement-notation-seance-${input.sessionId}-${localDay(exportedAt)}`, now);
}
