// What every scoring act reads first: the session, its grid, its agenda with the conflicts of
// interest, and the checks of status and of conflict that the service (not only the screen) enforces.
import { getGrid } from '../../../db/queries/grid-queries.ts';
import type { SheetRow } from '../../../db/queries/scoring-sheets.ts';
import { activeConflicts, agendaItems, sessionRow, type SessionRow } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import type { EvaluationGrid } from '../../domain/jury/grid.ts';
import type { ConflictsByApplication } from '../../domain/jury/results.ts';
import { isSessionFrozen, SESSION_STATUS_LABELS, type SessionStatus } from '../../domain/jury/session-status.ts';
import type { AgendaItem } from '../sessions/sessions-api.ts';

export type ScoringSession = { session: SessionRow; grid: EvaluationGrid; agenda: AgendaItem[] };

export function scoringSession(db: Db, sessionId: number): ScoringSession {
  const session = sessionRow(db, sessionId);
  return { session, grid: getGrid(db, session.gridId).definition, agenda: agendaItems(db, sessionId, activeConflicts(db, sessionId)) };
}

/** Conflicts still in force, on the application itself or on its provider. */
export function isConflicted(item: AgendaItem, jurorId: number): boolean {
  return item.conflictedJurorIds.includes(jurorId);
}

/** The applications a juror scores: the agenda, less those they are in conflict with. */
export function applicationsToScore(agenda: readonly AgendaItem[], jurorId: number): AgendaItem[] {
  return agenda.filter((item) => !isConflicted(item, jurorId));
}

export function conflictsByApplication(agenda: readonly AgendaItem[]): ConflictsByApplication {
  return new Map(agenda.map((item) => [item.applicationId, new Set(item.conflictedJurorIds)]));
}

export function requireAgendaItem(agenda: readonly AgendaItem[], applicationId: number, path = 'applicationId'): AgendaItem {
  const item = agenda.find((candidate) => candidate.applicationId === applicationId);
  if (!item) throw new AppError('not_found', `Le dossier n° ${applicationId} n’est pas à l’ordre du jour de cette séance.`, [{ path, message: 'Pas à l’ordre du jour.' }]);
  return item;
}

/** A juror in conflict neither sees nor scores the application: refused here, whatever the screen shows. */
export function refuseIfConflicted(item: AgendaItem, jurorId: number, who: string): void {
  if (isConflicted(item, jurorId)) {
    throw new AppError('forbidden', `${who} en conflit d’intérêts avec le dossier « ${item.title} » : cette fiche ne peut être ni ouverte ni notée.`, [
      { path: 'applicationId', message: 'Conflit d’intérêts.' },
    ]);
  }
}

/** Closing the session froze its scores and avis: nothing is written until it is reopened, with a reason. */
export function refuseIfFrozen(session: SessionRow): void {
  if (isSessionFrozen(session.status)) {
    throw new AppError('precondition', 'La séance est close : ses notes et ses avis sont figés. Rouvrez-la (avec un motif) pour les modifier.');
  }
}

/** The act needs the session in one of these statuses; says in French where it stands. */
export function requireStatus(session: SessionRow, allowed: readonly SessionStatus[], act: string): void {
  refuseIfFrozen(session);
  if (!allowed.includes(session.status)) {
    const wanted = allowed.map((status) => SESSION_STATUS_LABELS[status]).join(' ou ');
    throw new AppError('precondition', `${act} : la séance est ${SESSION_STATUS_LABELS[session.status]}, elle doit être ${wanted}.`, [{ path: 'sessionId', message: 'État de la séance.' }]);
  }
}

const SOURCE_WORDS = { app: 'dans l’application', pack: 'par un paquet de notes', paper: 'sur papier' } as const;

/**
 * A sheet the juror sealed themselves (in the app, or from their laptop's pack) is theirs: the chair
 * reopens it, with a reason, before replacing it. A paper sheet the chair entered may be entered again.
 */
export function paperReplacementProblem(existing: Pick<SheetRow, 'status' | 'source'> | undefined, jurorName: string, title: string): string | null {
  if (existing?.status !== 'submitted' || existing.source === 'paper') return null;
  return `${jurorName} a déjà soumis sa fiche pour « ${title} » ${SOURCE_WORDS[existing.source]} : rouvrez ses fiches (avec un motif) avant de la remplacer.`;
}

/** "Fiche de Bruno", "Fiche d’Agnès": French elides "de" before a vowel. */
export function sheetOf(jurorName: string): string {
  return /^[aeiouyàâéèêîôû]/iu.test(jurorName) ? `Fiche d’${jurorName}` : `Fiche de ${jurorName}`;
}
