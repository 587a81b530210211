// The annex of the report to the board listing the conventions and avenants it is asked to validate,
// with their totals by lever of the pact. A pure function of its data.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatEuros } from '../domain/money.ts';
import { dataTable } from './document-frame.ts';
import { plural } from './french-text.ts';

export type AnnexConvention = { number: string; providerName: string; title: string; leverNumber: number | null; instrumentLabel: string; statusLabel: string; totalCents: number };
export type AnnexAvenant = { conventionNumber: string; rank: number; providerName: string; previousTotalCents: number; newTotalCents: number; reason: string };
export type ConventionsAnnexData = { conventions: AnnexConvention[]; avenants: AnnexAvenant[]; leverTitles: { number: number; title: string }[] };

const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, alignment: 'right', ...extra });
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function byLever(annex: ConventionsAnnexData): { label: string; count: number; totalCents: number }[] {
  const titles = new Map(annex.leverTitles.map((lever) => [lever.number, lever.title]));
  const totals = new Map<number | null, { label: string; count: number; totalCents: number }>();
  for (const convention of annex.conventions) {
    const label = convention.leverNumber === null ? 'Sans levier' : `Levier ${convention.leverNumber} — ${titles.get(convention.leverNumber) ?? ''}`;
    const line = totals.get(convention.leverNumber) ?? { label, count: 0, totalCents: 0 };
    line.count += 1;
    line.totalCents += convention.totalCents;
    totals.set(convention.leverNumber, line);
  }
  return [...totals.entries()].sort(([a], [b]) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER)).map(([, line]) => line);
}

export function conventionsAnnex(annex: ConventionsAnnexData): Content[] {
  const total = sum(annex.conventions.map((convention) => convention.totalCents));
  const content: Content[] = [
    { text: `${plural(annex.conventions.length, 'acte', 'actes')} préparé${annex.conventions.length > 1 ? 's' : ''} d’après les avis de la séance, pour un total de ${formatEuros(total)}.`, margin: [0, 0, 0, 6] },
    {
      stack: [
        dataTable(
          ['N°', 'Organisme', 'Action', 'Acte', 'Statut', 'Montant'],
          [
            ...annex.conventions.map((convention): TableCell[] => [
              { text: convention.number, noWrap: true },
              convention.providerName,
              convention.title,
              convention.instrumentLabel,
              convention.statusLabel,
              right(formatEuros(convention.totalCents)),
            ]),
            [{ text: 'Total', bold: true, colSpan: 5 }, '', '', '', '', right(formatEuros(total), { bold: true })],
          ],
          [62, 90, '*', 62, 58, 62],
          { alignRight: [5] },
        ),
      ],
      fontSize: 8,
    },
    { text: 'Totaux par levier du pacte', bold: true, fontSize: 9, margin: [0, 10, 0, 4] },
    {
      stack: [
        dataTable(
          ['Levier', 'Actes', 'Montant'],
          byLever(annex).map((line): TableCell[] => [line.label, right(String(line.count)), right(formatEuros(line.totalCents))]),
          ['*', 50, 80],
          { alignRight: [1, 2] },
        ),
      ],
      fontSize: 8.5,
    },
  ];
  if (annex.avenants.length > 0) {
    content.push(
      { text: 'Avenants soumis au conseil', bold: true, fontSize: 9, margin: [0, 10, 0, 4] },
      {
        stack: [
          dataTable(
            ['Convention', 'Avenant', 'Organisme', 'Motif', 'Montant avant', 'Montant après'],
            annex.avenants.map((avenant): TableCell[] => [
              avenant.conventionNumber,
              `n° ${avenant.rank}`,
              avenant.providerName,
              avenant.reason,
              right(formatEuros(avenant.previousTotalCents)),
              right(formatEuros(avenant.newTotalCents)),
            ]),
            [62, 40, 80, '*', 62, 62],
            { alignRight: [4, 5] },
          ),
        ],
        fontSize: 8,
      },
    );
  }
  return content;
}
