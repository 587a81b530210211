// The certificat administratif de paiement of one payment, rendered and read back: the convention,
// the beneficiary and its SIRET, the schedule line and whether its condition was met (or why it was
// paid before), the amount, the mandate, the total paid so far and what remains; one page; the same
// bytes twice; refused when a payment made before its condition has no reason, or exceeds what is due.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificatPdf } from '../../core/documents/convention-documents.ts';
import { loadConventionTemplate, MissingValuesError } from '../../core/documents/convention-template.ts';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { formatEuros } from '../../core/domain/money.ts';
import { certificatDocumentData } from '../support/convention-document-data.ts';
import { pdfFlatText, printed } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { pdfCharacters } from '../support/pdf-unicode.ts';

const template = loadConventionTemplate(path.resolve(import.meta.dirname, '../../resources'));
const euros = (cents: number) => printed(formatEuros(cents));

async function rendered(data = certificatDocumentData()) {
  const document = await renderCertificatPdf(data, template);
  const pdf = readPdf(document.bytes, document.fileName);
  return { document, pdf, flat: pdfFlatText(pdf.file) };
}

describe('certificat administratif de paiement', () => {
  it('certifies one payment: the convention, the line and its condition met, the amount, the mandate, paid so far and remaining', async () => {
    const { document, pdf, flat } = await rendered();
    expect(document.fileName).toBe('certificat-paiement-conv-2018-007-versement-17.pdf');
    expect(document.reference).toBe('CONV-2018-007-VERS-17');
    expect(pdf.pages).toBe(1);
    expect(flat).toContain('Certificat administratif de paiement');
    expect(flat).toContain('Numéro CONV-2018-007');
    expect(flat).toContain('Bénéficiaire Mobiliclés — SIRET 784 671 695 00087, RNA W353012345');
    expect(flat).toContain('Objet accompagner vers l’emploi quarante allocataires du RSA');
    expect(flat).toContain(`Montant total ${euros(6_000_000)}`);
    expect(flat).toContain('Échéance n° 2 — Solde, exercice 2018 (30 % de l’exercice)');
    expect(flat).toContain('Condition du versement Après acceptation du bilan 2018 Condition remplie Oui, le 20 mai 2019');
    expect(flat).toContain(`Montant du versement ${euros(900_000)}`);
    expect(flat).toContain('Référence du mandat M-2019-1234 Date du mandat 3 juin 2019');
    expect(flat).toContain(`Déjà versé ${euros(2_100_000)} Ce versement ${euros(900_000)} Total versé à ce jour ${euros(3_000_000)} Reste à verser ${euros(3_000_000)}`);
    expect(flat).toContain('Je soussigné(e), Agnès Martin, Vice-présidente du CCAS, agissant pour le CCAS de Rennes, certifie :');
    expect(flat).toContain('que la condition du versement du solde de l’exercice 2018 (échéance n° 2), « Après acceptation du bilan 2018 », est remplie depuis le 20 mai 2019 ;');
    expect(flat).toContain(`que la somme de ${euros(900_000)} est due au bénéficiaire au titre du solde de l’exercice 2018 (échéance n° 2) ; ce versement porte le total versé à ${euros(3_000_000)} et laisse ${euros(3_000_000)} restant à verser.`);
    expect(flat).toContain('Fait à Rennes, le 3 juin 2019.');
    expect(pdfCharacters(document.bytes).has('\u00A0')).toBe(true);
    expect(flat).not.toContain('{{');
    expect(pdf.text).not.toMatch(/[\uFFFD\u25A1]/u);
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(document.dataSha256)}`);
    expect(pdf.info).toMatch(/^Keywords:.*modèle de clauses 2026-2/mu);
  });

  it('says when a payment precedes its condition, with the reason the manager gave', async () => {
    const reason = 'bilan reçu complet, validation reportée à la CAI de septembre';
    const { flat } = await rendered(
      certificatDocumentData((data) => {
        data.line.triggerMet = false;
        data.line.triggerMetOn = null;
        data.payment.overrideReason = reason;
      }),
    );
    expect(flat).toContain(`Condition remplie Non — versement avant la condition ; motif : ${reason}`);
    expect(flat).toContain(`que le versement du solde de l’exercice 2018 (échéance n° 2) intervient avant la réalisation de sa condition, « Après acceptation du bilan 2018 », pour le motif suivant : ${reason} ;`);
    expect(flat).not.toContain('est remplie depuis');
  });

  it('gives the same bytes for the same data', async () => {
    const first = await renderCertificatPdf(certificatDocumentData(), template);
    expect((await renderCertificatPdf(certificatDocumentData(), template)).bytes.equals(first.bytes)).toBe(true);
  });

  it('is refused without the reason of an early payment, without the date its condition was met, or beyond what is due', async () => {
    const early = await renderCertificatPdf(
      certificatDocumentData((data) => {
        data.line.triggerMet = false;
        data.payment.overrideReason = '';
      }),
      template,
    ).catch((caught: unknown) => caught);
    expect(early).toBeInstanceOf(MissingValuesError);
    expect((early as MissingValuesError).missing).toEqual(['Le motif du versement avant la réalisation de sa condition (versement)']);
    expect((early as MissingValuesError).message).toBe(
      'Le certificat de paiement du versement n° 17 (convention n° CONV-2018-007) ne peut pas être établi, il manque : le motif du versement avant la réalisation de sa condition (versement).',
    );
    const undated = await renderCertificatPdf(certificatDocumentData((data) => (data.line.triggerMetOn = null)), template).catch((caught: unknown) => caught);
    expect((undated as MissingValuesError).missing).toEqual(['La date à laquelle la condition du versement a été remplie']);
    const beyond = await renderCertificatPdf(certificatDocumentData((data) => (data.paidBeforeCents = 5_500_000)), template).catch((caught: unknown) => caught);
    expect(beyond).toMatchObject({ code: 'precondition', message: expect.stringContaining(`${formatEuros(900_000)} dépasse ce qui reste dû (${formatEuros(500_000)})`) as unknown });
  });
});
