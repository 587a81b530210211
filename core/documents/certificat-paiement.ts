// Certificat administratif de paiement: one payment of a convention — the convention, the schedule
// line and whether its condition was met (or why it was paid before), the amount, the mandate, and
// what has been paid so far and remains. It goes with the mandate to the public accountant.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../domain/app-error.ts';
import { formatEuros } from '../domain/money.ts';
import type { CertificatDocumentData } from './convention-data.ts';
import {
  formatPercent,
  longDate,
  partyValues,
  providerIdentifiers,
  renderBlocks,
  scheduleKindLabel,
  signatureBlock,
  triggerLabel,
} from './convention-parts.ts';
import { heading } from './convention-layout.ts';
import { createFiller, type ConventionTemplate } from './convention-template.ts';
import type { ConventionFrame } from './convention.ts';
import { COLORS, framedDocument } from './document-frame.ts';

/** « au titre du solde », « la condition du versement de l’avance ». */
const OF_KIND = { avance: 'de l’avance', acompte: 'de l’acompte', solde: 'du solde' } as const;

const label = (text: string): TableCell => ({ text, color: COLORS.muted });
const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, alignment: 'right', ...extra });

/** Label / value pairs in a borderless two-column table. */
function facts(rows: [string, TableCell][], widths: (number | string)[] = [150, '*']): Content {
  return { table: { widths, body: rows.map(([name, value]) => [label(name), value]) }, layout: { defaultBorder: false, paddingLeft: () => 0, paddingTop: () => 1.5, paddingBottom: () => 1.5 }, margin: [0, 0, 0, 2] };
}

const section = (title: string, body: Content): Content => ({ stack: [heading(title), body], unbreakable: true });

export function certificatDocument(frame: ConventionFrame, template: ConventionTemplate, data: CertificatDocumentData): TDocumentDefinitions {
  const { convention, line, payment, ccas, provider } = data;
  const refusal = `Le certificat de paiement du versement n° ${payment.id} (convention n° ${convention.number}) ne peut pas être établi`;
  const paidCents = data.paidBeforeCents + payment.amountCents;
  const remainingCents = convention.totalCents - paidCents;
  if (remainingCents < 0) {
    throw new AppError('precondition', `${refusal} : ${formatEuros(payment.amountCents)} dépasse ce qui reste dû (${formatEuros(convention.totalCents - data.paidBeforeCents)}).`);
  }
  const ofLine = `${OF_KIND[line.kind]} de l’exercice ${line.year} (échéance n°\u00A0${line.rank})`;
  const trigger = triggerLabel(line, convention.instrument);
  const values = {
    'ccas.name': ccas.name.trim() || null,
    'ccas.city': ccas.city.trim() || null,
    ...partyValues('ccas', ccas.representative),
    'provider.name': provider.name.trim() || null,
    'convention.designation': convention.instrument === 'arrete' ? 'l’arrêté attributif de subvention' : 'la convention de financement',
    'convention.number': convention.number,
    'convention.signedOn': longDate(convention.signedOn),
    'amount.total': formatEuros(convention.totalCents),
    'line.ofLabel': ofLine,
    'line.trigger': trigger,
    'line.triggerMetOn': longDate(line.triggerMetOn),
    'payment.amount': formatEuros(payment.amountCents),
    'payment.overrideReason': payment.overrideReason.trim() || null,
    'totals.paid': formatEuros(paidCents),
    'totals.remaining': formatEuros(remainingCents),
    'certificat.date': longDate(data.issuedOn),
  };
  const flags = new Set<string>([convention.instrument, ...(line.triggerMet ? ['triggerMet'] : [])]);
  const filler = createFiller(template, values, flags);
  const texts = template.certificat;
  const identifiers = providerIdentifiers(provider);

  const met: TableCell = line.triggerMet
    ? { text: `Oui${line.triggerMetOn ? `, le ${longDate(line.triggerMetOn) ?? ''}` : ''}`, bold: true }
    : { text: [{ text: 'Non — versement avant la condition', bold: true, color: COLORS.warning }, payment.overrideReason.trim() ? ` ; motif : ${payment.overrideReason.trim()}` : ''] };
  const content: Content[] = [
    section(
      convention.instrument === 'arrete' ? 'L’arrêté attributif' : 'La convention',
      facts([
        ['Numéro', { text: convention.number, bold: true }],
        ['Bénéficiaire', { text: [{ text: provider.name, bold: true }, identifiers ? ` — ${identifiers}` : ''] }],
        ['Objet', convention.object],
        ['Signée le', longDate(convention.signedOn) ?? '—'],
        ['Montant total', formatEuros(convention.totalCents)],
      ]),
    ),
    section(
      'L’échéance',
      facts([
        ['Échéance', `n° ${line.rank} — ${scheduleKindLabel(line.kind)}, exercice ${line.year}${line.percentBp === null ? '' : ` (${formatPercent(line.percentBp / 100)} de l’exercice)`}`],
        ['Montant prévu', formatEuros(line.amountCents)],
        ['Condition du versement', trigger],
        ['Condition remplie', met],
        ['Échéance de paiement', longDate(line.dueOn) ?? '—'],
      ]),
    ),
    {
      columns: [
        {
          width: '*',
          stack: [
            heading('Le versement'),
            facts(
              [
                ['Montant du versement', { text: formatEuros(payment.amountCents), bold: true, fontSize: 11 }],
                ['Référence du mandat', payment.mandateRef.trim() || 'à attribuer'],
                ['Date du mandat', longDate(payment.orderedOn) ?? '—'],
                ['Date du paiement', longDate(payment.paidOn) ?? '—'],
              ],
              [105, '*'],
            ),
          ],
        },
        {
          width: 240,
          stack: [
            heading('Situation après ce versement'),
            facts(
              [
                ['Montant de la convention', right(formatEuros(convention.totalCents))],
                ['Déjà versé', right(formatEuros(data.paidBeforeCents))],
                ['Ce versement', right(formatEuros(payment.amountCents))],
                ['Total versé à ce jour', right(formatEuros(paidCents), { bold: true })],
                ['Reste à verser', right(formatEuros(remainingCents), { bold: true })],
              ],
              [130, '*'],
            ),
          ],
        },
      ],
      columnGap: 20,
      unbreakable: true,
    },
    ...signatureBlock([heading('Certification'), ...renderBlocks(texts.body, filler)], filler.fill(texts.closing), [{ heading: texts.signature, person: ccas.representative, signedOn: data.issuedOn }]),
  ];
  filler.assertComplete(refusal);
  return framedDocument(
    {
      ...frame,
      organisation: ccas,
      title: texts.title,
      sessionLine: `Convention n° ${convention.number} — versement n° ${payment.id} — clauses du modèle ${template.version}`,
      pageOrientation: 'portrait',
    },
    content,
  );
}
