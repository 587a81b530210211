// Documents agree with the civility of the people they name: "La présidente de la commission" under
// an avis chaired by a woman, "Représentante du Département" and "Présente" in the relevé, "représenté
// par Madame …, dûment habilitée" and "Je soussignée" in the conventions; with no civility given, the
// masculine of a function and the "(e)" of a sentence about the person, as before.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAvenantPdf, renderCertificatPdf, renderConventionPdf } from '../../core/documents/convention-documents.ts';
import { loadConventionTemplate } from '../../core/documents/convention-template.ts';
import type { GeneratedDocument, Juror } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { boardSession } from '../support/board-session.ts';
import { arreteDocumentData, avenantDocumentData, certificatDocumentData, conventionDocumentData } from '../support/convention-document-data.ts';
import { readPages } from '../support/pdf-pages.ts';
import { pdfFlatText } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { openTestService } from '../support/test-app.ts';

const template = loadConventionTemplate(path.resolve(import.meta.dirname, '../../resources'));
const flatOf = (rendered: { bytes: Buffer; fileName: string }) => pdfFlatText(readPdf(rendered.bytes, rendered.fileName).file);
/** The lines as a person reads them (pdftotext -layout), runs of spaces between columns made one. */
const linesOf = (document: GeneratedDocument) =>
  readPages(Buffer.from(document.contentBase64, 'base64'), document.fileName)
    .pages.flat()
    .map((line) => line.replace(/\s{2,}/gu, ' | '));

async function setCivility(service: Service, juror: Juror, civility: Juror['civility']): Promise<void> {
  const { id, name, role, organisation, isPermanent, email } = juror;
  await service.invoke('jurors.update', { id, name, civility, role, organisation, isPermanent, email });
}

describe('session documents and the civility of the members', () => {
  it('a chairwoman signs as "La présidente de la commission"; the relevé agrees each member’s role, standing and attendance', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service);
    const [agnes, bruno, claire, denis] = setup.jurors as [Juror, Juror, Juror, Juror];
    await setCivility(service, agnes, 'madame');
    await setCivility(service, claire, 'madame');
    await setCivility(service, denis, 'monsieur');
    const applicationId = setup.applicationIds[2] ?? 0;

    const avis = linesOf(await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId }));
    expect(avis.join('\n')).toMatch(/La présidente de la commission\nAgnès Martin\n/u);
    expect(avis.join('\n')).not.toContain('Le président');

    const releveDocument = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    const releve = linesOf(releveDocument);
    expect(releve.join('\n')).toMatch(/La présidente de la commission\nAgnès Martin\n/u);
    expect(releve.find((line) => line.startsWith('Agnès Martin (présidente)'))).toContain('Titulaire | Présente');
    expect(releve.find((line) => line.startsWith('Claire Dubois'))).toMatch(/^Claire Dubois \| Représentante du Département \| .* \| Titulaire \| Présente$/u);
    expect(releve.find((line) => line.startsWith('Denis Roux'))).toMatch(/^Denis Roux \| Représentant des allocataires du RSA \| — \| Suppléant \| Excusé$/u);
    // No civility given: the masculine, as French official texts keep it for a function.
    expect(releve.find((line) => line.startsWith(bruno.name))).toMatch(/\| Titulaire \| Présent$/u);

    const fiche = linesOf(await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: claire.id, blank: true }));
    expect(fiche.join('\n')).toContain('Membre du jury : Claire Dubois — Représentante du Département');

    // The same chair without a civility: the heading is the masculine again, and the fingerprint changes with it.
    await setCivility(service, agnes, '');
    const neutralDocument = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    expect(neutralDocument.dataSha256).not.toBe(releveDocument.dataSha256);
    const neutral = linesOf(neutralDocument);
    expect(neutral.join('\n')).toMatch(/Le président de la commission\nAgnès Martin\n/u);
    expect(neutral.find((line) => line.startsWith('Agnès Martin (président)'))).toBeDefined();
    await setCivility(service, agnes, 'monsieur');
    expect(linesOf(await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId })).join('\n')).toMatch(/Le président de la commission\nAgnès Martin\n/u);
   }, 90_000);
});

