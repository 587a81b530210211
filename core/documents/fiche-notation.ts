// Fiche de notation: one juror's paper scoring sheet. The grid once, as a legend (every level's
// descriptor), then one unbreakable block per application of the agenda: a row per criterion with
// the scale values to circle, N/A where the grid allows it, room for a comment. Blank, or filled with
// that juror's submitted answers; dated of the session, signed by the juror by hand with the last block.
// A pure function of its data.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EvaluationGrid, GridCriterion } from '../domain/jury/grid.ts';
import { formatEuros } from '../domain/money.ts';
import { COLORS, framedDocument, type DocumentFrame } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';
import { endingWithSignature } from './page-flow.ts';

export type FicheAnswer = { score: number | 'na' | null; comment: string };

export type FicheItem = {
  position: number;
  providerName: string;
  title: string;
  leverNumber: number | null;
  requestedCents: number;
  /** A conflicted juror neither scores nor sees a box for this application. */
  conflicted: boolean;
  /** The juror's submitted answers (filled sheet); null prints empty boxes. */
  sheet: { answers: Record<string, FicheAnswer>; scoreOn20: string | null } | null;
  /** Filled sheet only: this answer sheet is not submitted, so nothing of it is printed. */
  notSubmitted: boolean;
};

export type FicheData = {
  session: { id: number; title: string; heldOn: string; place: string; callTitle: string };
  juror: { name: string; role: string; organisation: string };
  grid: EvaluationGrid;
  filled: boolean;
  items: FicheItem[];
};

/** Beyond this many levels, value boxes no longer fit a row: the juror writes the number instead. */
const MAX_BOXED_LEVELS = 11;
/** A block taller than a page cannot be kept whole: past this many criteria it breaks between rows. */
const MAX_UNBREAKABLE_CRITERIA = 18;
/** Value boxes wide enough to circle by hand: 11 pt of text (two digits at 9 pt) and 4 pt of padding each side. */
const CELL = 20;
const NA_CELL = 28;

const decimal = (value: number) => String(value).replace('.', ',');

function criterionRules(criterion: GridCriterion): string[] {
  const rules: string[] = [];
  if (criterion.allowsNotApplicable) rules.push('« N/A » (non applicable) possible : le critère sort alors du calcul, il ne compte pas comme 0.');
  if (criterion.commentRequiredBelow !== null) rules.push(`Commentaire obligatoire pour une note inférieure à ${decimal(criterion.commentRequiredBelow)}.`);
  return rules;
}

function legend(grid: EvaluationGrid): Content[] {
  const totalWeight = grid.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return [
    { text: `Grille d’évaluation : ${grid.title}${grid.version ? ` (version ${grid.version})` : ''}`, style: 'h2' },
    {
      text: `Chaque critère se note sur son échelle ; les descripteurs ci-dessous disent ce que signifie chaque niveau, pour que deux membres qui donnent la même note veuillent dire la même chose. Le poids indique la part du critère dans la note sur 20 (total des poids : ${decimal(totalWeight)}).`,
      margin: [0, 0, 0, 6],
    },
    ...grid.criteria.map(
      (criterion, index): Content => ({
        unbreakable: true,
        margin: [0, 4, 0, 6],
        stack: [
          {
            columns: [
              { text: `${index + 1}. ${criterion.label}`, bold: true, color: COLORS.accent, width: '*' },
              { text: `Poids ${decimal(criterion.weight)}`, bold: true, width: 'auto' },
            ],
          },
          ...(criterion.description ? [{ text: criterion.description, color: COLORS.muted, fontSize: 8.5, margin: [0, 1, 0, 3] as [number, number, number, number] }] : []),
          {
            table: {
              widths: [26, '*'],
              dontBreakRows: true,
              body: [...criterion.scale.levels].sort((a, b) => a.value - b.value).map((level): TableCell[] => [{ text: String(level.value), bold: true, alignment: 'center' }, level.descriptor]),
            },
            layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => COLORS.rule, vLineColor: () => COLORS.rule, paddingTop: () => 2, paddingBottom: () => 2 },
            fontSize: 8.5,
          },
          ...criterionRules(criterion).map((rule): Content => ({ text: rule, style: 'small', margin: [0, 2, 0, 0] })),
        ],
      }),
    ),
  ];
}

