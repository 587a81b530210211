// `pacte documents rapport-ca` and `pacte documents fiche` on a real database file: the PDF written
// where asked, its reference and fingerprint printed; French refusals with exit code 1.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_CONFLICTED_JUROR_INDEX, boardSession } from '../support/board-session.ts';
import { readPdf } from '../support/pdf-text.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, openTestService } from '../support/test-app.ts';

describe('pacte documents rapport-ca | fiche', () => {
  it('writes the report once the session is closed, and the blank and filled sheets of a member', async () => {
    const opened = openTestService();
    const setup = await boardSession(opened.service, { close: false });
    opened.close();
    const db = opened.file;
    const session = String(setup.sessionId);
    const report = path.join(opened.dir, 'rapport.pdf');

    const early = await pacte(['--db', db, 'documents', 'rapport-ca', '--session', session, '--out', report]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('la séance est en délibération. Clôturez d’abord la séance');
    expect(existsSync(report)).toBe(false);

    expect((await pacte(['--db', db, 'sessions', 'status', '--seance', session, '--statut', 'close'])).code).toBe(0);
    const written = await pacte(['--db', db, 'documents', 'rapport-ca', '--session', session, '--out', report]);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toMatch(new RegExp(`^Document écrit : .*rapport\\.pdf \\(\\d+ octets, réf\\. CAI-2017-12-12-S${session}-RAPPORT-CA, empreinte [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}\\)\\.\\n$`, 'u'));
    const pdf = readPdf(readFileSync(report));
    expect(pdf.pages).toBe(3);
    expect(pdf.text).toContain('Projet de délibération');

    const juror = String(setup.jurorIds[BOARD_CONFLICTED_JUROR_INDEX] ?? 0);
    const blankFile = path.join(opened.dir, 'fiche-vierge.pdf');
    const blank = await pacte(['--db', db, 'documents', 'fiche', '--session', session, '--juror', juror, '--blank', '--out', blankFile, '--json']);
    expect(blank.code).toBe(0);
    expect(JSON.parse(blank.stdout)).toMatchObject({ file: blankFile, reference: `CAI-2017-12-12-S${session}-FICHE-M${juror}-VIERGE` });
    expect(readPdf(readFileSync(blankFile)).text).not.toContain('Note de la fiche');

    const filledFile = path.join(opened.dir, 'fiche-remplie.pdf');
    expect((await pacte(['--db', db, 'documents', 'fiche', '--session', session, '--juror', juror, '--out', filledFile])).code).toBe(0);
    expect(readPdf(readFileSync(filledFile)).text).toContain('Note de la fiche');
  });

  it('refuses in French an unknown member, a file that is not a PDF and a session number that is not one', async () => {
    const opened = openTestService();
    const setup = await boardSession(opened.service);
    opened.close();
    const db = opened.file;
    const session = String(setup.sessionId);
    const out = path.join(opened.dir, 'fiche.pdf');

    const stranger = await pacte(['--db', db, 'documents', 'fiche', '--session', session, '--juror', '999', '--blank', '--out', out]);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain('Le membre n° 999 n’est pas convoqué à la séance');
    const notPdf = await pacte(['--db', db, 'documents', 'rapport-ca', '--session', session, '--out', path.join(opened.dir, 'rapport.docx')]);
    expect(notPdf.code).toBe(1);
    expect(notPdf.stderr).toContain('doit se terminer par .pdf');
    const badId = await pacte(['--db', db, 'documents', 'fiche', '--session', 'abc', '--juror', '1', '--out', out]);
    expect(badId.code).toBe(1);
    expect(badId.stderr).toMatch(FRENCH);
    expect(existsSync(out)).toBe(false);
  });
});
