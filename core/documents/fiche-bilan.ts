// Fiche bilan: one action's year as the manager reports it — the action and its convention, each common
// indicator's target against what was achieved (with its breakdowns and computed rates), the compte rendu
// financier with its gaps in euros and in percent, the outcome, the provider's account, the manager's
// appraisal, and where the bilan stands (status and decision). A pure function of its data.
import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatSiret } from '../domain/identifiers.ts';
import { formatEuros } from '../domain/money.ts';
import { COLORS, dataTable, framedDocument, keptWithNext, type DocumentFrame } from './document-frame.ts';
import { formatLongDate } from './french-text.ts';
import { headingWithText, paragraphTexts } from './page-flow.ts';

export type FicheBilanIndicator = {
  code: string;
  label: string;
  /** "personnes", "heures", "%"… */
  unit: string;
  target: number | null;
  /** Typed (sum), computed (ratio, derived) or null when the bilan does not give it. */
  actual: number | null;
  computed: boolean;
  /** actual / target, in percent (one decimal). */
  achievementPercent: number | null;
  /** The rate shown beside a count: "42,9 % de IC01". */
  rate: { percent: number; ofCode: string } | null;
  breakdowns: { label: string; cells: { label: string; value: number }[] }[];
};

export type FicheBilanLine = { account: string; label: string; plannedCents: number; actualCents: number; gapCents: number; gapPercent: number | null };
export type FicheBilanSide = { label: string; lines: FicheBilanLine[]; total: FicheBilanLine };

export type FicheBilanData = {
  bilan: {
    id: number;
    year: number;
    statusLabel: string;
    statusReason: string;
    decidedOn: string | null;
    decidedBy: string | null;
    dueOn: string;
    receivedOn: string | null;
    outcomeLabel: string | null;
    qualitative: string;
    appraisal: string;
    balanceReleasedOn: string | null;
  };
  convention: { number: string; object: string; startsOn: string; endsOn: string; amountCents: number };
  provider: { name: string; siret: string | null };
  action: { title: string; lever: string | null; objective: string | null };
  indicators: FicheBilanIndicator[];
  financial: FicheBilanSide[];
};

export const FICHE_BILAN_TITLE = 'Fiche bilan';

const label = (text: string) => ({ text, color: COLORS.muted });
const heading = (text: string): ContentText => ({ text, style: 'h2', fontSize: 11, margin: [0, 8, 0, 3] });
/** Before a table that flows across pages; inside an unbreakable block the plain heading is kept with it already. */
const tableHeading = (text: string): ContentText => keptWithNext(heading(text));

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Roboto has no narrow no-break space: the ordinary no-break space, as the amounts use. */
const figure = (value: number) => NUMBER.format(value).replace(/\u202F/gu, '\u00A0');
const percent = (value: number) => `${PERCENT.format(value).replace(/\u202F/gu, '\u00A0')}\u00A0%`;
const signedEuros = (cents: number) => (cents > 0 ? `+${formatEuros(cents)}` : formatEuros(cents));
const signedPercent = (value: number | null) => (value === null ? '—' : value > 0 ? `+${percent(value)}` : percent(value));
const date = (iso: string | null) => (iso === null ? '—' : formatLongDate(iso));

function factsBlock(data: FicheBilanData): Content {
  const { convention, provider, action, bilan } = data;
  const body: TableCell[][] = [
    [label('Prestataire'), { text: provider.name, bold: true }, label('SIRET'), provider.siret ? formatSiret(provider.siret) : 'non renseigné'],
    [label('Action'), { text: action.title, bold: true, colSpan: 3 }, '', ''],
    [label('Convention'), `${convention.number}, du ${formatLongDate(convention.startsOn)} au ${formatLongDate(convention.endsOn)}`, label(`Montant ${bilan.year}`), formatEuros(convention.amountCents)],
    ...(action.lever ? [[label('Levier du pacte'), { text: action.lever, colSpan: 3 }, '', ''] as TableCell[]] : []),
    ...(action.objective ? [[label('Objectif principal'), { text: action.objective, colSpan: 3 }, '', ''] as TableCell[]] : []),
  ];
  return { table: { widths: [88, '*', 70, 100], body }, layout: { defaultBorder: false, paddingLeft: () => 0, paddingTop: () => 1, paddingBottom: () => 1 } };
}

function statusBlock(data: FicheBilanData): Content {
  const { bilan } = data;
  const decided = bilan.decidedOn ? `, le ${formatLongDate(bilan.decidedOn)}${bilan.decidedBy ? ` par ${bilan.decidedBy}` : ''}` : '';
  const body: TableCell[][] = [
    [label('Statut du bilan'), { text: `${bilan.statusLabel}${decided}`, bold: true, color: COLORS.accent }, label('Échéance'), date(bilan.dueOn)],
    [label('Résultat de l’action'), bilan.outcomeLabel ?? 'non renseigné', label('Reçu le'), date(bilan.receivedOn)],
    [label('Solde de l’année'), { text: bilan.balanceReleasedOn ? `libéré le ${formatLongDate(bilan.balanceReleasedOn)} (bilan validé)` : 'non libéré : il suit la validation du bilan', colSpan: 3 }, '', ''],
    ...(bilan.statusReason ? [[label('Motif'), { text: bilan.statusReason, colSpan: 3 }, '', ''] as TableCell[]] : []),
  ];
  return {
    unbreakable: true,
    stack: [heading('Statut et décision'), { table: { widths: [88, '*', 60, 110], body }, layout: { defaultBorder: false, paddingLeft: () => 0, paddingTop: () => 1, paddingBottom: () => 1 } }],
  };
}

