// Invisible control characters (NUL, bell, form feed…) are refused wherever text comes in — a form, the
// API, an imported file — at their place and in French; tabs and line breaks in long texts stay allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlCharacterIssues } from '../../core/service/validation.ts';
import { openImportApp } from '../fixtures/imports/import-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const csv = (lines: string[]) => ({ fileName: 'prestataires.csv', bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`) });

describe('control characters in what is typed or sent', () => {
  it('a NUL in a provider’s name is refused at its field, and nothing is written', async () => {
    const { service, database } = openTestService();
    const before = snapshotTables(database.sqlite);
    const failure = expectFailure(await service.call('providers.create', { name: 'Envie\u000035', legalForm: 'association' }));
    expect(failure).toMatchObject({ code: 'validation', issues: [{ path: 'name', message: expect.stringMatching(/^Caractère de contrôle invisible \(U\+0000\) à la position 6/u) as unknown }] });
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('a control character deep in an input is placed by its path (a budget line’s label)', () => {
    expect(controlCharacterIssues({ budgetLines: [{ label: 'Loyer' }, { label: 'Frais\u0007' }] })).toEqual([
      { path: 'budgetLines.1.label', message: expect.stringContaining('U+0007') as unknown },
    ]);
  });

  it('keeps tabs and line breaks, and every printable text, including accents and emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // eslint-disable-next-line no-control-regex -- the characters under test.
        const printable = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');
        expect(controlCharacterIssues({ text: `${printable}\t\n\r` })).toEqual([]);
      }),
    );
  });

  it('finds any C0 control character but tab, line feed and carriage return, and DEL', () => {
    const refused = [...Array.from({ length: 32 }, (_, code) => code).filter((code) => ![9, 10, 13].includes(code)), 127];
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...refused), fc.string(), (before, code, after) => {
        expect(controlCharacterIssues({ name: `${before}${String.fromCharCode(code)}${after}` })).toHaveLength(1);
      }),
    );
  });
});

describe('control characters in an imported file', () => {
  it('are refused at their row and column, and the import writes nothing', async () => {
    const app = await openImportApp();
    const before = snapshotTables(app.database.sqlite);
    const report = await app.run(csv(['Nom;Forme juridique;Ville', 'Mobiliclés;Association;Rennes', 'Envie 35;Entreprise;Ren\u000Cnes']), { csvKind: 'providers' });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([{ sheet: 'Prestataires', row: 3, column: 'Ville', field: 'city', message: expect.stringMatching(/^Caractère de contrôle invisible \(U\+000C\) à la position 4/u) as unknown }]);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });
});
