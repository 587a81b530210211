// Avenant n° X rendered and read back: the convention it amends (number, signature, deliberation),
// the recitals with the reason, before → after for each change, the amended articles of the
// convention written again in full, the new schedule beside the superseded lines, the signatures;
// the same bytes twice; refused in French when a value is missing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAvenantPdf } from '../../core/documents/convention-documents.ts';
import { loadConventionTemplate, MissingValuesError } from '../../core/documents/convention-template.ts';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { formatEuros } from '../../core/domain/money.ts';
import { avenantDocumentData, conventionDocumentData } from '../support/convention-document-data.ts';
import { pdfFlatText, printed } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { pdfCharacters } from '../support/pdf-unicode.ts';

const template = loadConventionTemplate(path.resolve(import.meta.dirname, '../../resources'));
const euros = (cents: number) => printed(formatEuros(cents));

async function rendered(data = avenantDocumentData()) {
  const document = await renderAvenantPdf(data, template);
  const pdf = readPdf(document.bytes, document.fileName);
  return { document, pdf, flat: pdfFlatText(pdf.file) };
}

describe('avenant to a convention', () => {
  it('refers to the convention, gives the reason, shows before and after, and writes the amended articles in full', async () => {
    const { document, pdf, flat } = await rendered();
    expect(document.fileName).toBe('avenant-1-conv-2018-007-mobilicles.pdf');
    expect(document.reference).toBe('CONV-2018-007-AV1');
    expect(flat).toContain('Avenant n° 1 à la convention de financement n° CONV-2018-007');
    expect(flat).toContain('SIRET 263 500 186 00014');
    expect(flat).toContain('SIRET 784 671 695 00087, RNA W353012345');
    expect(flat).toContain('Vu la convention de financement n° CONV-2018-007 signée le 5 avril 2018, approuvée par la délibération n° 2018-CA-014 du conseil d’administration du CCAS en date du 29 mars 2018 ;');
    expect(flat).toContain('Vu la délibération n° 2019-CA-041 du conseil d’administration du CCAS en date du 27 juin 2019 approuvant le présent avenant');
    expect(flat).toContain('Considérant le motif de la modification : l’extension de l’action au quartier de Villejean à partir de septembre 2019');
    expect(flat).toContain(`Montant total de la contribution ${euros(6_000_000)} ${euros(6_500_000)}`);
    expect(flat).toContain('Date de fin de l’action 20 décembre 2019 31 mars 2020');
    expect(flat).toContain('Échéancier 2 échéances remplacées 4 échéances (nouvel échéancier ci-dessous)');

    // Article 2 (durée), 4 (contribution) and 5 (versement) of the convention, in full, with the new values.
    expect(flat).toContain('L’article 2 de la convention, « Durée », est remplacé par les dispositions suivantes : Article 2 – Durée La convention est conclue pour une durée de 2 ans, du 8 janvier 2018 au 31 mars 2020');
    expect(flat).toContain(`Article 4 – Contribution financière Le CCAS contribue financièrement à l’action pour un montant total de ${euros(6_500_000)}, soit 43,33 % du coût total éligible`);
    expect(flat).toContain(`Exercice 2018 ${euros(3_000_000)} Exercice 2019 ${euros(3_500_000)} Total ${euros(6_500_000)}`);
    expect(flat).toContain('Article 5 – Modalités de versement');
    expect(flat).not.toContain('Article 1 – Objet Par la présente convention');

    expect(flat).toContain(`5 2019 Avance 70 % ${euros(2_450_000)} Le 15 juillet 2019 15 juillet 2019 13 septembre 2019`);
    expect(flat).toContain(`6 2019 Solde 30 % ${euros(1_050_000)} Après acceptation du bilan 2019`);
    expect(flat).toContain(`Échéances remplacées (pour mémoire) N° Exercice Nature Part Montant Condition du versement Date prévue Échéance (60 jours) 3 2019 Avance 70 % ${euros(2_100_000)} Le 15 janvier 2019`);
    expect(flat).toContain('Toutes les autres clauses de la convention et de ses annexes demeurent inchangées.');
    expect(flat).toContain('Pour le CCAS Agnès Martin, Vice-présidente du CCAS Le 4 juillet 2019 Signature Pour le bénéficiaire Claire Le Goff, présidente Le 4 juillet 2019 Signature');
    const signaturePage = pdf.text.split('\f').find((page) => page.includes('Pour le bénéficiaire')) ?? '';
    expect(signaturePage).toContain('Prise d’effet');
    expect(pdfCharacters(document.bytes).has('\u00A0')).toBe(true);
    expect(flat).not.toContain('{{');
    expect(pdf.text).not.toMatch(/[\uFFFD\u25A1]/u);
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(document.dataSha256)}`);
    expect(pdf.info).toMatch(/^Keywords:.*modèle de clauses 2026-2/mu);
  });

  it('rewrites only the articles a change touches: a new object amends article 1 alone', async () => {
    const { flat } = await rendered(
      avenantDocumentData((data) => {
        const facts = data.convention;
        facts.convention = { ...facts.convention, totalCents: 6_000_000, endsOn: '2019-12-20', object: 'accompagner vers l’emploi cinquante allocataires du RSA par an.' };
        facts.years = [
          { year: 2018, amountCents: 3_000_000 },
          { year: 2019, amountCents: 3_000_000 },
        ];
        facts.schedule = conventionDocumentData().schedule;
        data.avenant.supersededSchedule = [];
        data.avenant.changes = [{ field: 'object', before: 'accompagner vers l’emploi quarante allocataires du RSA par an.', after: 'accompagner vers l’emploi cinquante allocataires du RSA par an.' }];
      }),
    );
    expect(flat).toContain('Objet accompagner vers l’emploi quarante allocataires du RSA par an. accompagner vers l’emploi cinquante allocataires du RSA par an.');
    expect(flat).toContain('Article 1 – Objet Par la présente convention');
    for (const untouched of ['Article 2 – Durée', 'Article 4 – Contribution financière', 'Article 5 – Modalités de versement', 'Échéances remplacées']) expect(flat).not.toContain(untouched);
  });

  it('gives the same bytes for the same data', async () => {
    const first = await renderAvenantPdf(avenantDocumentData(), template);
    expect((await renderAvenantPdf(avenantDocumentData(), template)).bytes.equals(first.bytes)).toBe(true);
    const other = await renderAvenantPdf(avenantDocumentData((data) => (data.avenant.reason = 'un autre motif')), template);
    expect(other.dataSha256).not.toBe(first.dataSha256);
  });

  it('is refused with the French list of what is missing; a draft leaves the deliberation to be written in', async () => {
    const error = await renderAvenantPdf(
      avenantDocumentData((data) => {
        data.avenant.deliberationOn = null;
        data.avenant.reason = ' ';
        data.convention.convention.signedProviderOn = null;
      }),
      template,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingValuesError);
    expect((error as MissingValuesError).missing).toEqual(['La date de signature de la convention', 'Le motif de l’avenant', 'La date de la délibération du CA approuvant l’avenant']);
    expect((error as MissingValuesError).message).toMatch(/^L’avenant n° 1 à la convention n° CONV-2018-007 ne peut pas être établi, il manque : la date de signature de la convention ; /u);

    const draft = await rendered(avenantDocumentData((data) => Object.assign(data, { draft: true, avenant: { ...data.avenant, deliberationRef: null, deliberationOn: null, signedOn: null } })));
    expect(draft.document.fileName).toBe('projet-avenant-1-conv-2018-007-mobilicles.pdf');
    expect(draft.flat).toContain('Projet d’avenant n° 1 à la convention de financement n° CONV-2018-007');
    expect(draft.flat).toContain('Vu la délibération n° …………… du conseil d’administration du CCAS en date du ……………');
  });

  it('refuses an avenant to an arrêté, an avenant that changes nothing, and a schedule that does not make the new amount', async () => {
    const arrete = await renderAvenantPdf(avenantDocumentData((data) => (data.convention.convention.instrument = 'arrete')), template).catch((caught: unknown) => caught);
    expect(arrete).toMatchObject({ code: 'precondition', message: expect.stringContaining('un arrêté attributif se modifie par un nouvel arrêté') as unknown });
    const nothing = await renderAvenantPdf(avenantDocumentData((data) => (data.avenant.changes = [])), template).catch((caught: unknown) => caught);
    expect(nothing).toMatchObject({ code: 'precondition', message: expect.stringContaining('il ne modifie rien') as unknown });
    const short = await renderAvenantPdf(avenantDocumentData((data) => data.convention.schedule.pop()), template).catch((caught: unknown) => caught);
    expect(short).toMatchObject({ code: 'precondition', message: expect.stringContaining(`l’échéancier (${formatEuros(5_450_000)}) ne fait pas le montant total (${formatEuros(6_500_000)})`) as unknown });
  });
});
