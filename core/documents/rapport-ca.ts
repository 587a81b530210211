// Rapport au conseil d'administration: the context (pact, CAI session), the fundings proposed, the
// totals by lever with a chart, the conventions the law makes mandatory, and a draft deliberation whose
// extract is certified by the CCAS's legal representative (the first signatory of the settings, who
// also signs the conventions). A pure function of its data. Every heading stays with what follows it.
import { conventionsAnnex, type ConventionsAnnexData } from './rapport-conventions-annex.ts';
import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AVIS_LABELS } from '../domain/jury/avis.ts';
import { formatEuros } from '../domain/money.ts';
import { horizontalBarChart } from './bar-chart.ts';
import { COLORS, dataTable, framedDocument, keptWithNext, type DocumentFrame } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';
import {
  CONVENTION_THRESHOLD_CENTS,
  conventionsRequired,
  leverTotals,
  proposedFundings,
  type ConventionLine,
  type EarlierFunding,
  type LeverTotal,
  type RapportDecision,
} from './rapport-conventions.ts';
import { draftDeliberation } from './rapport-deliberation.ts';

export type RapportData = {
  pact: { title: string; periodStart: number; periodEnd: number } | null;
  call: { title: string; year: number; envelopeCents: number };
  session: { id: number; title: string; heldOn: string; place: string; presentCount: number; quorumStatement: string; quorumReached: boolean };
  /** Every application of the agenda with its avis, in discussion order. */
  decisions: RapportDecision[];
  /** Fundings of the same call decided in its other closed sessions (yearly totals). */
  earlierFundings: EarlierFunding[];
  /** The pact's levers, with the call's envelope for each when it sets one. */
  levers: { number: number; title: string; envelopeCents: number | null }[];
  /** The conventions drafted from this session and their avenants, once there are some: the report's annex. */
  conventionsAnnex?: ConventionsAnnexData;
  /** The CCAS's legal representative (first signatory of the settings): certifies the deliberation's extract. */
  representative: { name: string; role: string } | null;
};

/** A section heading that never ends a page (the frame moves it with the first lines that follow). */
const heading = (text: string, extra: Partial<ContentText> = {}): ContentText => keptWithNext({ text, style: 'h2', ...extra });

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, alignment: 'right', ...extra });

function avisSummary(decisions: readonly RapportDecision[]): string {
  const count = (kind: RapportDecision['avisKind']) => decisions.filter((decision) => decision.avisKind === kind).length;
  const favourable = count('favorable') + count('favorable_sous_reserve');
  const parts = [`${plural(favourable, 'avis favorable', 'avis favorables')}${count('favorable_sous_reserve') > 0 ? ` (dont ${count('favorable_sous_reserve')} sous réserve)` : ''}`];
  if (count('ajourne') > 0) parts.push(plural(count('ajourne'), 'dossier ajourné', 'dossiers ajournés'));
  if (count('defavorable') > 0) parts.push(plural(count('defavorable'), 'avis défavorable', 'avis défavorables'));
  return `Elle a rendu ${parts.join(', ').replace(/, ([^,]+)$/u, ' et $1')}.`;
}

function keyFigures(data: RapportData, fundings: readonly RapportDecision[]): Content {
  const figures: [string, string][] = [
    ['Dossiers examinés', String(data.decisions.length)],
    ['Actions proposées au financement', String(fundings.length)],
    ['Montant demandé (actions proposées)', formatEuros(sum(fundings.map((funding) => funding.requestedCents)))],
    ['Montant proposé', formatEuros(sum(fundings.map((funding) => funding.proposedCents)))],
    ['Enveloppe de l’appel', formatEuros(data.call.envelopeCents)],
  ];
  return {
    table: { widths: figures.map(() => '*'), body: [figures.map(([label]) => ({ text: label, style: 'small' })), figures.map(([, value]) => ({ text: value, bold: true, fontSize: 10.5 }))] },
    layout: { hLineWidth: () => 0, vLineWidth: (index: number) => (index === 0 || index === figures.length ? 0 : 0.5), vLineColor: () => COLORS.rule, fillColor: () => '#f8f9fa' },
    margin: [0, 8, 0, 0],
  };
}

