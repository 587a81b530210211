// Revue annuelle du COPIL: (1) key figures of the year, (2) completion of the pact's actions by lever with
// the abandoned ones listed, (3) funded actions with indicators against targets by lever, objective and
// QPV, (4) money: envelope, committed, paid, recovered, (5) late bilans, (6) corrective measures and
// priorities, (7) decisions to validate. A pure function of its data.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEuros } from '../domain/money.ts';
import { pactReviewTitle, type PactReviewKind, type PactReviewStatus } from '../domain/pact-review.ts';
import { COLORS, dataTable, framedDocument, type DocumentFrame } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';
import { abandonedList, barChart, completionChart, completionTable, count, figuresBox, heading, leverName, reviewText, right, subheading, sum, type LeverWithAbandoned } from './pact-review-parts.ts';

/** One line of indicators: participations (IC01) against their target, positive exits (IC14) over exits (IC10). */
export type IndicatorLine = { label: string; bilans: number; participations: number | null; target: number | null; positiveExits: number | null; exits: number | null };
export type TerritoryLine = { label: string; qpv: boolean; participations: number };
export type MoneyLine = { number: number; title: string; envelopeCents: number | null; committedCents: number; paidCents: number; recoveredCents: number; conventions: number };
export type LateBilan = { conventionNumber: string; providerName: string; actionTitle: string; dueOn: string };

export type RevueCopilData = {
  review: { id: number; kind: PactReviewKind; year: number; heldOn: string | null; status: PactReviewStatus };
  pact: { title: string; periodStart: number; periodEnd: number };
  keyFigures: { conventions: number; committedCents: number; participations: number | null; positiveExits: number | null; exits: number | null; bilans: number };
  levers: LeverWithAbandoned[];
  indicators: { byLever: IndicatorLine[]; byObjective: IndicatorLine[]; byTerritory: TerritoryLine[] };
  money: { callEnvelopeCents: number; levers: MoneyLine[]; unassigned: { committedCents: number; paidCents: number; recoveredCents: number; conventions: number } };
  bilans: { asOf: string; expected: number; received: number; validated: number; late: number; lateList: LateBilan[] };
  correctiveMeasures: string;
  priorities: string;
  decisions: string;
};

const number = (value: number | null) => (value === null ? '—' : count(Math.round(value * 10) / 10));
const percent = (numerator: number | null, denominator: number | null) =>
  numerator === null || denominator === null || denominator === 0 ? '—' : `${(Math.round((1000 * numerator) / denominator) / 10).toLocaleString('fr-FR')} %`;

function keyFigures(data: RevueCopilData): Content {
  const { keyFigures: figures } = data;
  const done = sum(data.levers.map((lever) => lever.realisees));
  const actions = sum(data.levers.map((lever) => lever.actions));
  return figuresBox([
    ['Actions financées (conventions signées)', count(figures.conventions)],
    ['Montant engagé', formatEuros(figures.committedCents)],
    ['Participations (IC01)', number(figures.participations)],
    ['Sorties positives', percent(figures.positiveExits, figures.exits)],
    ['Actions du pacte réalisées', `${count(done)} / ${count(actions)}`],
  ]);
}

function indicatorTable(lines: readonly IndicatorLine[], first: string): Content {
  if (lines.length === 0) return { text: 'Aucun bilan validé pour cette année : pas encore de chiffres.', italics: true, color: COLORS.muted };
  const rows: TableCell[][] = lines.map((line) => [
    line.label,
    right(count(line.bilans)),
    right(number(line.participations)),
    right(number(line.target)),
    right(percent(line.participations, line.target)),
    right(number(line.positiveExits)),
    right(percent(line.positiveExits, line.exits)),
  ]);
  return { stack: [dataTable([first, 'Bilans', 'Participations', 'Cible', 'Atteinte', 'Sorties positives', 'Taux de sorties positives'], rows, ['*', 34, 62, 44, 44, 50, 58], { alignRight: [1, 2, 3, 4, 5, 6] })], fontSize: 8.5 };
}

