// Évaluation à mi-parcours / finale du plan d'action du pacte: the plan across the pact's years (each
// review's completion by lever, the conventions signed each year), completion by lever now with the
// abandoned actions, then every action: status, on-time flag, comment or reason, and the conventions that
// serve it through its objective. Landscape: the action table is wide. A pure function of its data.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEuros } from '../domain/money.ts';
import {
  formatCompletion,
  onTimeLabel,
  PACT_ACTION_STATUS_LABELS,
  PACT_REVIEW_KIND_LABELS,
  pactReviewTitle,
  type LeverCompletion,
  type LeverProgress,
  type PactActionProgressRow,
  type PactReviewKind,
  type PactReviewStatus,
} from '../domain/pact-review.ts';
import { COLORS, dataTable, framedDocument, type DocumentFrame } from './document-frame.ts';
import { formatLongDate } from './french-text.ts';
import { abandonedList, completionChart, completionTable, count, heading, leverName, reviewText, right, subheading } from './pact-review-parts.ts';

export type EvaluationData = {
  review: { id: number; kind: PactReviewKind; year: number; heldOn: string | null; status: PactReviewStatus };
  pact: { title: string; periodStart: number; periodEnd: number };
  /** The pact's reviews up to this one, oldest first, with their completion by lever. */
  history: { id: number; kind: PactReviewKind; year: number; levers: LeverCompletion[] }[];
  /** Signed conventions by lever and year over the pact's years up to the review's. */
  committed: { leverId: number; year: number; conventions: number; committedCents: number }[];
  levers: LeverProgress[];
  correctiveMeasures: string;
  priorities: string;
  decisions: string;
};

function historyTable(data: EvaluationData): Content {
  const columns = data.history.map((review) => `${review.year}\n${PACT_REVIEW_KIND_LABELS[review.kind].replace(/^Revue /u, '').replace(/^Évaluation /u, 'éval. ')}`);
  const rows: TableCell[][] = data.levers.map((lever) => [
    leverName(lever),
    ...data.history.map((review) => {
      const then = review.levers.find((candidate) => candidate.leverId === lever.leverId);
      return right(then ? formatCompletion(then.realisees, then.actions) : '—');
    }),
  ]);
  const widths = ['*', ...columns.map(() => 70)];
  return { stack: [dataTable(['Taux de réalisation', ...columns], rows, widths, { alignRight: columns.map((_, index) => index + 1) })], fontSize: 8.5 };
}

function committedTable(data: EvaluationData): Content {
  const years: number[] = [];
  for (let year = data.pact.periodStart; year <= Math.min(data.review.year, data.pact.periodEnd); year += 1) years.push(year);
  if (years.length === 0 || data.committed.length === 0) return { text: 'Aucune convention signée sur les années du pacte.', italics: true, color: COLORS.muted };
  const cell = (leverId: number, year: number) => data.committed.find((line) => line.leverId === leverId && line.year === year);
  const rows: TableCell[][] = data.levers.map((lever) => [
    leverName(lever),
    ...years.map((year) => {
      const line = cell(lever.leverId, year);
      return right(line ? `${count(line.conventions)} · ${formatEuros(line.committedCents)}` : '—');
    }),
  ]);
  return { stack: [dataTable(['Conventions signées · montant', ...years.map(String)], rows, ['*', ...years.map(() => 92)], { alignRight: years.map((_, index) => index + 1) })], fontSize: 8 };
}

function conventionsCell(action: PactActionProgressRow): TableCell {
  const { primary, secondary } = action.conventions;
  if (primary.length + secondary.length === 0) return { text: '—', color: COLORS.muted };
  const line = (convention: (typeof primary)[number]) => `${convention.number} · ${convention.providerName} · ${formatEuros(convention.totalCents)}`;
  return {
    stack: [
      ...primary.map((convention) => ({ text: line(convention), fontSize: 7.5 })),
      ...secondary.map((convention) => ({ text: `${line(convention)} (objectif secondaire)`, fontSize: 7.5, color: COLORS.muted })),
    ],
  };
}

