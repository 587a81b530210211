// French words of the import screen, kept in one place so the preview and the final report agree.
import type { ImportCounts, ImportReport, ImportRowStatus } from '../../../../core/service/api.ts';

export const IMPORT_PATH = '/import';

/** The kinds of rows a file may hold, in the order the host reads them (providers first). */
export const IMPORT_KINDS = ['providers', 'applications'] as const satisfies (keyof ImportCounts)[];
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const KIND_LABELS: Record<ImportKind, string> = { providers: 'Prestataires', applications: 'Dossiers' };

/**
 * Before the commit a row is only planned ("À créer"); after it, done ("Créé"). The word carries the
 * meaning, the colour only helps the eye.
 */
export const ROW_STATUS_LABELS: Record<'preview' | 'done', Record<ImportRowStatus, string>> = {
  preview: { created: 'À créer', updated: 'À mettre à jour', unchanged: 'Inchangé', error: 'Erreur' },
  done: { created: 'Créé', updated: 'Mis à jour', unchanged: 'Inchangé', error: 'Erreur' },
};
export const ROW_STATUS_COLORS: Record<ImportRowStatus, string> = { created: 'teal', updated: 'blue', unchanged: 'gray', error: 'red' };
/** Even the darkest teal stays below 4.5:1 on Mantine's light tint (RGAA asks for AA): outlined words on white instead. */
export const ROW_STATUS_TEXT: Record<ImportRowStatus, string> = { created: 'teal.9', updated: 'blue.9', unchanged: 'gray.8', error: 'red.9' };

const NOUNS: Record<ImportKind, [string, string]> = { providers: ['prestataire', 'prestataires'], applications: ['dossier', 'dossiers'] };

/** "1 dossier", "3 prestataires", "0 dossier" (French keeps the singular below two). */
export function countOf(kind: ImportKind, count: number): string {
  const [one, many] = NOUNS[kind];
  return `${count.toLocaleString('fr-FR')} ${count >= 2 ? many : one}`;
}

/** "créé" or "créés": the participle agrees with the count (both nouns are masculine; "mis" never changes). */
const participle = (word: string, count: number) => (count >= 2 ? `${word}s` : word);

/** The kinds the file actually held: those with a counted row, a listed row or an issue on their sheet. */
export function kindsInReport(report: ImportReport): ImportKind[] {
  const sheets = new Set([...report.rows, ...report.errors, ...report.warnings].map((item) => item.sheet));
  return IMPORT_KINDS.filter(
    (kind) => sheets.has(KIND_LABELS[kind]) || report.created[kind] + report.updated[kind] + report.unchanged[kind] > 0,
  );
}

/** "3 dossiers créés, 0 mis à jour, 1 inchangé", one clause per kind the file held. */
export function reportSentence(report: ImportReport): string {
  const clauses = kindsInReport(report).map((kind) => {
    const created = report.created[kind];
    const updated = report.updated[kind];
    const unchanged = report.unchanged[kind];
    return `${countOf(kind, created)} ${participle('créé', created)}, ${updated} mis à jour, ${unchanged} ${participle('inchangé', unchanged)}`;
  });
  return clauses.length > 0 ? `${clauses.join(' ; ')}.` : 'aucune ligne à importer.';
}