function fundingsTable(fundings: readonly RapportDecision[]): Content {
  const providers = new Set(fundings.map((funding) => funding.providerId)).size;
  const rows: TableCell[][] = fundings.map((funding) => [
    String(funding.position),
    funding.providerName,
    funding.conditions && funding.avisKind === 'favorable_sous_reserve'
      ? { stack: [funding.title, { text: `Réserve : ${funding.conditions}`, style: 'small', italics: true }] }
      : funding.title,
    funding.leverNumber === null ? '—' : String(funding.leverNumber),
    right(formatEuros(funding.requestedCents)),
    right(formatEuros(funding.proposedCents), { bold: true }),
    AVIS_LABELS[funding.avisKind],
  ]);
  rows.push([
    { text: `Total : ${plural(fundings.length, 'action')}, ${plural(providers, 'organisme')}`, colSpan: 4, bold: true },
    '',
    '',
    '',
    right(formatEuros(sum(fundings.map((funding) => funding.requestedCents))), { bold: true }),
    right(formatEuros(sum(fundings.map((funding) => funding.proposedCents))), { bold: true }),
    '',
  ]);
  return { stack: [dataTable(['N°', 'Prestataire', 'Action', 'Levier', 'Demandé', 'Proposé', 'Avis'], rows, [14, 86, '*', 30, 62, 62, 60], { alignRight: [4, 5] })], fontSize: 8.5 };
}

const leverLabel = (lever: LeverTotal) => (lever.leverNumber === null ? 'Sans levier' : `Levier ${lever.leverNumber}${lever.title ? ` – ${lever.title}` : ''}`);

function leverSection(levers: readonly LeverTotal[], totalCents: number): Content[] {
  const table = dataTable(
    ['Levier du pacte', 'Actions', 'Enveloppe', 'Proposé', 'Reste'],
    [
      ...levers.map((lever): TableCell[] => [
        leverLabel(lever),
        right(String(lever.count)),
        right(lever.envelopeCents === null ? '—' : formatEuros(lever.envelopeCents)),
        right(formatEuros(lever.proposedCents), { bold: true }),
        lever.envelopeCents === null
          ? right('—')
          : right(formatEuros(lever.envelopeCents - lever.proposedCents), { color: lever.proposedCents > lever.envelopeCents ? COLORS.warning : COLORS.ink }),
      ]),
      [{ text: 'Total', bold: true }, right(String(sum(levers.map((lever) => lever.count))), { bold: true }), '', right(formatEuros(totalCents), { bold: true }), ''],
    ],
    ['*', 40, 72, 72, 72],
    { alignRight: [1, 2, 3, 4] },
  );
  const chart = horizontalBarChart(
    levers.map((lever) => ({
      label: leverLabel(lever),
      value: lever.proposedCents,
      reference: lever.envelopeCents,
      valueText: formatEuros(lever.proposedCents),
      ...(lever.envelopeCents === null ? {} : { referenceText: `sur ${formatEuros(lever.envelopeCents)}` }),
    })),
    { labelWidth: 170, trackWidth: 205, amountWidth: 100 },
  );
  return [
    { stack: [table], fontSize: 8.5 },
    { unbreakable: true, margin: [0, 10, 0, 0], stack: [{ text: 'Montants proposés par levier', bold: true, fontSize: 9, margin: [0, 0, 0, 4] }, chart] },
  ];
}

function conventionSection(conventions: readonly ConventionLine[]): Content[] {
  const threshold = formatEuros(CONVENTION_THRESHOLD_CENTS);
  const intro: Content = {
    text: `L’article 10 de la loi n°\u00A02000-321 du 12 avril 2000 et le décret n°\u00A02001-495 du 6 juin 2001 imposent une convention écrite avec tout organisme dont le montant annuel des subventions dépasse ${threshold}. Le total d’un organisme additionne les montants proposés pour toutes ses actions de l’appel, y compris celles retenues lors d’une autre séance close du même appel.`,
    margin: [0, 0, 0, 6],
  };
  if (conventions.length === 0) return [intro, { text: `Aucun organisme ne dépasse ${threshold} : aucune convention n’est obligatoire ; une convention reste possible.`, bold: true }];
  const table = dataTable(
    ['Organisme', 'Actions concernées', 'Total annuel proposé'],
    conventions.map((line): TableCell[] => [
      { text: line.providerName, bold: true },
      {
        stack: line.applications.map((application) => ({
          text: `${application.title} : ${formatEuros(application.proposedCents)}${application.heldOn ? ` (séance du ${formatLongDate(application.heldOn)})` : ''}`,
        })),
      },
      right(formatEuros(line.totalCents), { bold: true }),
    ]),
    [130, '*', 90],
    { alignRight: [2] },
  );
  return [
    intro,
    {
      stack: [table],
      fontSize: 8.5,
    },
  ];
}

