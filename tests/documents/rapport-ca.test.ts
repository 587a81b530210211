// The report to the board rendered for real and read back with pdftotext: context, fundings, totals by
// lever and their chart, the conventions above 23 000 €, the draft deliberation; the same bytes twice;
// refused in French before the session is closed or while an avis is missing.
import { describe, expect, it } from 'vitest';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { boardSession } from '../support/board-session.ts';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { pdfFlatText, printed } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { CHAIR_PIN, startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const flat = (text: string) => text.replace(/\s+/gu, ' ');

describe('rapport au conseil d’administration', () => {
  it('prints the context, the fundings, the levers, the conventions and a deliberation, in French', async () => {
    const { service } = openTestService();
    await service.invoke('settings.saveOrganisation', { name: 'CCAS de Rennes', department: 'Direction de l’insertion', address: '12 rue de l’Hôtel-Dieu', postalCode: '35000', city: 'Rennes', phone: '', email: '', logoDataUrl: null, signatories: [] });
    const setup = await boardSession(service);
    const document = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    const pdf = readPdf(Buffer.from(document.contentBase64, 'base64'), document.fileName);
    const text = pdfFlatText(pdf.file);

    expect(pdf.pages).toBe(3);
    expect(text).toContain('Rapport au conseil d’administration');
    expect(text).toContain('Le Pacte Rennais d\'Insertion 2017–2021');
    expect(text).toContain('Réunie le 12 décembre 2017, Salle du conseil, CCAS de Rennes, avec 3 membres présents, la commission a examiné 6 dossiers.');
    expect(text).toMatch(/Quorum atteint/u);
    expect(text).toContain('Elle a rendu 4 avis favorables (dont 1 sous réserve), 1 dossier ajourné et 1 avis défavorable.');
    // Fundings: the four favourable ones, not the adjourned or refused files.
    for (const title of ['Vélo-école pour l’emploi', 'Location solidaire de scooters', 'Ateliers d’estime de soi', 'Chantier d’insertion « espaces verts »']) expect(text).toContain(title);
    expect(text).not.toContain('Théâtre-forum');
    expect(text).not.toContain('Garde d’enfants');
    expect(text).toContain('Réserve : Présenter la convention avec le garage partenaire.');
    expect(text).toContain(printed('Total : 4 actions, 3 organismes 78 000,00 € 70 000,01 €'));
    // Levers: table and chart (label, amount, envelope), lever 3 over its envelope.
    expect(text).toContain('Levier 6 – Favoriser la mobilité');
    expect(text).toContain(printed('24 000,00 € sur 40 000,00 €'));
    expect(text).toContain(printed('-3 000,01 €'));
    expect(text).toContain('Au-delà de l’enveloppe');
    // Conventions: Mobiliclés (two applications summed), Le Relais at 23 000,01 €; Élan Créateur at 23 000,00 € is not listed.
    const conventions = text.slice(text.indexOf('Conventions de financement obligatoires'), text.indexOf('Projet de délibération'));
    expect(conventions).toContain(printed('Mobiliclés Location solidaire de scooters : 9 000,00 € Vélo-école pour l’emploi : 15 000,00 € 24 000,00 €'));
    expect(conventions).toContain(printed('Le Relais Pour l’Emploi Chantier d’insertion « espaces verts » : 23 000,01 € 23 000,01 €'));
    expect(conventions).not.toContain('Élan Créateur');
    // The deliberation, on its own page.
    const lastPage = flat(pdf.text.split('\f')[2] ?? '');
    expect(lastPage).toContain('Projet de délibération');
    expect(lastPage).toContain('Vu la loi n° 2000-321 du 12 avril 2000');
    expect(lastPage).toContain('Vu le décret n° 2001-495 du 6 juin 2001');
    expect(lastPage).toContain('DÉCIDE :');
    expect(lastPage).toContain(printed('Article 1 – d’attribuer les subventions figurant au tableau des financements proposés du présent rapport, soit 4 actions portées par 3 organismes, pour un montant total de 70 000,01 €'));
    expect(lastPage).toContain(printed('dépasse 23 000,00 € : Mobiliclés (24 000,00 €), Le Relais Pour l’Emploi (23 000,01 €)'));
    // The frame: fingerprint, pages, metadata; no unknown glyph.
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(document.dataSha256)}`);
    expect(pdf.text).toContain('Page 3 / 3');
    expect(pdf.text).not.toMatch(/[?\uFFFD\u25A1]/u);
    expect(pdf.info).toMatch(/^Title:\s+Rapport au conseil d’administration — CAI du 12 décembre 2017$/mu);
    expect(pdf.info).toMatch(/^Author:\s+CCAS de Rennes$/mu);
    expect(document.fileName).toBe(`rapport-ca-seance-${setup.sessionId}-2017-12-12.pdf`);
  });

  it('adds to a provider’s yearly total what another closed session of the call granted it', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service);
    // Élan Créateur had exactly 23 000,00 € (no convention); a second session of the call grants it 1,00 € more.
    const elan = setup.applications[2];
    const extra = await addRecevableApplication(service, { callId: setup.call.id, providerId: elan?.providerId ?? 0, title: 'Atelier cuisine partagée', requestedCents: 50_000 });
    const chair = setup.jurorIds[0] ?? 0;
    const second = await service.invoke('sessions.create', { callId: setup.call.id, title: 'CAI du 12 mars 2018', heldOn: '2018-03-12', place: '', jurorIds: [chair], chairJurorId: chair });
    await service.invoke('sessions.setPin', { sessionId: second.id, jurorId: chair, pin: CHAIR_PIN });
    await service.invoke('sessions.setAgenda', { sessionId: second.id, applicationIds: [extra.id] });
    for (const status of ['notation', 'deliberation'] as const) await service.invoke('sessions.setStatus', { sessionId: second.id, status });
    await service.invoke('sessions.reveal', { sessionId: second.id, chairPin: CHAIR_PIN });
    await service.invoke('sessions.setAvis', { sessionId: second.id, applicationId: extra.id, kind: 'favorable', proposedCents: 100 });
    await service.invoke('sessions.setStatus', { sessionId: second.id, status: 'close' });

    const document = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    const text = pdfFlatText(readPdf(Buffer.from(document.contentBase64, 'base64')).file);
    expect(text).toContain(printed('Élan Créateur Ateliers d’estime de soi et d’expression : 23 000,00 € Atelier cuisine partagée : 1,00 € (séance du 12 mars 2018) 23 001,00 €'));
    expect(text).toContain(printed('Élan Créateur (23 001,00 €)'));
  });

  it('gives the same bytes for the same data, and another fingerprint once an amount changes', async () => {
    const { service } = openTestService();
    const setup = await deliberatedSession(service);
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'close' });
    const first = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    const again = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    expect(again.contentBase64).toBe(first.contentBase64);
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation', reason: 'Montant à corriger.' });
    await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId: setup.applicationIds[0] ?? 0, kind: 'favorable', proposedCents: 100_000 });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'close' });
    const changed = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    expect(changed.dataSha256).not.toBe(first.dataSha256);
    expect(flat(readPdf(Buffer.from(changed.contentBase64, 'base64')).text)).toContain('Aucun organisme ne dépasse');
  });

  it('is refused while the session is not closed, and while an application has no avis', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const open = expectFailure(await service.call('documents.rapportCa', { sessionId: setup.sessionId }));
    expect(open).toMatchObject({ code: 'precondition', message: expect.stringContaining('la séance est en notation. Clôturez d’abord la séance') as unknown });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId: setup.applicationIds[0] ?? 0, kind: 'ajourne', reasons: 'Budget à préciser.' });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'close' });
    const missing = expectFailure(await service.call('documents.rapportCa', { sessionId: setup.sessionId }));
    expect(missing.message).toMatch(/1 dossier n’a pas d’avis \(« .+ »\)\. Rouvrez la séance/u);
    expect(expectFailure(await service.call('documents.rapportCa', { sessionId: 999 })).code).toBe('not_found');
  });
});