function territorySection(lines: readonly TerritoryLine[]): Content[] {
  if (lines.length === 0) return [{ text: 'Aucune répartition par quartier dans les bilans validés de l’année.', italics: true, color: COLORS.muted }];
  const inQpv = sum(lines.filter((line) => line.qpv).map((line) => line.participations));
  const all = sum(lines.map((line) => line.participations));
  return [
    { text: `Participations de résidents des quartiers prioritaires (QPV) : ${number(inQpv)} sur ${number(all)} réparties par quartier (${percent(inQpv, all)}).`, margin: [0, 0, 0, 4] },
    { stack: [dataTable(['Quartier', 'QPV', 'Participations'], lines.map((line) => [line.label, line.qpv ? 'oui' : 'non', right(number(line.participations))]), ['*', 40, 80], { alignRight: [2] })], fontSize: 8.5 },
  ];
}

function moneySection(money: RevueCopilData['money']): Content[] {
  const envelopes = sum(money.levers.map((lever) => lever.envelopeCents ?? 0));
  const rows: TableCell[][] = money.levers.map((lever) => [
    leverName(lever),
    right(lever.envelopeCents === null ? '—' : formatEuros(lever.envelopeCents)),
    right(formatEuros(lever.committedCents), { bold: true, color: lever.envelopeCents !== null && lever.committedCents > lever.envelopeCents ? COLORS.warning : COLORS.ink }),
    right(formatEuros(lever.paidCents)),
    right(formatEuros(lever.recoveredCents)),
  ]);
  const { unassigned } = money;
  if (unassigned.committedCents + unassigned.paidCents + unassigned.recoveredCents > 0) {
    rows.push(['Sans objectif du pacte', right('—'), right(formatEuros(unassigned.committedCents)), right(formatEuros(unassigned.paidCents)), right(formatEuros(unassigned.recoveredCents))]);
  }
  const total = (pick: (line: MoneyLine) => number, extra: number) => formatEuros(sum(money.levers.map(pick)) + extra);
  rows.push([
    { text: 'Total', bold: true },
    right(formatEuros(money.callEnvelopeCents), { bold: true }),
    right(total((l) => l.committedCents, unassigned.committedCents), { bold: true }),
    right(total((l) => l.paidCents, unassigned.paidCents), { bold: true }),
    right(total((l) => l.recoveredCents, unassigned.recoveredCents), { bold: true }),
  ]);
  const chart = barChart(
    money.levers.map((lever) => ({
      label: leverName(lever),
      value: lever.committedCents,
      reference: lever.envelopeCents,
      valueText: formatEuros(lever.committedCents),
      ...(lever.envelopeCents === null ? {} : { referenceText: `sur ${formatEuros(lever.envelopeCents)}` }),
    })),
    { value: 'Montant engagé', reference: 'Enveloppe du levier' },
  );
  return [
    {
      text: `Enveloppe des appels à projets de l’année : ${formatEuros(money.callEnvelopeCents)}${envelopes > 0 && envelopes < money.callEnvelopeCents ? `, dont ${formatEuros(envelopes)} réparties par levier` : ''}. Engagé : montants de l’année des conventions signées ; versé : versements payés sur les échéances de l’année ; reversé : reversements reçus sur ces conventions.`,
      margin: [0, 0, 0, 4],
    },
    chart,
    { stack: [dataTable(['Levier', 'Enveloppe', 'Engagé', 'Versé', 'Reversé'], rows, ['*', 72, 72, 72, 66], { alignRight: [1, 2, 3, 4] })], fontSize: 8.5 },
  ];
}

