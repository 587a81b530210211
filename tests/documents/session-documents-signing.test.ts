// Who signs the session's documents and of which day they are: the chair of the commission signs the
// avis and the relevé, dated of the session (the same day in the header and beside the signature); the
// CCAS's legal representative (first signatory of the settings, as on the conventions) certifies the
// extract of the deliberation in the report to the board; no printed date ever comes from the clock.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { GeneratedDocument } from '../../core/service/api.ts';
import { BOARD_CONFLICTED_JUROR_INDEX, boardSession } from '../support/board-session.ts';
import { JURORS } from '../support/cai-session.ts';
import { pageOf, readPages } from '../support/pdf-pages.ts';
import { openTestService } from '../support/test-app.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FRENCH_DATE = new RegExp(`\\b(1er|\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'gu');

/** Every date printed in long French form, as 'YYYY-MM-DD'. */
function printedDates(text: string): string[] {
  return [...text.matchAll(FRENCH_DATE)].map(([, day = '', month = '', year = '']) => `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${(day === '1er' ? '1' : day).padStart(2, '0')}`);
}

const read = (document: GeneratedDocument) => readPages(Buffer.from(document.contentBase64, 'base64'), document.fileName);
const textOf = (document: GeneratedDocument) => read(document).pages.flat().join('\n');
const creationDay = (document: GeneratedDocument) => /^CreationDate:\s+(\d{4}-\d{2}-\d{2})/mu.exec(execFileSync('pdfinfo', ['-isodates', read(document).file], { encoding: 'utf8' }))?.[1];

const ORGANISATION = { name: 'CCAS de Rennes', department: 'Direction de l’insertion', address: '12 rue de l’Hôtel-Dieu', postalCode: '35000', city: 'Rennes', phone: '', email: '', logoDataUrl: null };
const SIGNATORIES = [
  { name: 'Nathalie Appéré', role: 'Présidente du CCAS' },
  { name: 'Marc Hervé', role: 'Vice-président du CCAS' },
];

describe('session documents: signatures and dates', () => {
  it('dates the avis, the relevé and the fiches of the session, the report of its data, and none of them of the clock', async () => {
    // The data is written on one day, the documents made on another: neither day is the session's.
    let now = new Date('2031-07-19T10:00:00.000Z');
    const { service } = openTestService({ now: () => now });
    await service.invoke('settings.saveOrganisation', { ...ORGANISATION, signatories: SIGNATORIES });
    const setup = await boardSession(service);
    now = new Date('2033-03-03T10:00:00.000Z');
    const heldOn = setup.session.heldOn;
    const periods = setup.applications.flatMap((application) => [application.startsOn, application.endsOn]).filter((day): day is string => day !== null);

    const series = await service.invoke('documents.avisAll', { sessionId: setup.sessionId, combined: false });
    if (series.combined) throw new Error('one file per avis expected');
    const releve = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    const jurorId = setup.jurorIds[BOARD_CONFLICTED_JUROR_INDEX] ?? 0;
    const fiches = [await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId, blank: true }), await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId, blank: false })];
    for (const document of [...series.files, releve, ...fiches]) {
      const text = textOf(document);
      // The session's day, and for an avis the action's own period: nothing else.
      const others = printedDates(text).filter((day) => day !== heldOn && !periods.includes(day));
      expect(others, document.fileName).toEqual([]);
      expect(text, document.fileName).toContain('Établi le 12 décembre 2017');
      expect(creationDay(document), document.fileName).toBe(heldOn);
    }
    for (const document of [...series.files, releve]) expect(textOf(document), document.fileName).toContain('Fait à Rennes, le 12 décembre 2017');

    // The report is made after the session, from data last changed on the day the data was written; it
    // also cites the law of 12 April 2000 and the decree of 6 June 2001.
    const rapport = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    const dates = printedDates(textOf(rapport));
    expect(dates).toContain(heldOn);
    expect(dates.filter((day) => ![heldOn, '2031-07-19', '2000-04-12', '2001-06-06'].includes(day))).toEqual([]);
  });

  it('has the chair sign the avis and the relevé, and the CCAS’s legal representative certify the deliberation of the report', async () => {
    const { service } = openTestService();
    await service.invoke('settings.saveOrganisation', { ...ORGANISATION, signatories: SIGNATORIES });
    const setup = await boardSession(service);
    const chair = JURORS[0]?.name ?? '?';

    const rapport = read(await service.invoke('documents.rapportCa', { sessionId: setup.sessionId }));
    const deliberation = rapport.pages[pageOf(rapport.pages, 'Projet de délibération')] ?? [];
    const extract = deliberation.slice(deliberation.findIndex((line) => line.startsWith('Pour extrait conforme')));
    expect(extract.slice(0, 3)).toEqual(['Pour extrait conforme,', 'Présidente du CCAS', 'Nathalie Appéré']);
    expect(rapport.pages.flat().join('\n')).not.toContain(chair);

    const avis = await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: setup.applicationIds[0] ?? 0 });
    const releve = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    for (const document of [avis, releve]) {
      const text = textOf(document);
      expect(text, document.fileName).toMatch(new RegExp(`Le président de la commission\\n${chair}\\n`, 'u'));
      for (const signatory of SIGNATORIES) expect(text, document.fileName).not.toContain(signatory.name);
    }

    // Another legal representative in the settings: the report changes; the commission's acts do not.
    await service.invoke('settings.saveOrganisation', { ...ORGANISATION, signatories: [{ name: 'Marc Hervé', role: 'Vice-président du CCAS, par délégation' }] });
    const next = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    expect(textOf(next)).toContain('Vice-président du CCAS, par délégation\nMarc Hervé');
    expect((await service.invoke('documents.releve', { sessionId: setup.sessionId })).dataSha256).toBe(releve.dataSha256);
    expect((await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: setup.applicationIds[0] ?? 0 })).dataSha256).toBe(avis.dataSha256);

    // None in the settings: the extract names the office and leaves the name to be written by hand.
    await service.invoke('settings.saveOrganisation', { ...ORGANISATION, signatories: [] });
    expect(textOf(await service.invoke('documents.rapportCa', { sessionId: setup.sessionId }))).toContain('Pour extrait conforme,\nLe président du conseil d’administration');
  });
});
