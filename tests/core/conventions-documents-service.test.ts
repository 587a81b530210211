// The convention documents and the open-data export through the service, from a real database: the
// data the PDFs print, the same bytes when nothing changed, the refusals naming what is missing, the
// conventions annex of the report to the board, and an SCDL file that passes the schema's rules.
import { describe, expect, it } from 'vitest';
import { boardSession } from '../support/board-session.ts';
import { CCAS, signedConvention } from '../support/signed-convention.ts';
import { readPdf } from '../support/pdf-text.ts';
import { validateScdlCsv } from '../support/scdl-validator.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

// pdftotext gives U+00A0 back as a plain space (tests/documents check the no-break spaces in the PDF itself).
const text = (base64: string) => readPdf(Buffer.from(base64, 'base64')).text.replace(/[\s\u00A0]+/gu, ' ');

describe('convention documents through the service', () => {
  it('prints the convention with both parties, amounts in French, the schedule and the annexes, and the same bytes twice', async () => {
    const { service, database } = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    const { id } = await signedConvention(service, database.sqlite);
    const first = await service.invoke('documents.convention', { conventionId: id });
    const again = await service.invoke('documents.convention', { conventionId: id });
    expect(again.contentBase64).toBe(first.contentBase64);
    const printed = text(first.contentBase64);
    for (const expected of ['CCAS de Rennes', '263 500 019 00017', 'Mobiliclés', 'Claire Martin', '16 000,00 €', '2018-014', 'Annexe I', 'Annexe II', 'Annexe III', 'Annexe IV']) {
      expect(printed).toContain(expected);
    }
    const avenant = text((await service.invoke('documents.avenant', { conventionId: id, rank: 1 })).contentBase64);
    expect(avenant).toContain('Avenant n° 1');
    expect(avenant).toContain('15 000,00 €');
    expect(avenant).toContain('16 000,00 €');
  });

  it('certifies a payment with what was paid so far and what remains', async () => {
    const { service, database } = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    const { paymentId } = await signedConvention(service, database.sqlite);
    const printed = text((await service.invoke('documents.certificat', { paymentId })).contentBase64);
    expect(printed).toContain('10 500,00 €');
    expect(printed).toContain('M-42');
  });

  it('refuses a convention whose data cannot fill the clauses, naming what is missing, in French', async () => {
    const { service } = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    await service.invoke('settings.saveOrganisation', { ...CCAS, siret: '' });
    const setup = await boardSession(service);
    const { drafted } = await service.invoke('conventions.draft', { sessionId: setup.sessionId });
    const error = expectFailure(await service.call('documents.convention', { conventionId: drafted[0]?.id }));
    expect(error.message).toContain('SIRET du CCAS');
    expect(error.message).toContain('représentant du prestataire');
  });

  it('adds the conventions and avenants annex, with totals by lever, to the report to the board once conventions exist', async () => {
    const { service } = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    await service.invoke('settings.saveOrganisation', CCAS);
    const setup = await boardSession(service);
    const before = text((await service.invoke('documents.rapportCa', { sessionId: setup.sessionId })).contentBase64);
    expect(before).not.toContain('Conventions et avenants soumis au conseil');
    const { drafted } = await service.invoke('conventions.draft', { sessionId: setup.sessionId });
    await service.invoke('conventions.abandon', { id: drafted[3]?.id ?? 0, reason: 'Action reportée par l’association.' });
    const after = text((await service.invoke('documents.rapportCa', { sessionId: setup.sessionId })).contentBase64);
    expect(after).toContain('Annexe — Conventions et avenants soumis au conseil');
    expect(after).toContain('3 actes préparés');
    expect(after).toContain('CONV-2018-001');
    expect(after).not.toContain(drafted[3]?.number ?? '');
    expect(after).toContain('Totaux par levier du pacte');
  });

  it('exports the signed conventions of a year as an SCDL 2.1.1 file that passes the schema rules, and refuses a provider with a bad SIRET and no RNA', async () => {
    const { service, database } = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    const { setup } = await signedConvention(service, database.sqlite);
    const exported = await service.invoke('conventions.exportScdl', { year: 2018 });
    expect(exported.rowCount).toBe(1);
    expect(validateScdlCsv(exported.csv, { checkPeriodDates: true })).toEqual([]);
    expect(exported.csv).toContain('2018-014 ; avenant n° 1');
    expect(exported.csv).toContain('16000.00');
    expect((await service.invoke('conventions.exportScdl', { year: 2019 })).rowCount).toBe(0);
    // A SIRET typed wrong behind the app's back (an old base), and no RNA: reported, nothing exported.
    database.sqlite.exec(`update providers set siret = '70000000100012', rna = null where id = ${setup.applications[0]?.providerId ?? 0}`);
    const error = expectFailure(await service.call('conventions.exportScdl', { year: 2018 }));
    expect(error.message).toContain('CONV-2018-001');
    expect(error.message).toContain('aucun fichier écrit');
  });
});