function boxedValues(criterion: GridCriterion, chosen: number | 'na' | null): Content {
  const values: (number | 'na')[] = [];
  for (let value = criterion.scale.min; value <= criterion.scale.max; value += 1) values.push(value);
  if (criterion.allowsNotApplicable) values.push('na');
  return {
    table: {
      widths: values.map((value) => (value === 'na' ? NA_CELL - 9 : CELL - 9)),
      body: [
        values.map((value): TableCell => {
          const isChosen = chosen !== null && chosen === value;
          return { text: value === 'na' ? 'N/A' : String(value), alignment: 'center', fontSize: 9, bold: isChosen, color: isChosen ? '#ffffff' : COLORS.ink, ...(isChosen ? { fillColor: COLORS.accent } : {}) };
        }),
      ],
    },
    layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, hLineColor: () => COLORS.muted, vLineColor: () => COLORS.muted, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
  };
}

function valuesCell(criterion: GridCriterion, chosen: number | 'na' | null): Content {
  const levels = criterion.scale.max - criterion.scale.min + 1;
  if (levels <= MAX_BOXED_LEVELS) return boxedValues(criterion, chosen);
  const shown = chosen === null ? '……' : chosen === 'na' ? 'N/A' : String(chosen);
  return { text: [`Note de ${criterion.scale.min} à ${criterion.scale.max}${criterion.allowsNotApplicable ? ' ou N/A' : ''} : `, { text: shown, bold: chosen !== null }], fontSize: 8.5 };
}

/** The width the value boxes of the widest criterion take, so that every block lines its columns up. */
function valuesWidth(grid: EvaluationGrid): number {
  const widths = grid.criteria.map((criterion) => {
    const levels = criterion.scale.max - criterion.scale.min + 1;
    return levels <= MAX_BOXED_LEVELS ? levels * CELL + (criterion.allowsNotApplicable ? NA_CELL : 0) + 2 : 110;
  });
  return Math.max(80, ...widths);
}

/** The criterion column gives way to wide scales (0–10 and N/A) so that the comment keeps room to write. */
function labelWidth(grid: EvaluationGrid): number {
  const portraitContent = 515 - 3 * 8;
  return Math.min(170, Math.max(120, portraitContent - valuesWidth(grid) - 150));
}

function itemHeader(item: FicheItem): Content {
  const details = [item.providerName, item.leverNumber === null ? null : `levier ${item.leverNumber}`, `${formatEuros(item.requestedCents)} demandés`].filter(Boolean).join(' · ');
  return {
    table: {
      widths: ['*', 'auto'],
      body: [
        [
          { stack: [{ text: `Dossier n° ${item.position} — ${item.title}`, bold: true }, { text: details, fontSize: 8.5, color: COLORS.muted }] },
          item.sheet?.scoreOn20 ? { text: `Note de la fiche : ${item.sheet.scoreOn20} / 20`, bold: true, alignment: 'right', margin: [0, 4, 0, 0] } : { text: '' },
        ],
      ],
    },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => COLORS.header, paddingTop: () => 4, paddingBottom: () => 4 },
  };
}

function criteriaTable(grid: EvaluationGrid, item: FicheItem): Content {
  const answers = item.sheet?.answers ?? {};
  const body: TableCell[][] = [
    [
      { text: 'Critère', style: 'tableHeader' },
      { text: item.sheet ? 'Note' : 'Note (entourer)', style: 'tableHeader' },
      { text: 'Commentaire', style: 'tableHeader' },
    ],
    ...grid.criteria.map((criterion, index): TableCell[] => {
      const answer = answers[criterion.key];
      const rule = criterion.commentRequiredBelow === null ? null : `commentaire obligatoire sous ${decimal(criterion.commentRequiredBelow)}`;
      return [
        { stack: [{ text: `${index + 1}. ${criterion.label}`, fontSize: 8.5 }, { text: [`poids ${decimal(criterion.weight)}`, rule ? ` · ${rule}` : ''].join(''), fontSize: 7, color: COLORS.muted }] },
        valuesCell(criterion, answer?.score ?? null),
        { text: answer?.comment ?? '', fontSize: 8.5 },
      ];
    }),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [labelWidth(grid), valuesWidth(grid), '*'], body, ...(item.sheet ? {} : { heights: (row: number) => (row === 0 ? 'auto' : 30) }) },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => COLORS.rule, vLineColor: () => COLORS.rule, paddingTop: () => 3, paddingBottom: () => 3 },
  };
}

