// The convention de financement rendered for real and read back with pdftotext: both parties and
// their SIRET, the visas and préambule, every article of the model in order, the amounts in French
// with no-break spaces, the schedule, the four annexes; the same bytes twice; refused in French when a
// value is missing; the arrêté attributif below 23 000 € a year; no heading left at the foot of a page.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderConventionPdf } from '../../core/documents/convention-documents.ts';
import { numberedArticles } from '../../core/documents/convention-parts.ts';
import { loadConventionTemplate, MissingValuesError } from '../../core/documents/convention-template.ts';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { formatEuros } from '../../core/domain/money.ts';
import { arreteDocumentData, conventionDocumentData } from '../support/convention-document-data.ts';
import { pdfFlatText, printed } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { pdfCharacters } from '../support/pdf-unicode.ts';

const template = loadConventionTemplate(path.resolve(import.meta.dirname, '../../resources'));
const euros = (cents: number) => printed(formatEuros(cents));
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');

/** The last line of a page above its footer. */
function lastBodyLine(page: string): string {
  const lines = page.split('\n').filter((line) => line.trim() !== '');
  return (lines.at(-2) ?? '').trim();
}

async function rendered(data = conventionDocumentData()) {
  const document = await renderConventionPdf(data, template);
  const pdf = readPdf(document.bytes, document.fileName);
  return { document, pdf, flat: pdfFlatText(pdf.file) };
}

