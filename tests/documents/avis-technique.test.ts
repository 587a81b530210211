// The avis techniques rendered for real: each read back with pdftotext (provider, SIRET, objectives,
// the jury's mean, the conflicts, the avis and amounts, the fingerprint, no replacement boxes), their
// page counts, the same bytes twice, the combined file, and the refusals while the session cannot have them.
import { describe, expect, it } from 'vitest';
import { avisTechniqueDocument } from '../../core/documents/avis-technique.ts';
import { combineDocuments } from '../../core/documents/combine-documents.ts';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { renderPdf } from '../../core/documents/render-pdf.ts';
import { formatSiret } from '../../core/domain/identifiers.ts';
import { formatEuros } from '../../core/domain/money.ts';
import type { GeneratedDocument } from '../../core/service/api.ts';
import { AVIS_FRAME, LONG_SUMMARY, avisTechniqueData } from '../support/avis-technique-data.ts';
import { JURORS } from '../support/cai-session.ts';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { readPdf } from '../support/pdf-text.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { CHAIR_PIN, startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const read = (document: GeneratedDocument) => readPdf(Buffer.from(document.contentBase64, 'base64'), document.fileName);
/** pdftotext reads the no-break spaces of amounts as plain spaces. */
const printed = (cents: number) => formatEuros(cents).replace(/\u00A0/gu, ' ');
const metadata = { title: 'Avis technique', subject: 'Essai', author: 'CCAS de Rennes', creationDate: new Date('2017-12-15T10:00:00.000Z') };