/** A block taller than a page cannot be kept whole, nor with the signature. */
const keptWhole = (grid: EvaluationGrid, item: FicheItem) => item.conflicted || grid.criteria.length <= MAX_UNBREAKABLE_CRITERIA;

function itemBlock(grid: EvaluationGrid, item: FicheItem): Content {
  let body: Content;
  if (item.conflicted) {
    body = {
      table: { widths: ['*'], body: [[{ text: 'Conflit d’intérêts déclaré : ne pas noter', bold: true, color: COLORS.warning, margin: [4, 6, 4, 6] }]] },
      layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, hLineColor: () => COLORS.warning, vLineColor: () => COLORS.warning },
    };
  } else {
    body = {
      stack: [
        ...(item.notSubmitted ? [{ text: 'Fiche non soumise : ses notes ne sont pas imprimées.', bold: true, color: COLORS.warning, margin: [0, 2, 0, 2] as [number, number, number, number] }] : []),
        criteriaTable(grid, item),
      ],
    };
  }
  return { unbreakable: keptWhole(grid, item), margin: [0, 0, 0, 10], stack: [itemHeader(item), body] };
}

function instructions(data: FicheData): Content {
  const scored = data.items.filter((item) => !item.conflicted).length;
  const conflicts = data.items.length - scored;
  const count = `${plural(scored, 'dossier')} à noter${conflicts > 0 ? ` ; ${plural(conflicts, 'dossier')} en conflit d’intérêts, à ne pas noter` : ''}.`;
  if (data.filled) {
    return {
      // No date of submission: the sheet carries one date, the session's (the audit log keeps the instant).
      text: `Notes enregistrées dans l’application et soumises par le membre. Seules les fiches soumises sont imprimées remplies ; cette fiche ne contient aucune note d’un autre membre. ${count}`,
      margin: [0, 0, 0, 8],
    };
  }
  return { text: `Pour chaque dossier, entourez une seule valeur par critère et écrivez un commentaire lorsque la grille l’exige. ${count}`, margin: [0, 0, 0, 8] };
}

function signature(data: FicheData): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 240,
        stack: [
          { text: data.juror.name, bold: true },
          { text: [data.juror.role, data.juror.organisation].filter(Boolean).join(', '), style: 'small', margin: [0, 0, 0, 8] },
          { text: 'Fait le ……………………', margin: [0, 0, 0, 36] },
          { text: 'Signature du membre du jury', style: 'small' },
        ],
      },
    ],
  };
}

export function ficheNotationDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine' | 'generatedOn'>, data: FicheData): TDocumentDefinitions {
  const { session, juror } = data;
  const items = data.items.map((item) => itemBlock(data.grid, item));
  const last = data.items.at(-1);
  // The signature goes with the last application's block, so that it never stands alone on a page.
  const signed = last && keptWhole(data.grid, last) ? endingWithSignature(items, signature(data)) : [...items, signature(data)];
  const content: Content[] = [
    {
      text: [{ text: 'Membre du jury : ', bold: true }, juror.name, juror.role ? ` — ${juror.role}` : '', juror.organisation ? ` (${juror.organisation})` : ''],
      margin: [0, 0, 0, 2],
    },
    { text: [{ text: 'Fiche : ', bold: true }, data.filled ? 'remplie avec les notes soumises' : 'vierge, à remplir à la main'], margin: [0, 0, 0, 4] },
    ...legend(data.grid),
    { text: `Dossiers de la séance (${session.callTitle})`, style: 'h2', pageBreak: 'before' },
    instructions(data),
    ...signed,
  ];
  return framedDocument(
    { ...frame, generatedOn: session.heldOn, title: `Fiche de notation — ${juror.name}`, sessionLine: `${session.title} — séance du ${formatLongDate(session.heldOn)}${session.place ? `, ${session.place}` : ''}` },
    content,
  );
}
