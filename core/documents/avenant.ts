// Avenant n° X to a convention: the reference to the convention and its deliberation, the recitals,
// what changes (before → after), each amended article of the convention written again in full with
// the new values, the new échéancier beside the lines it supersedes, and the signatures.
// A pure function of its data and of the clause template.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../domain/app-error.ts';
import { formatEuros } from '../domain/money.ts';
import type { AvenantChange, AvenantDocumentData } from './convention-data.ts';
import {
  articleContent,
  assertAmountsAdd,
  conventionFlags,
  conventionValues,
  longDate,
  numberedArticles,
  renderBlocks,
  scheduleTable,
  signatureBlock,
  type NumberedArticle,
} from './convention-parts.ts';
import { heading, keepTogether, keptWithHeading, paragraph } from './convention-layout.ts';
import { createFiller, type ConventionTemplate, type Filler } from './convention-template.ts';
import { conventionInserts, type ConventionFrame } from './convention.ts';
import { COLORS, dataTable, framedDocument } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';

const DRAFT_BLANKS = new Set(['avenant.deliberationRef', 'avenant.deliberationDate']);

/** Which articles of the convention each change rewrites; a new amount brings a new schedule. */
const AMENDED: Readonly<Record<AvenantChange['field'], readonly string[]>> = {
  object: ['objet'],
  endDate: ['duree'],
  amount: ['contribution', 'versement'],
  schedule: ['versement'],
};

export function avenantTitle(template: ConventionTemplate, data: AvenantDocumentData, filler: Filler): string {
  return filler.fill(data.draft ? template.avenant.draftTitle : template.avenant.title);
}

function changeRow(change: AvenantChange, data: AvenantDocumentData): TableCell[] {
  switch (change.field) {
    case 'amount':
      return ['Montant total de la contribution', formatEuros(change.beforeCents), { text: formatEuros(change.afterCents), bold: true }];
    case 'endDate':
      return ['Date de fin de l’action', formatLongDate(change.before), { text: formatLongDate(change.after), bold: true }];
    case 'object':
      return ['Objet', change.before, { text: change.after, bold: true }];
    case 'schedule': {
      const before = data.avenant.supersededSchedule.length;
      return [
        'Échéancier',
        `${plural(before, 'échéance remplacée', 'échéances remplacées')}`,
        { text: `${plural(data.convention.schedule.length, 'échéance', 'échéances')} (nouvel échéancier ci-dessous)`, bold: true },
      ];
    }
  }
}

/** The amended article set off by a rule in the margin, so that the new wording reads as a quotation. */
function quoted(body: Content[]): Content {
  return {
    table: { widths: ['*'], body: [[{ stack: body }]] },
    layout: { hLineWidth: () => 0, vLineWidth: (index: number) => (index === 0 ? 1.2 : 0), vLineColor: () => COLORS.rule, paddingLeft: () => 9, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    margin: [0, 0, 0, 4],
  };
}

export function avenantDocument(frame: ConventionFrame, template: ConventionTemplate, data: AvenantDocumentData): TDocumentDefinitions {
  const facts = data.convention;
  const { convention } = facts;
  const refusal = `L’avenant n° ${data.avenant.rank} à la convention n° ${convention.number} ne peut pas être établi`;
  if (convention.instrument === 'arrete') throw new AppError('precondition', `${refusal} : un arrêté attributif se modifie par un nouvel arrêté, non par un avenant.`);
  if (data.avenant.changes.length === 0) throw new AppError('precondition', `${refusal} : il ne modifie rien.`);
  assertAmountsAdd(facts, refusal);
  const articles = numberedArticles(template, 'convention');
  const values = {
    ...conventionValues(facts, articles),
    'avenant.rank': String(data.avenant.rank),
    'avenant.reason': data.avenant.reason.trim() || null,
    'avenant.deliberationRef': data.avenant.deliberationRef?.trim() || null,
    'avenant.deliberationDate': longDate(data.avenant.deliberationOn),
  };
  const filler = createFiller(template, values, conventionFlags(facts), data.draft ? DRAFT_BLANKS : new Set());
  const inserts = conventionInserts(template, facts, filler);
  const texts = template.avenant;
  const amendedKeys = new Set(data.avenant.changes.flatMap((change) => AMENDED[change.field]));
  const amended = articles.filter((article) => amendedKeys.has(article.key));

  let number = 0;
  const article = (title: string, body: Content[]): Content[] => keptWithHeading(heading(`Article ${++number} – ${title}`), body);
  const changes = dataTable(
    ['Clause', 'Avant l’avenant', 'Après l’avenant'],
    data.avenant.changes.map((change) => changeRow(change, data)),
    [110, '*', '*'],
  );
  const local = (text: string, target: NumberedArticle) => filler.fill(text.replaceAll('{{article.number}}', String(target.number)).replaceAll('{{article.title}}', target.title));
  const scheduleBody: Content[] = [keepTogether([paragraph(filler.fill(texts.schedule.intro)), scheduleTable(facts.schedule, 'convention', true)])];
  if (data.avenant.supersededSchedule.length > 0) {
    scheduleBody.push(
      ...keptWithHeading({ text: 'Échéances remplacées (pour mémoire)', bold: true, color: COLORS.muted, margin: [0, 8, 0, 3] }, [scheduleTable(data.avenant.supersededSchedule, 'convention', true)]),
    );
  }
  const content: Content[] = [
    ...keptWithHeading({ text: 'Entre les soussignés', bold: true, color: COLORS.accent, margin: [0, 8, 0, 3] }, renderBlocks(texts.parties, filler)),
    ...keptWithHeading({ text: 'Visas', bold: true, color: COLORS.accent, margin: [0, 8, 0, 3] }, renderBlocks(texts.visas, filler)),
    ...keptWithHeading({ text: 'Préambule', bold: true, color: COLORS.accent, margin: [0, 8, 0, 3] }, renderBlocks(texts.recitals, filler)),
    { text: texts.agreement, bold: true, margin: [0, 6, 0, 0] },
    ...article(texts.changes.title, [paragraph(filler.fill(texts.changes.intro)), changes]),
    // The intro and the new wording travel together: "… remplacé par les dispositions suivantes :" never ends a page.
    ...amended.flatMap((target) => article(local(texts.amended.title, target), [keepTogether([paragraph(local(texts.amended.intro, target)), quoted(articleContent(target, filler, inserts))])])),
    ...article(texts.schedule.title, scheduleBody),
    ...article(texts.others.title, [paragraph(filler.fill(texts.others.text))]),
  ];
  const effect = article(texts.effect.title, [paragraph(filler.fill(texts.effect.text))]);
  const signedOn = data.avenant.signedOn;
  content.push(
    ...signatureBlock(effect, filler.fill(texts.closing), [
      { heading: template.convention.signatures.ccas, person: facts.ccas.representative, signedOn },
      { heading: template.convention.signatures.provider, person: facts.provider.representative, signedOn },
    ]),
  );
  const title = avenantTitle(template, data, filler);
  filler.assertComplete(refusal);
  return framedDocument(
    {
      ...frame,
      organisation: facts.ccas,
      title,
      sessionLine: `Convention n° ${convention.number} — ${facts.provider.name} — clauses du modèle ${template.version}`,
      pageOrientation: 'portrait',
    },
    content,
  );
}
