// A horizontal bar chart for printed documents. Drawn as a table of pdfmake canvas vectors rather than
// an SVG: labels and amounts stay text in the embedded Roboto (SVG text would fall back to a standard,
// non-embedded font, which PDF/A forbids), and a row never splits across pages.
import type { CanvasElement, Column, Content, TableCell } from 'pdfmake/interfaces';
import { COLORS } from './document-frame.ts';

export type Bar = {
  label: string;
  /** Integer cents (or any non-negative quantity): the filled bar. */
  value: number;
  /** What the value is compared to (an envelope), drawn as an outline; null when there is none. */
  reference: number | null;
  valueText: string;
  /** Printed under the value, e.g. "sur 120 000,00 €". */
  referenceText?: string;
};

export type BarGeometry = { valueWidth: number; referenceWidth: number | null; over: boolean };

const BAR_HEIGHT = 11;
const FILL = '#3b6fa0';
const TRACK = '#f1f3f5';

/**
 * Widths of each bar on one common scale (the largest value or reference fills the track), so that
 * bars compare with each other and with their envelope. A non-zero value is never drawn thinner than
 * a hairline: "a little" must not look like "nothing".
 */
export function barGeometry(bars: readonly Bar[], trackWidth: number): BarGeometry[] {
  const scale = Math.max(0, ...bars.map((bar) => Math.max(bar.value, bar.reference ?? 0)));
  const width = (value: number) => (scale === 0 || value <= 0 ? 0 : Math.max(1, (value / scale) * trackWidth));
  return bars.map((bar) => ({
    valueWidth: width(bar.value),
    referenceWidth: bar.reference === null ? null : width(bar.reference),
    over: bar.reference !== null && bar.value > bar.reference,
  }));
}

function barVectors(geometry: BarGeometry, trackWidth: number): CanvasElement[] {
  const vectors: CanvasElement[] = [{ type: 'rect', x: 0, y: 2, w: trackWidth, h: BAR_HEIGHT, color: TRACK }];
  if (geometry.valueWidth > 0) vectors.push({ type: 'rect', x: 0, y: 2, w: geometry.valueWidth, h: BAR_HEIGHT, color: geometry.over ? COLORS.warning : FILL });
  // The envelope is an outline drawn over the bar: where the bar stops short of it, the gap is what remains.
  if (geometry.referenceWidth !== null && geometry.referenceWidth > 0) {
    vectors.push({ type: 'rect', x: 0, y: 1, w: geometry.referenceWidth, h: BAR_HEIGHT + 2, lineColor: COLORS.ink, lineWidth: 0.8 });
  }
  vectors.push({ type: 'line', x1: 0, y1: 0, x2: 0, y2: BAR_HEIGHT + 4, lineWidth: 0.8, lineColor: COLORS.muted });
  return vectors;
}

function legendItem(vector: CanvasElement, text: string): Column[] {
  return [
    { canvas: [vector], width: 16, margin: [0, 1, 0, 0] },
    { text, style: 'small', width: 'auto', margin: [0, 0, 12, 0] },
  ];
}

/** The chart: label | bar | amount, one row per bar, then a legend of what the shapes mean. */
export function horizontalBarChart(bars: readonly Bar[], options: { labelWidth: number; trackWidth: number; amountWidth: number }): Content {
  const geometry = barGeometry(bars, options.trackWidth);
  const rows: TableCell[][] = bars.map((bar, index) => [
    { text: bar.label, fontSize: 8.5 },
    { canvas: barVectors(geometry[index] ?? { valueWidth: 0, referenceWidth: null, over: false }, options.trackWidth) },
    {
      stack: [
        { text: bar.valueText, bold: true, fontSize: 8.5, alignment: 'right', color: geometry[index]?.over ? COLORS.warning : COLORS.ink },
        ...(bar.referenceText ? [{ text: bar.referenceText, fontSize: 7.5, color: COLORS.muted, alignment: 'right' as const }] : []),
      ],
    },
  ]);
  const hasReference = bars.some((bar) => bar.reference !== null);
  const over = geometry.some((item) => item.over);
  return {
    stack: [
      {
        table: { widths: [options.labelWidth, options.trackWidth, options.amountWidth], body: rows, dontBreakRows: true },
        layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 4, paddingRight: () => 4 },
      },
      {
        margin: [options.labelWidth + 8, 4, 0, 0],
        columns: [
          ...legendItem({ type: 'rect', x: 0, y: 0, w: 12, h: 8, color: FILL }, 'Montant proposé'),
          ...(hasReference ? legendItem({ type: 'rect', x: 0, y: 0, w: 12, h: 8, lineColor: COLORS.ink, lineWidth: 0.8 }, 'Enveloppe du levier') : []),
          ...(over ? legendItem({ type: 'rect', x: 0, y: 0, w: 12, h: 8, color: COLORS.warning }, 'Au-delà de l’enveloppe') : []),
        ],
      },
    ],
  };
}
