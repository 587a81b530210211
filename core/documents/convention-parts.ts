// Pieces shared by the convention, the arrêté, the avenant and the certificate: the placeholder
// values drawn from the data, the numbered articles, the template's blocks as pdfmake content, the
// schedule tables and the signature blocks.
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { AppError } from '../domain/app-error.ts';
import { agree, roleTitle, withCivility, type GrammaticalGender } from '../domain/french-gender.ts';
import { formatSiret } from '../domain/identifiers.ts';
import { formatEuros } from '../domain/money.ts';
import type { ConventionFacts, ConventionInstrument, Person, ProviderLegalForm, ScheduleKind, ScheduleLineData } from './convention-data.ts';
import { BLANK, type ConventionTemplate, type Filler, type TemplateArticle, type TemplateBlock, type TemplateInsert } from './convention-template.ts';
import { heading, hyphenatedKept, keepable, keepTogether, keptWithHeading, paragraph } from './convention-layout.ts';
import { COLORS, dataTable } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';
import { CONVENTION_THRESHOLD_CENTS } from './rapport-conventions.ts';

export type NumberedArticle = TemplateArticle & { number: number };

/** The template's articles that an instrument carries, numbered in the order of the national model. */
export function numberedArticles(template: ConventionTemplate, instrument: ConventionInstrument): NumberedArticle[] {
  return template.articles.filter((article) => article.instruments.includes(instrument)).map((article, index) => ({ ...article, number: index + 1 }));
}

/** French quotation marks, held to their words by no-break spaces. */
export const quote = (text: string): string => `«\u00A0${text}\u00A0»`;

