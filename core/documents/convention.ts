// Convention de financement (or, below 23 000 € a year, an arrêté attributif de subvention): parties,
// visas, préambule, the articles of the national model from the versioned clause template, the
// signatures, and the four annexes. A pure function of its data and template; a placeholder the data
// cannot fill refuses the whole document, with the list of what is missing.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../domain/app-error.ts';
import { formatEuros } from '../domain/money.ts';
import { conventionAnnexes } from './convention-annexes.ts';
import type { ConventionDocumentData, ConventionFacts } from './convention-data.ts';
import {
  articleContent,
  assertAmountsAdd,
  conventionFlags,
  conventionValues,
  isMandatory,
  notice,
  numberedArticles,
  renderBlocks,
  scheduleTable,
  signatureBlock,
  thresholdYear,
  yearAmountsTable,
  type Inserts,
} from './convention-parts.ts';
import { keepTogether, keptWithHeading, paragraph } from './convention-layout.ts';
import { BLANK, createFiller, type ConventionTemplate, type Filler } from './convention-template.ts';
import { COLORS, framedDocument, type DocumentFrame } from './document-frame.ts';
import { CONVENTION_THRESHOLD_CENTS } from './rapport-conventions.ts';

export type ConventionFrame = Omit<DocumentFrame, 'organisation' | 'title' | 'sessionLine' | 'pageOrientation'>;

/** The deliberation does not exist yet while the board has the draft before it. */
const DRAFT_BLANKS = new Set(['ca.deliberationRef', 'ca.deliberationDate']);

export function conventionTitle(template: ConventionTemplate, data: Pick<ConventionDocumentData, 'draft' | 'convention'>): string {
  const texts = data.convention.instrument === 'arrete' ? template.arrete : template.convention;
  return data.draft ? texts.draftTitle : texts.title;
}

/** How a refusal starts: « La convention de financement n° CONV-2018-007 ne peut pas être établie ». */
export function conventionRefusal(convention: ConventionFacts['convention']): string {
  return convention.instrument === 'arrete' ? `L’arrêté attributif n° ${convention.number} ne peut pas être établi` : `La convention de financement n° ${convention.number} ne peut pas être établie`;
}

const sectionTitle = (text: string): Content => ({ text, bold: true, color: COLORS.accent, margin: [0, 8, 0, 3] });

/** The tables and notices the template places among the clauses, built from the data. */
export function conventionInserts(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Inserts {
  const { convention } = data;
  const thresholdText = convention.instrument === 'arrete' ? template.notices.arrete : isMandatory(data) ? template.notices.mandatory : template.notices.optional;
  return {
    yearAmounts: () => [yearAmountsTable(data.years)],
    scheduleSummary: () => [keepTogether([scheduleTable(data.schedule, convention.instrument, false)], { margin: [0, 0, 0, 6] })],
    reservations: () =>
      convention.conditions
        .split(/\n\s*\n/u)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => paragraph(part, { margin: [12, 0, 0, 4], italics: true })),
    thresholdNotice: () => [notice(filler.fill(thresholdText), isMandatory(data))],
  };
}

/** An arrêté is lawful only while the provider's yearly total stays at or below the threshold. */
function assertInstrumentAllowed(data: ConventionFacts): void {
  if (data.convention.instrument !== 'arrete' || !isMandatory(data)) return;
  const year = thresholdYear(data);
  throw new AppError(
    'precondition',
    `Un arrêté attributif n’est pas possible : ${data.provider.name} reçoit du CCAS ${formatEuros(year?.totalCents ?? 0)} en ${year?.year ?? '?'}, plus de ${formatEuros(CONVENTION_THRESHOLD_CENTS)} ; une convention est obligatoire (loi n° 2000-321, article 10).`,
  );
}

function opening(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Content[] {
  if (data.convention.instrument === 'arrete') {
    const texts = template.arrete;
    return [
      ...renderBlocks(texts.authority, filler),
      ...renderBlocks(texts.visas, filler),
      ...renderBlocks(texts.preamble, filler),
      { text: texts.decision, bold: true, alignment: 'center', margin: [0, 6, 0, 2] },
    ];
  }
  const texts = template.convention;
  return [
    ...keptWithHeading(sectionTitle('Entre les soussignés'), renderBlocks(texts.parties, filler)),
    ...keptWithHeading(sectionTitle('Visas'), renderBlocks(texts.visas, filler)),
    ...keptWithHeading(sectionTitle('Préambule'), renderBlocks(texts.preamble, filler)),
    { text: texts.agreement, bold: true, margin: [0, 6, 0, 0] },
  ];
}

function signatures(template: ConventionTemplate, data: ConventionFacts, filler: Filler, last: readonly Content[]): Content[] {
  const { convention, ccas, provider } = data;
  if (convention.instrument === 'arrete') {
    const notification: Content = { text: `${template.arrete.notification} ${BLANK}`, margin: [0, 10, 0, 0] };
    return signatureBlock(last, filler.fill(template.arrete.closing), [{ heading: template.arrete.signature, person: ccas.representative, signedOn: convention.signedCcasOn }], [notification]);
  }
  return signatureBlock(last, filler.fill(template.convention.closing), [
    { heading: template.convention.signatures.ccas, person: ccas.representative, signedOn: convention.signedCcasOn },
    { heading: template.convention.signatures.provider, person: provider.representative, signedOn: convention.signedProviderOn },
  ]);
}

export function conventionDocument(frame: ConventionFrame, template: ConventionTemplate, data: ConventionDocumentData): TDocumentDefinitions {
  const { convention } = data;
  assertInstrumentAllowed(data);
  assertAmountsAdd(data, conventionRefusal(convention));
  const articles = numberedArticles(template, convention.instrument);
  const filler = createFiller(template, conventionValues(data, articles), conventionFlags(data), data.draft ? DRAFT_BLANKS : new Set());
  const inserts = conventionInserts(template, data, filler);
  const bodies = articles.map((article) => articleContent(article, filler, inserts));
  // The last article travels with the closing words and the signatures: no signature alone on a page.
  const last = bodies.pop() ?? [];
  const content: Content[] = [
    ...opening(template, data, filler),
    ...bodies.flat(),
    ...signatures(template, data, filler, last),
    ...conventionAnnexes(template, data, filler),
  ];
  filler.assertComplete(conventionRefusal(convention));
  return framedDocument(
    {
      ...frame,
      organisation: data.ccas,
      title: conventionTitle(template, data),
      sessionLine: `N° ${convention.number} — ${data.provider.name} — clauses du modèle ${template.version}`,
      pageOrientation: 'portrait',
    },
    content,
  );
}