describe('avis technique', () => {
  it('prints the provider, the objectives, the jury’s collective result, the conflicts, the avis and the amounts', async () => {
    const { service } = openTestService();
    await service.invoke('settings.saveOrganisation', { name: 'CCAS de Rennes', department: 'Direction de l’insertion', address: '12 rue de l’Hôtel-Dieu', postalCode: '35000', city: 'Rennes', phone: '', email: '', logoDataUrl: null, signatories: [] });
    const setup = await deliberatedSession(service, { conflict: true });
    const [first, second] = setup.applications;
    if (!first || !second) throw new Error('two applications expected');
    const provider = await service.invoke('providers.get', { id: first.providerId });
    const document = await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: first.id });
    const pdf = read(document);

    expect(document.fileName).toBe(`avis-technique-${first.id}-prestataire-a.pdf`);
    expect(document.reference).toBe(`CAI-2018-03-12-S${setup.sessionId}-AVIS-${first.id}`);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Avis technique');
    expect(pdf.text).toContain('CCAS de Rennes');
    expect(pdf.text).toContain('Prestataire A');
    expect(pdf.text).toContain(formatSiret(provider.siret ?? ''));
    const objective = first.objectives[0];
    expect(pdf.text).toContain(`Levier ${objective?.leverNumber ?? '?'} — Favoriser la mobilité`);
    expect(pdf.text).toContain(`${objective?.code ?? '?'} ${objective?.title ?? '?'} (objectif principal)`);
    expect(pdf.text).toContain('Accompagner des allocataires du RSA vers l’emploi.');
    // Scores 0, 2 and 3 of 4 on every criterion (the second member withdrew): (0 + 10 + 15) / 3 on 20.
    expect(pdf.text).toContain('Moyenne du jury : 8,33 / 20, sur les notes de 3 membres du jury.');
    expect(pdf.text).toContain('1 membre du jury s’est retiré pour conflit d’intérêts');
    // pdftotext -layout may squeeze the spaces of the right-aligned "0 à 4".
    expect(pdf.text).toMatch(/Adéquation aux objectifs du pacte\s+3\s+0\s*à\s*4\s+3\s+1,67/u);
    expect(pdf.text).toContain('Favorable');
    expect(pdf.text).toContain('Action bien ancrée dans le quartier.');
    expect(pdf.text).toMatch(new RegExp(`Montant proposé\\s+${printed(Math.floor(first.requestedCents / 2))}`, 'u'));
    expect(pdf.text).toMatch(new RegExp(`Montant demandé\\s+${printed(first.requestedCents)}`, 'u'));
    expect(pdf.text).toContain('Le président de la commission');
    expect(pdf.text).toContain('Fait à Rennes, le 12 mars 2018');
    // The chair signs; no other member of the jury is ever named on an avis.
    expect(pdf.text).toContain(JURORS[0]?.name ?? '?');
    for (const juror of JURORS.slice(1)) expect(pdf.text).not.toContain(juror.name);
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(document.dataSha256)}`);
    expect(pdf.text).toContain('Page 1 / 1');
    expect(pdf.text).not.toMatch(/[?\uFFFD\u25A1]/u);
    expect(pdf.info).toMatch(/^Title:\s+Avis technique — Action A$/mu);
    expect(pdf.info).toMatch(/^Author:\s+CCAS de Rennes$/mu);
    expect(pdf.info).toMatch(/^Subject:\s+Avis technique de la CAI du 2018-03-12 sur le dossier n° \d+ \(Prestataire A\)$/mu);

    const reserved = read(await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: second.id }));
    // Scores 1, 2, 3 and 4 of 4: (5 + 10 + 15 + 20) / 4 on 20.
    expect(reserved.text).toContain('12,50 / 20, sur les notes de 4 membres du jury.');
    expect(reserved.text).toContain('Aucun membre du jury ne s’est retiré pour conflit d’intérêts');
    expect(reserved.text).toContain('Favorable sous réserve');
    expect(reserved.text).toContain('Transmettre le bilan intermédiaire en juin.');
  });

  it('gives the same bytes for the same data, and another fingerprint once the avis changes', async () => {
    const { service } = openTestService();
    const setup = await deliberatedSession(service);
    const input = { sessionId: setup.sessionId, applicationId: setup.applicationIds[2] ?? 0 };
    const first = await service.invoke('documents.avis', input);
    expect((await service.invoke('documents.avis', input)).contentBase64).toBe(first.contentBase64);
    await service.invoke('sessions.setAvis', { ...input, kind: 'defavorable', reasons: 'Hors du champ du pacte.' });
    const changed = await service.invoke('documents.avis', input);
    expect(changed.dataSha256).not.toBe(first.dataSha256);
    expect(read(changed).text).toContain('Motifs de l’avis défavorable');
  });

  it('writes all the avis of the session, one file each (the same bytes as one by one) or combined, each from a new page', async () => {
    const { service } = openTestService();
    const setup = await deliberatedSession(service, { conflict: true });
    const files = await service.invoke('documents.avisAll', { sessionId: setup.sessionId, combined: false });
    if (files.combined) throw new Error('files expected');
    expect(files.files.map((file) => file.fileName)).toEqual(setup.applications.map((application, index) => `avis-technique-${application.id}-prestataire-${'abc'[index] ?? '?'}.pdf`));
    for (const [index, file] of files.files.entries()) {
      const alone = await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: setup.applicationIds[index] ?? 0 });
      expect(file.contentBase64).toBe(alone.contentBase64);
    }
    const series = await service.invoke('documents.avisAll', { sessionId: setup.sessionId, combined: true });
    if (!series.combined) throw new Error('a combined document expected');
    expect(series.count).toBe(3);
    expect(series.document.reference).toBe(`CAI-2018-03-12-S${setup.sessionId}-AVIS`);
    const pdf = read(series.document);
    expect(pdf.pages).toBe(3);
    expect(pdf.text.match(/Page 1 \/ 1/gu)).toHaveLength(3);
    for (const file of files.files) expect(pdf.text).toContain(`Empreinte ${shortFingerprint(file.dataSha256)}`);
    expect(pdf.text).not.toMatch(/[?\uFFFD\u25A1]/u);
    expect(pdf.info).toMatch(/^Title:\s+Avis techniques — CAI du 12 mars 2018$/mu);
    const again = await service.invoke('documents.avisAll', { sessionId: setup.sessionId, combined: true });
    expect(again.combined && again.document.contentBase64).toBe(series.document.contentBase64);
  });

  it('flows a long avis onto a second page cleanly, and numbers each avis within itself when combined', async () => {
    // pdfmake writes its layout into the definition: each rendering gets a definition of its own.
    const long = () => avisTechniqueDocument(AVIS_FRAME, avisTechniqueData({ application: { summary: LONG_SUMMARY }, avis: { motivation: 'Action bien ancrée dans le quartier, partenariats solides. '.repeat(12).trim() } }));
    const alone = readPdf(await renderPdf(long(), metadata), 'long.pdf');
    expect(alone.pages).toBe(2);
    expect(alone.text).toContain('Page 1 / 2');
    expect(alone.text).toContain('Page 2 / 2');
    expect(alone.text).not.toMatch(/[?\uFFFD\u25A1]/u);
    // The signature stays whole, with its name, on the last page.
    const lastPage = alone.text.split('\f')[1] ?? '';
    expect(lastPage).toMatch(/Le président de la commission\s+Agnès Martin/u);

    const short = avisTechniqueDocument({ ...AVIS_FRAME, reference: 'CAI-2017-12-15-S3-AVIS-13' }, avisTechniqueData());
    const combined = readPdf(await renderPdf(combineDocuments([long(), short, long()]), metadata), 'combined.pdf');
    expect(combined.pages).toBe(5);
    const footers = combined.text.match(/Page \d \/ \d/gu);
    expect(footers).toEqual(['Page 1 / 2', 'Page 2 / 2', 'Page 1 / 1', 'Page 1 / 2', 'Page 2 / 2']);
    expect(combined.text).toContain('réf. CAI-2017-12-15-S3-AVIS-13');
  });

  it('is refused, saying what is missing: scores not revealed, an application off the agenda, an avis not given', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const [first] = setup.applications;
    if (!first) throw new Error('an application expected');
    const input = { sessionId: setup.sessionId, applicationId: first.id };
    expect(expectFailure(await service.call('documents.avis', input))).toMatchObject({ code: 'precondition', message: 'L’avis technique ne peut pas être établi : les notes de la séance n’ont pas encore été révélées.' });
    expect(expectFailure(await service.call('documents.avisAll', { sessionId: setup.sessionId, combined: true })).message).toContain('Les avis techniques ne peuvent pas être établis : les notes');
    const outside = await addRecevableApplication(service, { callId: setup.call.id, providerName: 'Prestataire hors séance', title: 'Action hors séance' });
    expect(expectFailure(await service.call('documents.avis', { sessionId: setup.sessionId, applicationId: outside.id }))).toMatchObject({ code: 'not_found', message: `Le dossier n° ${outside.id} n’est pas à l’ordre du jour de cette séance.` });
    expect(expectFailure(await service.call('documents.avis', { sessionId: 999, applicationId: first.id })).code).toBe('not_found');

    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    expect(expectFailure(await service.call('documents.avis', input))).toMatchObject({ code: 'precondition', message: expect.stringMatching(/^Le dossier « Action A » n’a pas encore d’avis/u) as unknown });
    await service.invoke('sessions.setAvis', { ...input, kind: 'ajourne', reasons: 'Budget à préciser.' });
    expect((await service.invoke('documents.avis', input)).fileName).toMatch(/^avis-technique-\d+-prestataire-a\.pdf$/u);
    const missing = expectFailure(await service.call('documents.avisAll', { sessionId: setup.sessionId, combined: false }));
    expect(missing).toMatchObject({ code: 'precondition', message: 'Les avis techniques ne peuvent pas être établis : 1 dossier n’a pas encore d’avis (« Action B »).' });
  });
});
