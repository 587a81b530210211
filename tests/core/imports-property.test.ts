// Whatever a provider row holds (accents, quotes, separators, line breaks), written to CSV with ';'
// or ',' in UTF-8 with BOM or in Windows-1252, it reads back cell for cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siretWithKeys } from '../../core/domain/identifiers.ts';
import { COLUMNS, templateHeader } from '../../core/service/imports/columns.ts';
import { toSearchText } from '../../core/domain/text.ts';
import { readImportFile } from '../../core/service/imports/read-file.ts';
import { csvBytes, csvText } from '../../core/service/imports/write-csv.ts';
import { encodeWindows1252, openImportApp } from '../fixtures/imports/import-fixtures.ts';

// Characters a French office types, all of which Windows-1252 can hold: ’ « » – € œ are in 0x80–0xBF.
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éèêëàâçùûôîïÉÈÀÇœŒ’«»–—…€°', ';', ',', '"', '\'', '\n'];
const word = fc.string({ unit: fc.constantFrom(...ALPHABET.filter((character) => !/[\s;,"\n]/u.test(character))), minLength: 1, maxLength: 12 });
const freeText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });
const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const siret = fc.tuple(digits(8), digits(4)).map(([siren, establishment]) => siretWithKeys(siren, establishment)).filter((value) => !value.startsWith('356000000'));

const providerRow = fc.record({
  name: fc.tuple(word, freeText).map(([first, rest]) => `${first}${rest.replace(/\n/gu, ' ')}`.trim()),
  legalForm: fc.constantFrom('Association', 'Structure d’insertion par l’activité économique', 'entreprise', 'ÉTABLISSEMENT PUBLIC', 'Autre'),
  siret: fc.option(siret, { nil: '' }),
  address: freeText.map((text) => text.replace(/\n/gu, ' ').trim()),
  postalCode: fc.option(digits(5), { nil: '' }),
  city: fc.option(word, { nil: '' }),
  contactEmail: fc.option(fc.tuple(word, word).map(([user, domain]) => `${user.replace(/[^a-z0-9]/giu, 'x')}@${domain.replace(/[^a-z0-9]/giu, 'x')}.fr`), { nil: '' }),
  contactPhone: fc.option(digits(8).map((rest) => `02 ${rest.replace(/(\d{2})(?=\d)/gu, '$1 ')}`), { nil: '' }),
  notes: freeText,
});

const headers = COLUMNS.providers.map(templateHeader);
const toCells = (row: Record<string, string>) => COLUMNS.providers.map((column) => row[column.key] ?? '');

describe('CSV round trip (property)', () => {
  it('random valid provider rows, in either separator and either encoding, read back with the same values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(providerRow, { minLength: 1, maxLength: 8 }), fc.constantFrom(';' as const, ',' as const), fc.constantFrom('utf-8-bom', 'windows-1252'), async (rows, separator, encoding) => {
        const table = [headers, ...rows.map(toCells)];
        const bytes = encoding === 'utf-8-bom' ? csvBytes(table, separator) : encodeWindows1252(csvText(table, separator));
        const [sheet] = await readImportFile(bytes, 'prestataires.csv', 'providers');
        expect(sheet?.headers).toEqual(headers);
        expect(sheet?.rows.map((row) => row.cells)).toEqual(rows.map(toCells));
        expect(sheet?.rows.map((row) => row.row)).toEqual(rows.map((_, index) => index + 2));
      }),
      { numRuns: 150 },
    );
  });

  it('and the import reads them as the providers they are: no error, one new provider per row', async () => {
    const app = await openImportApp();
    const distinctRows = fc.uniqueArray(providerRow, { minLength: 1, maxLength: 6, selector: (row) => toSearchText(row.name) }).filter((rows) => {
      const sirets = rows.map((row) => row.siret).filter((value) => value !== '');
      return new Set(sirets).size === sirets.length;
    });
    await fc.assert(
      fc.asyncProperty(distinctRows, fc.constantFrom(';' as const, ',' as const), fc.boolean(), async (rows, separator, windows) => {
        const table = [headers, ...rows.map(toCells)];
        const bytes = windows ? encodeWindows1252(csvText(table, separator)) : csvBytes(table, separator);
        const report = await app.run({ fileName: 'prestataires.csv', bytes }, { csvKind: 'providers', mode: 'preview' });
        expect(report.errors).toEqual([]);
        expect(report.rows.map((row) => [row.status, row.label])).toEqual(rows.map((row) => ['created', row.name]));
      }),
      { numRuns: 60 },
    );
  });
});