const filled = (value: string | null | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
export const longDate = (iso: string | null | undefined): string | null => (filled(iso) ? formatLongDate(iso ?? '') : null);

export function formatPercent(value: number): string {
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\u202F/gu, '\u00A0')}\u00A0%`;
}

/** The form as the parties name it, with its article, and the gender "représenté(e)" agrees with. */
const FORMS: Readonly<Record<ProviderLegalForm, [form: string, withArticle: string, gender: GrammaticalGender]>> = {
  association: ['association', 'l’association', 'feminine'],
  siae: ['structure d’insertion par l’activité économique', 'la structure d’insertion', 'feminine'],
  entreprise: ['entreprise', 'l’entreprise', 'feminine'],
  etablissement_public: ['établissement public', 'l’établissement', 'masculine'],
  autre: ['organisme', 'l’organisme', 'masculine'],
};

export function postalAddress(party: { address: string; postalCode: string; city: string }): string | null {
  if (!filled(party.address) || !filled(party.city)) return null;
  return `${party.address.trim()}, ${[party.postalCode.trim(), party.city.trim()].filter(Boolean).join(' ')}`;
}

export function providerIdentifiers(provider: { siret: string | null; rna: string | null }): string | null {
  const parts = [filled(provider.siret) ? `SIRET ${formatSiret(provider.siret ?? '')}` : null, filled(provider.rna) ? `RNA ${provider.rna ?? ''}` : null];
  return parts.filter(Boolean).join(', ') || null;
}

/** The highest yearly total the provider receives from the CCAS (this convention's years when no total is given). */
export function thresholdYear(data: Pick<ConventionFacts, 'providerYearTotals' | 'years'>): { year: number; totalCents: number } | null {
  const totals = data.providerYearTotals.length > 0 ? data.providerYearTotals : data.years.map((year) => ({ year: year.year, totalCents: year.amountCents }));
  return totals.reduce<{ year: number; totalCents: number } | null>((best, line) => (best === null || line.totalCents > best.totalCents ? line : best), null);
}

export const isMandatory = (data: Pick<ConventionFacts, 'providerYearTotals' | 'years'>): boolean => (thresholdYear(data)?.totalCents ?? 0) > CONVENTION_THRESHOLD_CENTS;

/**
 * The person who acts for a party: the name preceded by the civility ("Madame Claire Martin", as French
 * acts name the parties), and the words that agree with that person ("dûment habilitée", "Je soussignée").
 */
export function partyValues(prefix: 'ccas' | 'provider', representative: Person | null): Record<string, string | null> {
  const civility = representative?.civility ?? '';
  const name = filled(representative?.name);
  return {
    [`${prefix}.representative.name`]: name === null ? null : withCivility(name, civility),
    [`${prefix}.representative.role`]: filled(representative?.role),
    [`${prefix}.representative.empowered`]: roleTitle('habilité', civility),
    [`${prefix}.representative.undersigned`]: roleTitle('soussigné', civility),
  };
}

/** Every placeholder a convention's texts may use, from its data; null where the data has nothing. */
export function conventionValues(data: ConventionFacts, articles: readonly NumberedArticle[]): Record<string, string | null> {
  const { ccas, provider, convention } = data;
  const primary = data.action.objectives.find((objective) => objective.isPrimary) ?? data.action.objectives[0];
  const years = data.years.map((line) => line.year);
  const threshold = thresholdYear(data);
  const eligible = convention.eligibleCostCents > 0 ? convention.eligibleCostCents : null;
  const values: Record<string, string | null> = {
    'ccas.name': filled(ccas.name),
    'ccas.address': postalAddress(ccas),
    'ccas.city': filled(ccas.city),
    'ccas.siret': filled(ccas.siret) ? formatSiret(ccas.siret ?? '') : null,
    ...partyValues('ccas', ccas.representative),
    'provider.name': filled(provider.name),
    'provider.form': FORMS[provider.legalForm][0],
    'provider.kind': FORMS[provider.legalForm][1],
    'provider.represented': agree('représenté', FORMS[provider.legalForm][2]),
    'provider.designated': agree('désigné', FORMS[provider.legalForm][2]),
    'provider.address': postalAddress(provider),
    'provider.identifiers': providerIdentifiers(provider),
    ...partyValues('provider', provider.representative),
    'pact.title': filled(data.pact.title),
    'pact.lever': primary ? `levier ${primary.leverNumber}${filled(primary.leverTitle) ? ` ${quote(primary.leverTitle.trim())}` : ''}` : null,
    'pact.objective': primary ? `objectif opérationnel ${primary.code} ${quote(primary.title.trim())}` : null,
    'call.title': filled(data.call.title),
    'cai.date': longDate(data.cai.heldOn),
    'avis.label': data.cai.avisKind === 'favorable_sous_reserve' ? 'favorable sous réserve' : 'favorable',
    'ca.deliberationRef': filled(data.ca.deliberationRef),
    'ca.deliberationDate': longDate(data.ca.deliberationOn),
    'convention.number': filled(convention.number),
    'convention.designation': convention.instrument === 'arrete' ? 'l’arrêté attributif de subvention' : 'la convention de financement',
    'convention.startDate': longDate(convention.startsOn),
    'convention.endDate': longDate(convention.endsOn),
    'convention.duration': years.length > 0 ? plural(years.length, 'an') : null,
    'convention.firstYear': years.length > 0 ? String(Math.min(...years)) : null,
    'convention.lastYear': years.length > 0 ? String(Math.max(...years)) : null,
    'convention.object': filled(convention.object),
    'convention.signedOn': longDate(lastSignature(convention)),
    'action.title': filled(data.action.title),
    'amount.total': formatEuros(convention.totalCents),
    'amount.eligibleCost': eligible === null ? null : formatEuros(eligible),
    'amount.share': eligible === null ? null : formatPercent((convention.totalCents / eligible) * 100),
    'threshold.limit': formatEuros(CONVENTION_THRESHOLD_CENTS),
    'threshold.amount': threshold ? formatEuros(threshold.totalCents) : null,
    'threshold.year': threshold ? String(threshold.year) : null,
  };
  for (const article of articles) values[`ref.${article.key}`] = String(article.number);
  return values;
}

/** A convention is signed when both parties have signed (an arrêté when the CCAS has). */
export function lastSignature(convention: ConventionFacts['convention']): string | null {
  if (convention.instrument === 'arrete') return convention.signedCcasOn;
  const { signedCcasOn, signedProviderOn } = convention;
  if (!signedCcasOn || !signedProviderOn) return null;
  return signedCcasOn > signedProviderOn ? signedCcasOn : signedProviderOn;
}

export function conventionFlags(data: ConventionFacts): Set<string> {
  const flags = new Set<string>([data.convention.instrument, data.convention.duration]);
  if (filled(data.convention.conditions)) flags.add('reserves');
  if (data.provider.legalForm === 'association') flags.add('association');
  if (isMandatory(data)) flags.add('mandatory');
  return flags;
}

/** The yearly amounts and the schedule add up to the convention's amount: anything else is refused, not printed. */
export function assertAmountsAdd(data: ConventionFacts, what: string): void {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const total = data.convention.totalCents;
  const years = sum(data.years.map((line) => line.amountCents));
  const schedule = sum(data.schedule.map((line) => line.amountCents));
  if (years !== total) throw new AppError('precondition', `${what} : les montants annuels (${formatEuros(years)}) ne font pas le montant total (${formatEuros(total)}).`);
  if (schedule !== total) throw new AppError('precondition', `${what} : l’échéancier (${formatEuros(schedule)}) ne fait pas le montant total (${formatEuros(total)}).`);
}

export type Inserts = Partial<Record<TemplateInsert, () => Content[]>>;

/** The template's blocks whose condition holds, filled; an insert the document does not provide prints nothing. */
export function renderBlocks(blocks: readonly TemplateBlock[], filler: Filler, inserts: Inserts = {}): Content[] {
  return filler.active(blocks).flatMap((block): Content[] => {
    if ('text' in block) return [paragraph(filler.fill(block.text))];
    if ('list' in block) return [{ ul: block.list.map((item) => ({ text: hyphenatedKept(filler.fill(item)), alignment: 'justify' as const, margin: [0, 0, 0, 2] as [number, number, number, number] })), margin: [6, 0, 0, 4] }];
    return inserts[block.insert]?.() ?? [];
  });
}

export function articleContent(article: NumberedArticle, filler: Filler, inserts: Inserts = {}): Content[] {
  return keptWithHeading(heading(`Article ${article.number} – ${article.title}`), renderBlocks(article.blocks, filler, inserts));
}

const KIND_LABELS: Readonly<Record<ScheduleKind, string>> = { avance: 'Avance', acompte: 'Acompte', solde: 'Solde' };
export const scheduleKindLabel = (kind: ScheduleKind): string => KIND_LABELS[kind];

export function triggerLabel(line: Pick<ScheduleLineData, 'trigger' | 'plannedOn' | 'year'>, instrument: ConventionInstrument): string {
  if (line.trigger === 'signature') return instrument === 'arrete' ? 'À la notification de l’arrêté' : 'À la signature de la convention';
  if (line.trigger === 'bilan') return `Après acceptation du bilan ${line.year}`;
  return line.plannedOn ? `Le ${formatLongDate(line.plannedOn)}` : 'À la date prévue';
}

function dueLabel(line: ScheduleLineData): string {
  if (line.dueOn) return formatLongDate(line.dueOn);
  if (line.trigger === 'signature') return '60 jours après la signature';
  if (line.trigger === 'bilan') return '60 jours après l’acceptation';
  return '—';
}

const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, alignment: 'right', ...extra });
const share = (line: ScheduleLineData) => (line.percentBp === null ? '—' : formatPercent(line.percentBp / 100));

/** The schedule: `full` adds the year, the planned and due dates (annexe IV); the short form sits in the article. */
export function scheduleTable(lines: readonly ScheduleLineData[], instrument: ConventionInstrument, full: boolean): Content {
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const rows: TableCell[][] = lines.map((line) => [
    String(line.rank),
    ...(full ? [String(line.year)] : []),
    KIND_LABELS[line.kind],
    right(share(line)),
    right(formatEuros(line.amountCents)),
    triggerLabel(line, instrument),
    ...(full ? [line.plannedOn ? formatLongDate(line.plannedOn) : '—', dueLabel(line)] : []),
  ]);
  const spanned = full ? 4 : 3;
  rows.push([
    { text: 'Total', bold: true, colSpan: spanned },
    ...Array.from({ length: spanned - 1 }, () => ''),
    right(formatEuros(total), { bold: true }),
    { text: '', colSpan: full ? 3 : 1 },
    ...(full ? ['', ''] : []),
  ]);
  return full
    ? dataTable(['N°', 'Exercice', 'Nature', 'Part', 'Montant', 'Condition du versement', 'Date prévue', 'Échéance (60 jours)'], rows, [18, 40, 44, 40, 64, '*', 66, 70], { alignRight: [3, 4] })
    : dataTable(['N°', 'Nature', 'Part de l’exercice', 'Montant', 'Condition du versement'], rows, [20, 60, 70, 80, '*'], { alignRight: [2, 3] });
}

export function yearAmountsTable(years: readonly { year: number; amountCents: number }[]): Content {
  const total = years.reduce((sum, line) => sum + line.amountCents, 0);
  const rows: TableCell[][] = years.map((line) => [`Exercice ${line.year}`, right(formatEuros(line.amountCents))]);
  rows.push([{ text: 'Total', bold: true }, right(formatEuros(total), { bold: true })]);
  return { ...(dataTable(['Exercice', 'Montant'], rows, [160, 100], { alignRight: [1] }) as object), margin: [0, 0, 0, 6] } as Content;
}

/** A boxed notice (the 23 000 € rule) set off from the clauses. */
export function notice(text: string, strong: boolean): Content {
  return {
    table: { widths: ['*'], body: [[{ text, fontSize: 8.5, bold: strong, color: strong ? COLORS.warning : COLORS.muted, margin: [4, 2, 4, 2] }]] },
    layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, hLineColor: () => (strong ? COLORS.warning : COLORS.rule), vLineColor: () => (strong ? COLORS.warning : COLORS.rule) },
    margin: [0, 2, 0, 6],
  };
}

export type SignatureParty = { heading: string; person: Person | null; signedOn: string | null };

function signatureColumn(party: SignatureParty): Column {
  return {
    width: '*',
    stack: [
      { text: party.heading, bold: true },
      { text: party.person ? `${party.person.name}, ${party.person.role}` : '' },
      { text: `Le ${longDate(party.signedOn) ?? BLANK}`, margin: [0, 2, 0, 30] },
      { text: 'Signature', style: 'small' },
    ],
  };
}

/**
 * The closing words and the signatures, kept together with the last lines before them (the last
 * article): a signature never stands alone on a page. `after` follows the signatures (a notification).
 */
export function signatureBlock(before: readonly Content[], closing: string, parties: readonly SignatureParty[], after: readonly Content[] = []): Content[] {
  const columns: Column[] = parties.map(signatureColumn);
  if (parties.length === 1) columns.unshift({ width: '*', text: '' });
  const signatures: Content[] = [{ text: closing, margin: [0, 8, 0, 8] }, { columns, columnGap: 24 }, ...after];
  // A long last article flows; its final block stays with the signatures.
  if (keepable([...before, ...signatures])) return [{ stack: [...before, ...signatures], unbreakable: true }];
  const kept = before.slice(-1);
  return [...before.slice(0, -1), keepTogether([...kept, ...signatures])];
}
