// The relevé d'avis rendered for real: its text read back with pdftotext (accents, €, amounts with the
// no-break space, no replacement boxes, the fingerprint), its metadata, the same bytes twice, and
// the refusals when the session cannot have minutes yet.
import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../core/domain/money.ts';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { readPdf } from '../support/pdf-text.ts';
import { CHAIR_PIN, startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

describe('relevé d’avis', () => {
  it('prints the session, attendance, quorum, every application with its avis and the totals, in French', async () => {
    const { service } = openTestService();
    await service.invoke('settings.saveOrganisation', { name: 'CCAS de Rennes', department: 'Direction de l’insertion', address: '12 rue de l’Hôtel-Dieu', postalCode: '35000', city: 'Rennes', phone: '', email: '', logoDataUrl: null, signatories: [] });
    const setup = await deliberatedSession(service);
    const document = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    const pdf = readPdf(Buffer.from(document.contentBase64, 'base64'), document.fileName);

    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.text).toContain('Relevé d’avis de la séance');
    expect(pdf.text).toContain('CCAS de Rennes');
    expect(pdf.text).toMatch(/Quorum atteint/u);
    for (const application of setup.applications) expect(pdf.text).toContain(application.title.slice(0, 20));
    expect(pdf.text).toContain('Favorable sous réserve');
    expect(pdf.text).toContain('Ajourné');
    const half = formatEuros(Math.floor((setup.applications[0]?.requestedCents ?? 0) / 2));
    expect(half).toMatch(/\u00A0€$/u);
    // The no-break spaces reach the PDF (checked on the definition in a unit test); pdftotext reads them as plain spaces.
    expect(pdf.text).toContain(half.replace(/\u00A0/gu, ' '));
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(document.dataSha256)}`);
    expect(pdf.text).toMatch(/Page 1 \/ \d/u);
    expect(pdf.text).not.toMatch(/[?\uFFFD\u25A1]/u);
    expect(pdf.info).toMatch(/^Title:\s+Relevé d’avis — /mu);
    expect(pdf.info).toMatch(/^Author:\s+CCAS de Rennes$/mu);
    expect(pdf.info).toMatch(/^Subject:\s+Relevé d’avis de la séance de la CAI du /mu);
  });

  it('gives the same bytes for the same data, and another fingerprint once an avis changes', async () => {
    const { service } = openTestService();
    const setup = await deliberatedSession(service);
    const first = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    const again = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    expect(again.contentBase64).toBe(first.contentBase64);
    const last = setup.applications.at(-1);
    await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId: last?.id ?? 0, kind: 'defavorable', reasons: 'Hors du champ du pacte.' });
    const changed = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    expect(changed.dataSha256).not.toBe(first.dataSha256);
  });

  it('is refused, saying what is missing, before the reveal and while an application has no avis', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const early = expectFailure(await service.call('documents.releve', { sessionId: setup.sessionId }));
    expect(early).toMatchObject({ code: 'precondition', message: expect.stringContaining('pas encore été révélées') as unknown });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    const missing = expectFailure(await service.call('documents.releve', { sessionId: setup.sessionId }));
    expect(missing.message).toMatch(/2 dossiers n’ont pas encore d’avis \(« .+ », « .+ »\)\./u);
  });
});
