// `pacte documents convention|avenant|certificat|conventions` and `pacte export scdl` on a real
// database file: the files written where asked; a refused export writes no file and exits 1 in French.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-text.ts';
import { pacte } from '../support/run-pacte.ts';
import { validateScdlCsv } from '../support/scdl-validator.ts';
import { signedConvention } from '../support/signed-convention.ts';
import { FRENCH, openTestService } from '../support/test-app.ts';

describe('pacte documents (conventions) and pacte export scdl', () => {
  it('writes the convention, its avenant, a payment certificate and every convention of the session', async () => {
    const opened = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    const { id, paymentId, setup } = await signedConvention(opened.service, opened.database.sqlite);
    opened.close();
    const db = opened.file;
    const file = (name: string) => path.join(opened.dir, name);

    const convention = await pacte(['--db', db, 'documents', 'convention', '--convention', String(id), '--out', file('convention.pdf'), '--json']);
    expect(convention.code).toBe(0);
    expect(JSON.parse(convention.stdout)).toMatchObject({ file: file('convention.pdf'), reference: 'CONV-2018-001' });
    expect(readPdf(readFileSync(file('convention.pdf'))).text).toContain('Convention de financement');

    const avenant = await pacte(['--db', db, 'documents', 'avenant', '--convention', String(id), '--numero', '1', '--out', file('avenant.pdf')]);
    expect(avenant).toMatchObject({ code: 0, stderr: '' });
    expect(avenant.stdout).toContain('réf. CONV-2018-001-AV1');
    const missing = await pacte(['--db', db, 'documents', 'avenant', '--convention', String(id), '--numero', '2', '--out', file('avenant-2.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('n’a pas d’avenant n° 2');
    expect(existsSync(file('avenant-2.pdf'))).toBe(false);

    const certificat = await pacte(['--db', db, 'documents', 'certificat', '--versement', String(paymentId), '--out', file('certificat.pdf')]);
    expect(certificat.code).toBe(0);
    expect(readPdf(readFileSync(file('certificat.pdf'))).text).toContain('M-42');

    const folder = await pacte(['--db', db, 'documents', 'conventions', '--session', String(setup.sessionId), '--out', file('conventions')]);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toContain('4 conventions écrites');
    expect(readdirSync(file('conventions'))).toHaveLength(4);
    const combined = await pacte(['--db', db, 'documents', 'conventions', '--session', String(setup.sessionId), '--out', file('toutes.pdf'), '--json']);
    expect(combined.code).toBe(0);
    expect(JSON.parse(combined.stdout)).toMatchObject({ reference: `CONV-SEANCE-${setup.sessionId}` });
  });

  it('exports the SCDL file of a year, and writes nothing when a row cannot be exported', async () => {
    const opened = openTestService({ now: () => new Date('2018-07-01T10:00:00Z') });
    const { setup } = await signedConvention(opened.service, opened.database.sqlite);
    opened.close();
    const db = opened.file;
    const out = path.join(opened.dir, 'subventions.csv');
    const written = await pacte(['--db', db, 'export', 'scdl', '--year', '2018', '--out', out, '--json']);
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ file: out, rows: 1 });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(validateScdlCsv(bytes, { checkPeriodDates: true })).toEqual([]);

    const reopened = openTestService({ file: db });
    reopened.database.sqlite.exec(`update providers set siret = '70000000100012', rna = null where id = ${setup.applications[0]?.providerId ?? 0}`);
    reopened.close();
    const refusedFile = path.join(opened.dir, 'refus.csv');
    const refused = await pacte(['--db', db, 'export', 'scdl', '--year', '2018', '--out', refusedFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(FRENCH);
    expect(refused.stderr).toContain('CONV-2018-001');
    expect(existsSync(refusedFile)).toBe(false);
    const badYear = await pacte(['--db', db, 'export', 'scdl', '--year', '18', '--out', refusedFile]);
    expect(badYear.code).toBe(1);
    expect(badYear.stderr).toContain('n’est pas une année');
  });
});
