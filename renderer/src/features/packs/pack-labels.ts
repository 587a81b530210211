// Addresses and French wording of the offline laptops: the jury pack the chair hands a juror, and the
// score pack that comes back.
import type { OpenedJuryPack, ScorePackImport } from '../../../../core/service/api.ts';
import { formatDateTime } from '../applications/application-labels.ts';
import { plural } from '../scoring/scoring-labels.ts';
import { formatLongDate, juryModePath } from '../sessions/session-labels.ts';

/** Where a juror's laptop opens its pack, and where it exports the notes afterwards. */
export const JURY_PACK_PATH = '/dossier-jure';

/** Jury mode with the pack's juror already chosen: only the PIN is left to type. */
export const laptopJuryPath = (pack: Pick<OpenedJuryPack, 'sessionId' | 'jurorId'>) => `${juryModePath(pack.sessionId)}?jure=${pack.jurorId}`;

export const JURY_PACK_EXTENSION = '.pacte-jure';
export const SCORE_PACK_EXTENSION = '.pacte-notes';

/** « text » with the non-breaking spaces French puts inside guillemets, so that a line never breaks there. */
export function quoted(text: string): string {
  return `«\u00a0${text}\u00a0»`;
}

/** "Poste de juré — dossier de la séance du 12 mars 2018 (Claire Dubois)". */
export function laptopBannerText(pack: OpenedJuryPack): string {
  return `Poste de juré — dossier de la séance du ${formatLongDate(pack.heldOn)} (${pack.jurorName})`;
}

/** "1 pièce jointe", "12 pièces jointes". */
export function attachmentsText(count: number): string {
  return count > 1 ? `${count.toLocaleString('fr-FR')} pièces jointes` : `${count} pièce jointe`;
}

/** A score pack's instant, as the laptop wrote it (UTC), read in local time. */
export function savedAtText(iso: string): string {
  return formatDateTime(iso);
}

/** "3 fiches, toutes soumises", "2 fiches, dont 1 soumise", "1 fiche, aucune soumise". */
export function sheetsText(sheetCount: number, submittedCount: number): string {
  let submitted: string;
  if (submittedCount === sheetCount) submitted = sheetCount > 1 ? 'toutes soumises' : 'soumise';
  else if (submittedCount === 0) submitted = 'aucune soumise';
  else submitted = `dont ${submittedCount.toLocaleString('fr-FR')} soumise${submittedCount > 1 ? 's' : ''}`;
  return `${plural(sheetCount, 'fiche')}, ${submitted}`;
}

/** The import's outcome in one sentence, ahead of the details. */
export function importSummary(report: ScorePackImport): string {
  if (report.status === 'unchanged') return `Ce fichier de notes de ${report.jurorName} a déjà été importé : rien n’a changé.`;
  if (report.sheetCount === 0) return `Fichier de notes de ${report.jurorName} importé : il ne contient aucune fiche.`;
  return `Notes de ${report.jurorName} importées : ${sheetsText(report.sheetCount, report.submittedCount)}.`;
}
