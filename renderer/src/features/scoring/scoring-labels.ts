// French wording shared by jury mode and the deliberation, so both screens agree (addresses: sessions/session-labels.ts).
import { formatScore } from '../../../../core/domain/jury/results.ts';
import type { JurorProgress, JurySession } from '../../../../core/service/api.ts';


export type JuryItem = JurySession['applications'][number];
export type JuryItemState = 'todo' | 'started' | 'complete' | 'conflict';

export const JURY_ITEM_STATE_LABELS: Record<JuryItemState, string> = {
  todo: 'À noter',
  started: 'En cours',
  complete: 'Complète',
  conflict: 'Conflit d’intérêts',
};

/** Why a sheet scored on every criterion is not complete yet: "Commentaire obligatoire à écrire : « Mobilité »." */
export function missingCommentsText(labels: readonly string[]): string {
  const quoted = labels.map((label) => `« ${label} »`).join(', ');
  return labels.length > 1 ? `Commentaires obligatoires à écrire : ${quoted}.` : `Commentaire obligatoire à écrire : ${quoted}.`;
}

export function juryItemState(item: JuryItem): JuryItemState {
  if (item.isConflicted) return 'conflict';
  if (item.isComplete) return 'complete';
  return item.answered > 0 ? 'started' : 'todo';
}

export const SHEET_SOURCE_LABELS: Record<NonNullable<JurorProgress['source']>, string> = {
  app: 'Application',
  paper: 'Fiche papier',
  pack: 'Paquet de notes',
};

/** "12,35", or a dash where no juror counted. */
export function scoreText(value: number | null): string {
  return value === null ? '—' : formatScore(value);
}

/** "3 dossiers", "1 dossier". */
export function plural(count: number, word: string): string {
  return `${count.toLocaleString('fr-FR')} ${word}${count > 1 ? 's' : ''}`;
}

/**
 * A juror's comment as the avis quotes it: in French quotes (no-break spaces inside, so that a line
 * never breaks there), on one line, signed "un membre du jury" — the avis is the commission's word, and
 * who said what stays in the deliberation, like the individual scores.
 */
export function avisQuote(comment: string, criterionLabel: string): string {
  return `«\u00a0${comment.replace(/\s+/gu, ' ').trim()}\u00a0» — un membre du jury (${criterionLabel})`;
}