function indicatorRows(indicator: FicheBilanIndicator): TableCell[][] {
  const unit = indicator.unit === '%' ? '\u00A0%' : '';
  const value = (number: number | null) => (number === null ? '—' : `${figure(number)}${unit}`);
  const main: TableCell[] = [
    { text: indicator.code, bold: true },
    { text: [indicator.label, indicator.computed ? { text: ' (calculé)', color: COLORS.muted } : ''] },
    { text: value(indicator.target), alignment: 'right' },
    { text: value(indicator.actual), alignment: 'right', bold: true },
    { text: indicator.achievementPercent === null ? '—' : percent(indicator.achievementPercent), alignment: 'right' },
    { text: indicator.rate ? `${percent(indicator.rate.percent)} de ${indicator.rate.ofCode}` : '', alignment: 'right', color: COLORS.muted },
  ];
  const details = indicator.breakdowns.map((breakdown): TableCell[] => [
    '',
    { text: [{ text: `${breakdown.label} : `, color: COLORS.muted }, breakdown.cells.map((cell) => `${cell.label} ${figure(cell.value)}`).join(' · ')], colSpan: 5, fontSize: 8 },
    '',
    '',
    '',
    '',
  ]);
  return [main, ...details];
}

function indicatorsBlock(data: FicheBilanData): Content[] {
  const title = tableHeading('Indicateurs communs : cibles et réalisations');
  if (data.indicators.length === 0) return [{ stack: [heading('Indicateurs communs : cibles et réalisations'), { text: 'Ni cible ni valeur d’indicateur pour cette année.', italics: true }], unbreakable: true }];
  const table = dataTable(['Code', 'Indicateur', 'Cible', 'Réalisé', 'Atteinte', 'Taux'], data.indicators.flatMap(indicatorRows), [34, '*', 50, 50, 48, 86], { alignRight: [2, 3, 4, 5] });
  const note: Content = { text: 'Atteinte : réalisé ÷ cible. Les taux et les indicateurs calculés ne sont jamais saisis : ils sont tirés des valeurs déclarées.', style: 'small', margin: [0, 2, 0, 0] };
  return [title, { ...(table as object), fontSize: 8.5 } as Content, note];
}

function financialRows(side: FicheBilanSide): TableCell[][] {
  const row = (line: FicheBilanLine, bold: boolean): TableCell[] => [
    { text: line.account, bold },
    { text: line.label, bold },
    { text: formatEuros(line.plannedCents), alignment: 'right', bold },
    { text: formatEuros(line.actualCents), alignment: 'right', bold },
    { text: signedEuros(line.gapCents), alignment: 'right', bold },
    { text: signedPercent(line.gapPercent), alignment: 'right', bold },
  ];
  return [[{ text: side.label, bold: true, colSpan: 6, color: COLORS.accent }, '', '', '', '', ''], ...side.lines.map((line) => row(line, false)), row(side.total, true)];
}

function financialBlock(data: FicheBilanData): Content[] {
  const title = tableHeading('Compte rendu financier (Cerfa n° 15059)');
  if (data.financial.every((side) => side.lines.length === 0)) return [{ stack: [heading('Compte rendu financier (Cerfa n° 15059)'), { text: 'Le compte rendu financier n’a pas été reçu.', italics: true }], unbreakable: true }];
  const table = dataTable(['Compte', 'Libellé', 'Prévu', 'Réalisé', 'Écart', 'Écart %'], data.financial.flatMap(financialRows), [44, '*', 70, 70, 70, 48], { alignRight: [2, 3, 4, 5] });
  const note: Content = { text: 'Écart : réalisé − prévu, en euros et en pourcentage du prévu (arrêté du 11 octobre 2006).', style: 'small', margin: [0, 2, 0, 0] };
  return [title, { ...(table as object), fontSize: 8.5 } as Content, note];
}

function textBlock(title: string, text: string, empty: string): Content[] {
  const texts = paragraphTexts(text);
  if (texts.length === 0) return [{ stack: [heading(title), { text: empty, italics: true, color: COLORS.muted }], unbreakable: true }];
  return headingWithText(heading(title), texts);
}

export function ficheBilanDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine' | 'pageOrientation'>, data: FicheBilanData): TDocumentDefinitions {
  const content: Content[] = [
    factsBlock(data),
    statusBlock(data),
    ...indicatorsBlock(data),
    ...financialBlock(data),
    ...textBlock('Bilan qualitatif du porteur', data.bilan.qualitative, 'Le porteur n’a pas joint de bilan qualitatif.'),
    ...textBlock('Appréciation du gestionnaire', data.bilan.appraisal, 'Pas encore d’appréciation.'),
  ];
  return framedDocument({ ...frame, title: FICHE_BILAN_TITLE, sessionLine: `Bilan ${data.bilan.year} — ${data.action.title}`, pageOrientation: 'portrait' }, content);
}