describe('convention de financement', () => {
  it('names both parties with their SIRET, the visas, the préambule and every article of the model in order, then the signatures', async () => {
    const { document, pdf, flat } = await rendered();
    expect(document.fileName).toBe('convention-conv-2018-007-mobilicles.pdf');
    expect(document.reference).toBe('CONV-2018-007');
    expect(flat).toContain('Convention de financement');
    expect(flat).toContain('le CCAS de Rennes, établissement public administratif dont le siège est situé 12 rue de l’Hôtel-Dieu, 35000 Rennes, SIRET 263 500 186 00014, représenté par Agnès Martin, Vice-présidente du CCAS');
    expect(flat).toContain('Mobiliclés, association dont le siège est situé 5 rue de Lorient, 35000 Rennes, SIRET 784 671 695 00087, RNA W353012345, représentée par Claire Le Goff, présidente');
    expect(flat).toContain('Vu la loi n° 2000-321 du 12 avril 2000');
    expect(flat).toContain('Vu le décret n° 2001-495 du 6 juin 2001');
    expect(flat).toContain('Vu la délibération n° 2018-CA-014 du conseil d’administration du CCAS en date du 29 mars 2018');
    expect(flat).toContain('Considérant le projet initié et conçu par l’association Mobiliclés, conforme à son objet statutaire ;');
    expect(flat).toContain('concourt au levier 6 « Favoriser la mobilité » du pacte, et plus particulièrement à l’objectif opérationnel 6.1.1 « Développer un outil diagnostic »');
    const titles = numberedArticles(template, 'convention').map((article) => `Article ${article.number} – ${article.title}`);
    expect(titles).toEqual([
      'Article 1 – Objet',
      'Article 2 – Durée',
      'Article 3 – Coût de l’action',
      'Article 4 – Contribution financière',
      'Article 5 – Modalités de versement',
      'Article 6 – Justificatifs',
      'Article 7 – Autres engagements',
      'Article 8 – Contrat d’engagement républicain',
      'Article 9 – Sanctions et reversement',
      'Article 10 – Contrôle',
      'Article 11 – Évaluation',
      'Article 12 – Avenant',
      'Article 13 – Résiliation',
      'Article 14 – Recours',
    ]);
    const positions = titles.map((title) => flat.indexOf(title));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(flat).toContain('compte rendu financier de l’action (Cerfa n° 15059)');
    expect(flat).toContain('dans les six mois suivant la fin de chaque exercice');
    expect(flat).toContain('le bilan annuel de l’action, qui renseigne les indicateurs communs du pacte');
    expect(flat).toContain('Mobilité : le pacte demande d’intégrer la dimension de la mobilité dans les conventions.');
    expect(flat).toContain('par son logo et la mention « Action soutenue par le CCAS de Rennes dans le cadre du Pacte Rennais d’Insertion 2017-2021 »');
    expect(flat).toContain('tribunal administratif territorialement compétent');
    expect(flat).toContain('Pour le CCAS Agnès Martin, Vice-présidente du CCAS Le 5 avril 2018 Signature Pour le bénéficiaire Claire Le Goff, présidente Le 3 avril 2018 Signature');
    expect(flat).not.toContain('{{');
    // A hyphenated word is never cut, nor stretched by justification, into "Vice- présidente".
    expect(flat).not.toMatch(/\p{L}- \p{L}/u);
    expect(pdf.text).not.toMatch(/[\uFFFD\u25A1]/u);
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(document.dataSha256)}`);
  });

  it('prints the amounts in French with no-break spaces: total, share of the eligible cost, one amount per year, the schedule', async () => {
    const { document, flat } = await rendered();
    expect(pdfCharacters(document.bytes).has('\u00A0')).toBe(true);
    expect(pdfCharacters(document.bytes).has('\u202F')).toBe(false);
    expect(flat).toContain(`pour un montant total de ${euros(6_000_000)}, soit 40 % du coût total éligible mentionné à l’article 3`);
    expect(flat).toContain(`Le coût total éligible de l’action est évalué à ${euros(15_000_000)}`);
    expect(flat).toContain(`Exercice 2018 ${euros(3_000_000)} Exercice 2019 ${euros(3_000_000)} Total ${euros(6_000_000)}`);
    expect(flat).toContain(`1 Avance 70 % ${euros(2_100_000)} À la signature de la convention`);
    expect(flat).toContain(`2 Solde 30 % ${euros(900_000)} Après acceptation du bilan 2018`);
    expect(flat).toContain(`3 Avance 70 % ${euros(2_100_000)} Le 15 janvier 2019`);
    expect(flat).toContain(`4 Solde 30 % ${euros(900_000)} Après acceptation du bilan 2019`);
    expect(flat).toContain('chaque versement intervient dans un délai de soixante jours à compter de la réalisation de sa condition');
  });

  it('has the four annexes, each from a new page, the indicators’ annex even with targets still to agree', async () => {
    const { pdf, flat } = await rendered();
    const pages = pagesOf(pdf.text);
    for (const title of ['Annexe I — L’action', 'Annexe II — Budget prévisionnel de l’action', 'Annexe III — Indicateurs et cibles', 'Annexe IV — Échéancier des versements']) {
      expect(pages.some((page) => page.trimStart().startsWith(title))).toBe(true);
    }
    expect(flat).toContain('Intitulé Vélo-école et remise en selle pour l’emploi');
    expect(flat).toContain('Public visé Allocataires du RSA, Habitants des quartiers prioritaires');
    expect(flat).toContain('Territoires Maurepas, Le Blosne, Villejean');
    expect(flat).toContain('La mobilité est l’objet même de l’action');
    expect(flat).toContain('6.1.1 Développer un outil diagnostic (objectif principal)');
    expect(flat).toContain(`64 – Charges de personnel ${euros(11_000_000)}`);
    expect(flat).toContain(`Total des charges ${euros(15_000_000)}`);
    expect(flat).toContain(`Commune / CCAS ${euros(6_000_000)}`);
    expect(flat).toContain('Participants entrés dans l’année (IC01) Chaque exercice 40');
    expect(flat).toContain('Sorties positives : emploi ou formation (IC14) 2018 à définir');
    expect(flat).toContain('Participants ayant levé un frein de mobilité (IC15) 2019 à définir');
    expect(flat).toMatch(/1 2018 Avance 70 % 21 000,00 € À la signature de la convention — 4 juin 2018/u);

    const none = await rendered(conventionDocumentData((data) => (data.indicators = [])));
    expect(none.flat).toContain('Annexe III — Indicateurs et cibles');
    expect(none.flat).toContain('Aucun indicateur propre à l’action n’a été retenu');
  });

  it('carries the conditions of the avis sous réserve, the 23 000 € notice, and the template’s version', async () => {
    const { pdf, flat } = await rendered();
    expect(flat).toContain('Conformément à l’avis de la commission des actions d’insertion du 12 mars 2018, la contribution est accordée sous réserve des conditions suivantes :');
    expect(flat).toContain('Transmettre un bilan intermédiaire de l’action avant le 30 juin de chaque année.');
    expect(flat).toContain('Associer la mission locale au comité de suivi de l’action.');
    expect(flat).toContain(`Convention obligatoire : Mobiliclés reçoit du CCAS plus de ${euros(2_300_000)} par an (${euros(3_450_000)} en 2019, toutes conventions confondues)`);
    expect(flat).toContain('clauses du modèle 2026-2');
    expect(pdf.info).toMatch(/^Keywords:.*modèle de clauses 2026-2/mu);
    expect(pdf.info).toMatch(/^Title:\s+Convention de financement n° CONV-2018-007$/mu);

    const plain = await rendered(conventionDocumentData((data) => {
      data.cai.avisKind = 'favorable';
      data.convention.conditions = '';
      data.providerYearTotals = [{ year: 2018, totalCents: 2_300_000 }];
    }));
    expect(plain.flat).not.toContain('sous réserve des conditions suivantes');
    expect(plain.flat).toContain(`Convention facultative : Mobiliclés reçoit du CCAS ${euros(2_300_000)} en 2018, sans dépasser ${euros(2_300_000)} par an`);
  });

  it('gives the same bytes for the same data, and another fingerprint when the data changes', async () => {
    const first = await renderConventionPdf(conventionDocumentData(), template);
    const again = await renderConventionPdf(conventionDocumentData(), template);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    const changed = await renderConventionPdf(conventionDocumentData((data) => (data.convention.object = 'Un autre objet.')), template);
    expect(changed.dataSha256).not.toBe(first.dataSha256);
    const otherTemplate = await renderConventionPdf(conventionDocumentData(), { ...template, version: '2026-3' });
    expect(otherTemplate.dataSha256).not.toBe(first.dataSha256);
  });

  it('is refused before rendering when the data cannot fill a placeholder, with the French list of what is missing', async () => {
    const missing = conventionDocumentData((data) => {
      data.ccas.siret = null;
      data.ca = { deliberationRef: '2018-CA-014', deliberationOn: null };
      data.provider.representative = null;
    });
    const error = await renderConventionPdf(missing, template).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingValuesError);
    expect((error as MissingValuesError).missing).toEqual([
      'Le SIRET du CCAS (Paramètres)',
      'Le nom du représentant du prestataire (fiche prestataire)',
      'La qualité du représentant du prestataire (fiche prestataire)',
      'La date de la délibération du CA',
    ]);
    expect((error as MissingValuesError).message).toMatch(/^La convention de financement n° CONV-2018-007 ne peut pas être établie, il manque : le SIRET du CCAS \(Paramètres\) ; /u);

    const noIdentifiers = await renderConventionPdf(conventionDocumentData((data) => Object.assign(data.provider, { siret: null, rna: null })), template).catch((caught: unknown) => caught);
    expect((noIdentifiers as MissingValuesError).missing).toEqual(['Le SIRET ou le numéro RNA du prestataire (fiche prestataire)']);

    // Before the board's vote, the draft leaves the deliberation's number and date to be written in.
    const draft = await rendered(conventionDocumentData((data) => Object.assign(data, { draft: true, ca: { deliberationRef: null, deliberationOn: null } })));
    expect(draft.document.fileName).toBe('projet-convention-conv-2018-007-mobilicles.pdf');
    expect(draft.flat).toContain('Projet de convention de financement');
    expect(draft.flat).toContain('Vu la délibération n° …………… du conseil d’administration du CCAS en date du ……………');
  });

  it('an arrêté attributif below 23 000 € a year: lighter articles from the same template, the CCAS alone signs; refused above', async () => {
    const { document, flat } = await rendered(arreteDocumentData());
    expect(document.fileName).toBe('arrete-arr-2018-003-mobilicles.pdf');
    expect(flat).toContain('Arrêté attributif de subvention');
    expect(flat).toContain('ARRÊTE :');
    expect(flat).toContain(`Une subvention de ${euros(1_234_567)} est attribuée à Mobiliclés`);
    expect(flat).toContain(`1 Avance 70 % ${euros(864_197)} À la notification de l’arrêté`);
    expect(flat).toContain(`2 Solde 30 % ${euros(370_370)} Après acceptation du bilan 2018`);
    expect(flat).toContain(`Arrêté attributif : Mobiliclés reçoit du CCAS ${euros(1_234_567)} en 2018, sans dépasser ${euros(2_300_000)} par an`);
    expect(flat).toContain('Article 10 – Exécution');
    for (const absent of ['Coût de l’action', 'Article 11', 'Résiliation', 'Pour le bénéficiaire']) expect(flat).not.toContain(absent);
    expect(flat).toContain('Notifié au bénéficiaire le :');
    expect(flat).toContain('Annexe IV — Échéancier des versements');

    const over = await renderConventionPdf(arreteDocumentData((data) => (data.providerYearTotals = [{ year: 2018, totalCents: 2_300_001 }])), template).catch((caught: unknown) => caught);
    expect(over).toMatchObject({ code: 'precondition', message: expect.stringMatching(/^Un arrêté attributif n’est pas possible : Mobiliclés reçoit du CCAS 23\u00A0000,01\u00A0€ en 2018/u) as unknown });
  });

  it('refuses yearly amounts or a schedule that do not add up to the total', async () => {
    const years = await renderConventionPdf(conventionDocumentData((data) => (data.years = [{ year: 2018, amountCents: 3_000_000 }])), template).catch((caught: unknown) => caught);
    expect(years).toMatchObject({ code: 'precondition', message: expect.stringContaining('les montants annuels') as unknown });
    const schedule = await renderConventionPdf(conventionDocumentData((data) => data.schedule.pop()), template).catch((caught: unknown) => caught);
    expect(schedule).toMatchObject({ code: 'precondition', message: expect.stringContaining('l’échéancier') as unknown });
  });

  it('never leaves a heading at the foot of a page, keeps the signatures with the last article, and loses no long text', async () => {
    const conditions = Array.from({ length: 14 }, (_, index) => `Condition ${index + 1} : transmettre chaque trimestre la liste des participants orientés, les motifs d’abandon et les démarches de mobilité engagées, en lien avec le référent RSA.`).join('\n\n');
    for (const repeat of [0, 2, 5, 9]) {
      const { pdf, flat } = await rendered(conventionDocumentData((data) => {
        data.convention.object += ' Les ateliers se tiennent dans les maisons de quartier.'.repeat(repeat);
        data.convention.conditions = repeat === 9 ? conditions : data.convention.conditions;
      }));
      for (const page of pagesOf(pdf.text)) expect(lastBodyLine(page)).not.toMatch(/^(Article \d+ –|Annexe [IV]+ —|Entre les soussignés|Visas|Préambule)/u);
      const signaturePage = pagesOf(pdf.text).find((page) => page.includes('Pour le bénéficiaire')) ?? '';
      expect(signaturePage).toContain('Article 14 – Recours');
      if (repeat === 9) expect(flat).toContain('Condition 14 : transmettre chaque trimestre');
    }
  });
});
