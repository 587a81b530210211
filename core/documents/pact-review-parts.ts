// Pieces shared by the COPIL review and the evaluation of the action plan: completion by lever (a chart
// and its table), the abandoned actions (always listed), and the bar chart with a legend of its own.
import type { Content, ContentStack, ContentText, TableCell } from 'pdfmake/interfaces';
import { formatCompletion, type AbandonedAction, type LeverCompletion } from '../domain/pact-review.ts';
import { horizontalBarChart, type Bar } from './bar-chart.ts';
import { COLORS, dataTable, keptWithNext } from './document-frame.ts';
import { paragraph, paragraphTexts } from './page-flow.ts';

export const heading = (text: string, spaceBelow?: number): ContentText => keptWithNext({ text, style: 'h2' }, spaceBelow);
export const subheading = (text: string): ContentText => keptWithNext({ text, bold: true, fontSize: 10, color: COLORS.accent, margin: [0, 8, 0, 3] });
export const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, alignment: 'right', ...extra });
export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
export const count = (value: number) => value.toLocaleString('fr-FR').replace(/\u202F/gu, '\u00A0');

export type LeverWithAbandoned = LeverCompletion & { abandoned: AbandonedAction[] };

/** "Levier 3 – Insertion professionnelle". */
export const leverName = (lever: { number: number; title: string }) => `Levier ${lever.number}${lever.title ? ` – ${lever.title}` : ''}`;

/**
 * The app's bar chart (bar-chart.ts) with the legend this chart needs: that module's legend speaks of
 * proposed amounts and envelopes, so it is replaced by the words given here.
 */
export function barChart(bars: readonly Bar[], legend: { value: string; reference?: string }, widths = { labelWidth: 170, trackWidth: 230, amountWidth: 90 }): Content {
  const chart = horizontalBarChart(bars, widths) as ContentStack;
  const swatch = (filled: boolean) => ({ canvas: [filled ? { type: 'rect' as const, x: 0, y: 0, w: 12, h: 8, color: '#3b6fa0' } : { type: 'rect' as const, x: 0, y: 0, w: 12, h: 8, lineColor: COLORS.ink, lineWidth: 0.8 }], width: 16, margin: [0, 1, 0, 0] as [number, number, number, number] });
  const legendColumns = [swatch(true), { text: legend.value, style: 'small', width: 'auto', margin: [0, 0, 12, 0] as [number, number, number, number] }];
  if (legend.reference && bars.some((bar) => bar.reference !== null)) legendColumns.push(swatch(false), { text: legend.reference, style: 'small', width: 'auto', margin: [0, 0, 12, 0] });
  const [table] = chart.stack;
  return { stack: [table as Content, { margin: [widths.labelWidth + 8, 4, 0, 6], columns: legendColumns }], unbreakable: true };
}

/** Realised actions against the lever's actions: the completion rate, drawn on one scale for every lever. */
export function completionChart(levers: readonly LeverCompletion[], widths?: { labelWidth: number; trackWidth: number; amountWidth: number }): Content {
  return barChart(
    levers.map((lever) => ({
      label: leverName(lever),
      value: lever.realisees,
      reference: lever.actions,
      valueText: formatCompletion(lever.realisees, lever.actions),
      referenceText: `${count(lever.realisees)} sur ${count(lever.actions)}`,
    })),
    { value: 'Actions réalisées', reference: 'Actions du levier (abandonnées comprises)' },
    widths,
  );
}

export function completionTable(levers: readonly LeverCompletion[]): Content {
  const rows: TableCell[][] = levers.map((lever) => [
    leverName(lever),
    right(count(lever.actions)),
    right(count(lever.realisees)),
    right(count(lever.enCours)),
    right(count(lever.nonEngagees)),
    right(count(lever.abandonnees), lever.abandonnees > 0 ? { color: COLORS.warning } : {}),
    right(count(lever.late), lever.late > 0 ? { color: COLORS.warning } : {}),
    right(formatCompletion(lever.realisees, lever.actions), { bold: true }),
  ]);
  const total = (pick: (lever: LeverCompletion) => number) => sum(levers.map(pick));
  rows.push([
    { text: 'Ensemble du pacte', bold: true },
    right(count(total((l) => l.actions)), { bold: true }),
    right(count(total((l) => l.realisees)), { bold: true }),
    right(count(total((l) => l.enCours)), { bold: true }),
    right(count(total((l) => l.nonEngagees)), { bold: true }),
    right(count(total((l) => l.abandonnees)), { bold: true }),
    right(count(total((l) => l.late)), { bold: true }),
    right(formatCompletion(total((l) => l.realisees), total((l) => l.actions)), { bold: true }),
  ]);
  return { stack: [dataTable(['Levier', 'Actions', 'Réalisées', 'En cours', 'Non engagées', 'Abandonnées', 'En retard', 'Taux'], rows, ['*', 38, 44, 40, 48, 54, 44, 40], { alignRight: [1, 2, 3, 4, 5, 6, 7] })], fontSize: 8.5 };
}

/** Abandoned actions are counted in the rate's denominator and named here with their reason. */
export function abandonedList(levers: readonly LeverWithAbandoned[]): Content {
  const rows = levers.flatMap((lever) => lever.abandoned.map((action): TableCell[] => [action.code, action.title, String(lever.number), action.reason]));
  if (rows.length === 0) return { text: 'Aucune action du pacte n’est abandonnée.', margin: [0, 2, 0, 4] };
  return { stack: [dataTable(['Code', 'Action', 'Levier', 'Motif de l’abandon'], rows, [40, '*', 34, 170])], fontSize: 8.5 };
}

/** A text of the review, in paragraphs; said plainly when the COPIL wrote nothing. */
export function reviewText(text: string, empty: string): Content[] {
  const paragraphs = paragraphTexts(text);
  return paragraphs.length === 0 ? [{ text: empty, italics: true, color: COLORS.muted }] : paragraphs.map(paragraph);
}

export function figuresBox(figures: readonly [string, string][]): Content {
  return {
    table: { widths: figures.map(() => '*'), body: [figures.map(([label]) => ({ text: label, style: 'small' })), figures.map(([, value]) => ({ text: value, bold: true, fontSize: 10.5 }))] },
    layout: { hLineWidth: () => 0, vLineWidth: (index: number) => (index === 0 || index === figures.length ? 0 : 0.5), vLineColor: () => COLORS.rule, fillColor: () => '#f8f9fa' },
    margin: [0, 4, 0, 4],
  };
}