function deliberationSection(data: RapportData, fundings: readonly RapportDecision[], conventions: readonly ConventionLine[]): Content {
  const text = draftDeliberation({
    pact: data.pact,
    callTitle: data.call.title,
    year: data.call.year,
    heldOn: data.session.heldOn,
    fundingCount: fundings.length,
    providerCount: new Set(fundings.map((funding) => funding.providerId)).size,
    totalCents: sum(fundings.map((funding) => funding.proposedCents)),
    reservedCount: fundings.filter((funding) => funding.avisKind === 'favorable_sous_reserve').length,
    conventions,
  });
  const paragraph = (line: string): Content => ({ text: line, margin: [0, 0, 0, 4] });
  const article = (line: string, index: number): Content => ({ text: [{ text: `Article ${index + 1} – `, bold: true }, line], margin: [0, 0, 0, 5] });
  const { representative } = data;
  const lastIndex = text.articles.length - 1;
  const rows: Content[][] = [
    // The opening stays with the first visa, "DÉCIDE :" with the first article, and the last article with
    // the closing and the signature: a row of the box never breaks across pages.
    [{ stack: [{ text: 'Le conseil d’administration,', bold: true, margin: [0, 0, 0, 6] }, paragraph(text.visas[0] ?? '')], margin: [8, 6, 8, 0] }],
    ...[...text.visas.slice(1), ...text.recitals].map((line): Content[] => [{ ...(paragraph(line) as object), margin: [8, 0, 8, 4] } as Content]),
    ...text.articles.map((line, index): Content[] => {
      const stack: Content[] = [...(index === 0 ? [{ text: 'DÉCIDE :', bold: true, margin: [0, 4, 0, 6] } as Content] : []), article(line, index)];
      if (index === lastIndex) {
        stack.push(
          { text: 'Fait et délibéré en séance, le ……………………', margin: [0, 10, 0, 2] },
          { text: 'Pour extrait conforme,' },
          { text: representative?.role ?? 'Le président du conseil d’administration', bold: true },
          { text: representative?.name ?? '', margin: [0, 0, 0, 30] },
        );
      }
      return [{ stack, margin: [8, 0, 8, index === lastIndex ? 6 : 0] }];
    }),
  ];
  const outer = (index: number, count: number) => (index === 0 || index === count ? 0.8 : 0);
  return {
    table: { widths: ['*'], dontBreakRows: true, body: rows },
    layout: {
      hLineWidth: (index: number) => outer(index, rows.length),
      vLineWidth: () => 0.8,
      hLineColor: () => COLORS.accent,
      vLineColor: () => COLORS.accent,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
}

export function rapportCaDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine'>, data: RapportData): TDocumentDefinitions {
  const { session, call, pact } = data;
  const fundings = proposedFundings(data.decisions);
  const conventions = conventionsRequired(fundings, data.earlierFundings);
  const levers = leverTotals(fundings, data.levers);
  const totalCents = sum(fundings.map((funding) => funding.proposedCents));
  const content: Content[] = [
    { text: [{ text: 'Objet : ', bold: true }, `attribution des subventions aux actions collectives d’insertion de l’appel à projets « ${call.title} ».`], margin: [0, 0, 0, 4] },
    heading('Contexte'),
    {
      text: pact
        ? `${/^pacte\b/iu.test(pact.title) ? `Le ${pact.title}` : `Le pacte « ${pact.title} »`} ${pact.periodStart}–${pact.periodEnd} fixe les objectifs de l’insertion sur le territoire. La Commission des actions d’insertion vérifie que l’offre d’insertion répond à ces objectifs et rend un avis technique sur chaque demande de financement.`
        : 'La Commission des actions d’insertion vérifie que l’offre d’insertion répond aux objectifs du pacte et rend un avis technique sur chaque demande de financement.',
      margin: [0, 0, 0, 4],
    },
    {
      text: `Réunie le ${formatLongDate(session.heldOn)}${session.place ? `, ${session.place}` : ''}, avec ${plural(session.presentCount, 'membre présent', 'membres présents')}, la commission a examiné ${plural(data.decisions.length, 'dossier')}. ${session.quorumStatement} ${avisSummary(data.decisions)}`,
    },
    keyFigures(data, fundings),
    heading('Financements proposés'),
    fundings.length === 0 ? { text: 'Aucune action n’a reçu d’avis favorable assorti d’un montant.' } : fundingsTable(fundings),
    heading('Répartition par levier du pacte'),
    ...leverSection(levers, totalCents),
    heading(`Conventions de financement obligatoires (plus de ${formatEuros(CONVENTION_THRESHOLD_CENTS)} par an)`),
    ...conventionSection(conventions),
    { text: 'Projet de délibération', style: 'h2', pageBreak: 'before' },
    deliberationSection(data, fundings, conventions),
    ...(data.conventionsAnnex && data.conventionsAnnex.conventions.length > 0
      ? [{ text: 'Annexe — Conventions et avenants soumis au conseil', style: 'h2', pageBreak: 'before' } as Content, ...conventionsAnnex(data.conventionsAnnex)]
      : []),
  ];
  return framedDocument({ ...frame, title: 'Rapport au conseil d’administration', sessionLine: `${call.title} — ${session.title}, séance du ${formatLongDate(session.heldOn)}` }, content);
}