describe('conventions and the civility of the people who sign them', () => {
  const woman = { name: 'Agnès Martin', role: 'Vice-présidente du CCAS', civility: 'madame' as const };
  const man = { name: 'Paul Le Goff', role: 'président', civility: 'monsieur' as const };

  it('names each party’s representative with the civility, and agrees "habilité" with the CCAS’s, "représenté" with the provider’s form', async () => {
    const flat = flatOf(await renderConventionPdf(conventionDocumentData((data) => Object.assign(data, { ccas: { ...data.ccas, representative: woman }, provider: { ...data.provider, representative: man } })), template));
    expect(flat).toContain('SIRET 263 500 186 00014, représenté par Madame Agnès Martin, Vice-présidente du CCAS, dûment habilitée par la délibération');
    expect(flat).toContain('RNA W353012345, représentée par Monsieur Paul Le Goff, président, ci-après désignée');

    const man2 = { ...woman, name: 'Marc Hervé', role: 'Vice-président du CCAS', civility: 'monsieur' as const };
    const publicBody = flatOf(
      await renderConventionPdf(conventionDocumentData((data) => Object.assign(data, { ccas: { ...data.ccas, representative: man2 }, provider: { ...data.provider, legalForm: 'etablissement_public', rna: null, representative: { ...woman, role: 'directrice' } } })), template),
    );
    expect(publicBody).toContain('représenté par Monsieur Marc Hervé, Vice-président du CCAS, dûment habilité par');
    expect(publicBody).toContain('établissement public dont le siège est situé 5 rue de Lorient, 35000 Rennes, SIRET 784 671 695 00087, représenté par Madame Agnès Martin, directrice, ci-après désigné');
  });

  it('without a civility: the name alone and the "(e)" of the person, as before civilities existed', async () => {
    const flat = flatOf(await renderConventionPdf(conventionDocumentData(), template));
    expect(flat).toContain('représenté par Agnès Martin, Vice-présidente du CCAS, dûment habilité(e) par');
    expect(flat).toContain('représentée par Claire Le Goff, présidente,');
  });

  it('the arrêté and the avenant describe the parties the same way', async () => {
    const arrete = flatOf(await renderConventionPdf(arreteDocumentData((data) => Object.assign(data, { ccas: { ...data.ccas, representative: woman } })), template));
    expect(arrete).toContain('Le CCAS de Rennes, SIRET 263 500 186 00014, représenté par Madame Agnès Martin, Vice-présidente du CCAS,');
    const avenant = flatOf(await renderAvenantPdf(avenantDocumentData((data) => Object.assign(data.convention, { ccas: { ...data.convention.ccas, representative: woman }, provider: { ...data.convention.provider, representative: man } })), template));
    expect(avenant).toContain('représenté par Madame Agnès Martin, Vice-présidente du CCAS, dûment habilitée par');
    expect(avenant).toContain('représentée par Monsieur Paul Le Goff, président,');
  });

  it('the payment certificate says "Je soussignée" for a woman, "Je soussigné" for a man, "Je soussigné(e)" when not given', async () => {
    const certify = async (representative: typeof woman | typeof man | null) =>
      flatOf(await renderCertificatPdf(certificatDocumentData((data) => (data.ccas = { ...data.ccas, ...(representative ? { representative } : {}) })), template));
    expect(await certify(woman)).toContain('Je soussignée, Madame Agnès Martin, Vice-présidente du CCAS, agissant pour le CCAS de Rennes, certifie :');
    expect(await certify({ ...man, role: 'Vice-président du CCAS' })).toContain('Je soussigné, Monsieur Paul Le Goff, Vice-président du CCAS, agissant pour le CCAS de Rennes, certifie :');
    expect(await certify(null)).toContain('Je soussigné(e), Agnès Martin, Vice-présidente du CCAS, agissant pour le CCAS de Rennes, certifie :');
  });
});