function bilanSection(bilans: RevueCopilData['bilans'], year: number): Content[] {
  const summary = `Bilans ${year} : ${plural(bilans.expected, 'attendu')}, ${plural(bilans.received, 'reçu')}, ${plural(bilans.validated, 'validé')} ; ${plural(bilans.late, 'en retard', 'en retard')} au ${formatLongDate(bilans.asOf)}.`;
  if (bilans.lateList.length === 0) return [{ text: summary, margin: [0, 0, 0, 4] }];
  return [
    { text: summary, margin: [0, 0, 0, 4] },
    {
      stack: [dataTable(['Convention', 'Prestataire', 'Action', 'Échéance'], bilans.lateList.map((late) => [late.conventionNumber, late.providerName, late.actionTitle, { text: formatLongDate(late.dueOn), color: COLORS.warning }]), [72, 110, '*', 80])],
      fontSize: 8.5,
    },
  ];
}

export function revueCopilDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine'>, data: RevueCopilData): TDocumentDefinitions {
  const { review, pact } = data;
  const title = review.kind === 'annuelle' ? 'Revue annuelle du COPIL' : `${pactReviewTitle(review.kind, review.year)} — revue du COPIL`;
  const participationsBars = data.indicators.byLever.filter((line) => line.participations !== null || line.target !== null);
  const content: Content[] = [
    ...(review.status === 'validee' ? [] : [{ text: 'Projet : revue non encore validée par le COPIL.', color: COLORS.warning, bold: true, margin: [0, 0, 0, 6] } as Content]),
    heading(`1. Chiffres clés de ${review.year}`),
    keyFigures(data),
    { text: `Participations et sorties : bilans validés de ${review.year} (${plural(data.keyFigures.bilans, 'bilan')}) ; une personne suivie dans deux actions compte deux fois.`, style: 'small', margin: [0, 0, 0, 4] },
    heading('2. Réalisation du plan d’action par levier'),
    completionChart(data.levers),
    completionTable(data.levers),
    subheading('Actions abandonnées'),
    abandonedList(data.levers),
    heading('3. Actions financées : indicateurs et cibles'),
    ...(participationsBars.length > 0
      ? [
          barChart(
            // The chart module paints a bar beyond its outline as an overrun (red): above a target is no
            // overrun, so a target reached is told in words, without the outline.
            participationsBars.map((line) => {
              const reached = line.target !== null && (line.participations ?? 0) > line.target;
              return {
                label: line.label,
                value: line.participations ?? 0,
                reference: reached ? null : line.target,
                valueText: number(line.participations),
                ...(line.target === null ? {} : { referenceText: `cible ${number(line.target)}${reached ? ' (dépassée)' : ''}` }),
              };
            }),
            { value: 'Participations (IC01)', reference: 'Cible des conventions' },
          ),
        ]
      : []),
    subheading('Par levier'),
    indicatorTable(data.indicators.byLever, 'Levier'),
    subheading('Par objectif opérationnel (objectif principal de chaque action)'),
    indicatorTable(data.indicators.byObjective, 'Objectif opérationnel'),
    subheading('Par quartier'),
    ...territorySection(data.indicators.byTerritory),
    heading('4. Financements : enveloppe, engagé, versé, reversé'),
    ...moneySection(data.money),
    heading('5. Bilans en retard'),
    ...bilanSection(data.bilans, review.year),
    heading('6. Mesures correctives et priorités pour l’année suivante'),
    subheading('Mesures correctives'),
    ...reviewText(data.correctiveMeasures, 'Aucune mesure corrective n’a été inscrite.'),
    subheading(`Priorités pour ${review.year + 1}`),
    ...reviewText(data.priorities, 'Aucune priorité n’a été inscrite.'),
    heading('7. Décisions soumises à la validation du COPIL'),
    ...reviewText(data.decisions, 'Aucune décision n’a été inscrite.'),
  ];
  const sessionLine = `${pact.title} (${pact.periodStart}–${pact.periodEnd}) — ${pactReviewTitle(review.kind, review.year)}${review.heldOn ? `, séance du ${formatLongDate(review.heldOn)}` : ''}`;
  return framedDocument({ ...frame, title, sessionLine }, content);
}