function actionsTable(lever: LeverProgress): Content {
  // The operational objective heads its actions on a full-width row, rather than repeated under each title.
  const rows: TableCell[][] = lever.objectives.flatMap((objective) =>
    objective.operational.flatMap((operational) => [
      [{ text: `${operational.code} – ${operational.title}`, colSpan: 6, bold: true, fontSize: 7.5, color: COLORS.muted, fillColor: '#f8f9fa' }, '', '', '', '', ''],
      ...operational.actions.map((action): TableCell[] => [
        action.code,
        action.title,
        { text: PACT_ACTION_STATUS_LABELS[action.status], bold: action.status === 'realisee', color: action.status === 'abandonnee' ? COLORS.warning : COLORS.ink },
        { text: onTimeLabel(action.onTime), color: action.onTime ? COLORS.ink : COLORS.warning },
        { text: action.status === 'abandonnee' ? `Motif : ${action.reason}${action.comment ? `\n${action.comment}` : ''}` : action.comment, fontSize: 7.5 },
        conventionsCell(action),
      ]),
    ]),
  );
  return { stack: [dataTable(['Code', 'Action', 'Statut', 'Délai', 'Commentaire', 'Conventions qui la servent'], rows, [40, '*', 58, 58, 150, 200])], fontSize: 8 };
}

export function evaluationPlanDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine' | 'pageOrientation'>, data: EvaluationData): TDocumentDefinitions {
  const { review, pact } = data;
  const title = review.kind === 'finale' ? 'Évaluation finale du plan d’action' : review.kind === 'mi_parcours' ? 'Évaluation à mi-parcours du plan d’action' : 'Bilan du plan d’action';
  const content: Content[] = [
    ...(review.status === 'validee' ? [] : [{ text: 'Projet : évaluation non encore validée par le COPIL.', color: COLORS.warning, bold: true, margin: [0, 0, 0, 6] } as Content]),
    heading('1. Le plan d’action au fil des années'),
    historyTable(data),
    subheading('Conventions signées par levier et par année'),
    committedTable(data),
    heading(`2. Réalisation par levier — ${pactReviewTitle(review.kind, review.year)}`),
    completionChart(data.levers, { labelWidth: 260, trackWidth: 380, amountWidth: 90 }),
    completionTable(data.levers),
    subheading('Actions abandonnées'),
    abandonedList(data.levers),
    ...data.levers.flatMap((lever, index): Content[] => [
      // Room for the heading, its summary line, the table's header and a first objective with its action.
      heading(index === 0 ? `3. Les actions du plan — ${leverName(lever)}` : leverName(lever), 150),
      { text: `${count(lever.actions)} actions, ${formatCompletion(lever.realisees, lever.actions)} réalisées, ${count(lever.abandonnees)} abandonnée${lever.abandonnees > 1 ? 's' : ''}.`, style: 'small', margin: [0, 0, 0, 3] },
      actionsTable(lever),
    ]),
    heading('4. Mesures correctives, priorités et décisions'),
    subheading('Mesures correctives'),
    ...reviewText(data.correctiveMeasures, 'Aucune mesure corrective n’a été inscrite.'),
    subheading('Priorités'),
    ...reviewText(data.priorities, 'Aucune priorité n’a été inscrite.'),
    subheading('Décisions soumises à la validation du COPIL'),
    ...reviewText(data.decisions, 'Aucune décision n’a été inscrite.'),
  ];
  const sessionLine = `${pact.title} (${pact.periodStart}–${pact.periodEnd}) — ${pactReviewTitle(review.kind, review.year)}${review.heldOn ? `, séance du ${formatLongDate(review.heldOn)}` : ''}`;
  return framedDocument({ ...frame, title, sessionLine, pageOrientation: 'landscape' }, content);
}
