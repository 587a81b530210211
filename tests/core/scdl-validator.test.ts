// The SCDL validator of the tests is itself tested on hand-written files: a valid one modelled on the
// schema's own examples, then each rule of the schema broken once, so that "the export passes the
// validator" means something.
import { describe, expect, it } from 'vitest';
import { validateScdlCsv, type ScdlRule } from '../support/scdl-validator.ts';

const HEADER =
  'nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide';

// The examples of the 2.1.1 documentation, a quoted name with a comma and doubled quotes, an RNA-only row.
const VALID = [
  HEADER,
  'Région Bretagne,23350001600040,2017-06-27,2017-03-103,Association Les Petits Débrouillards Bretagne,38047555800058,W380475558,Animations climat-énergie dans les lycées de la région,47800.20,aide en numéraire;aide en nature,échelonné,2017-03-14/2018-03-14,12345,non,0.45,65d5b6c7-102c-4440-ac3b-768f708edc0a',
  'Région Bretagne,23350001600040,2017-06-27,2017-03-103,"Rodriguez, fils et ""associés""",81223113200026,,"Aide à l\'embauche,\nligne 2",22000.80,aide en numéraire,unique,2017-12-14,,non,0.55,',
  'Région Bretagne,23350001600040,2017-06-27,,Les Amis du Vélo,,W352012345,Atelier de réparation,1500,aide en nature,autre : en trois fois,2017-07-01/2017-12-31,,oui,1.00,',
  '',
].join('\n');

const BASE_CELLS = [
  'Région Bretagne', '23350001600040', '2017-06-27', '2017-03-103', 'Les Amis du Vélo', '38047555800058', 'W352012345', 'Atelier vélo',
  '1500.00', 'aide en numéraire', 'unique', '2017-07-01', '', 'non', '1.00', '',
];
const COLUMN = Object.fromEntries(HEADER.split(',').map((name, index) => [name, index])) as Record<string, number>;

/** A file of the header and one row, with some cells written by hand (already quoted where needed). */
function fileWith(cells: Record<string, string>): string {
  const row = [...BASE_CELLS];
  for (const [name, value] of Object.entries(cells)) row[COLUMN[name] ?? -1] = value;
  return `${HEADER}\n${row.join(',')}\n`;
}

function rules(csv: string | Uint8Array, options?: Parameters<typeof validateScdlCsv>[1]): { rule: ScdlRule; column: string | null; row: number | null }[] {
  return validateScdlCsv(csv, options).map(({ rule, column, row }) => ({ rule, column, row }));
}

describe('the SCDL 2.1.1 validator of the tests', () => {
  it('accepts a valid file, with LF or CRLF line ends, as text or as UTF-8 bytes', () => {
    expect(validateScdlCsv(VALID)).toEqual([]);
    expect(validateScdlCsv(VALID.replaceAll('\n', '\r\n'))).toEqual([]);
    expect(validateScdlCsv(new TextEncoder().encode(VALID))).toEqual([]);
    expect(validateScdlCsv(fileWith({}))).toEqual([]);
  });

  it('refuses a BOM and bytes that are not UTF-8', () => {
    expect(rules(`\uFEFF${VALID}`)).toEqual([{ rule: 'bom', column: null, row: null }]);
    const bytes = new TextEncoder().encode(VALID);
    expect(rules(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual([{ rule: 'bom', column: null, row: null }]);
    // "é" as Windows-1252 writes it.
    const latin1 = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nR`), 0xe9, 0x0a]);
    expect(rules(latin1)).toEqual([{ rule: 'encoding', column: null, row: null }]);
  });

  it('refuses swapped, missing or extra columns, and a semicolon separator', () => {
    const swapped = VALID.replace('objet,montant', 'montant,objet');
    expect(rules(swapped).filter((error) => error.rule === 'header')).toEqual([
      { rule: 'header', column: 'objet', row: 1 },
      { rule: 'header', column: 'montant', row: 1 },
    ]);
    const version20 = `${HEADER.replace(',rnaBeneficiaire', '').replace(',dispositifAide', '')}\n`;
    expect(rules(version20).map((error) => error.rule)).toContain('header');
    expect(rules(`${HEADER},commentaire\n`)).toEqual([{ rule: 'header', column: 'commentaire', row: 1 }]);
    expect(rules(`${HEADER.replaceAll(',', ';')}\n`).filter((error) => error.rule === 'header')).toHaveLength(16);
  });

  it('refuses a row with another number of fields, a blank row and an unclosed quote', () => {
    expect(rules(`${HEADER}\n${BASE_CELLS.slice(0, 15).join(',')}\n`)).toEqual([{ rule: 'field-count', column: null, row: 2 }]);
    expect(rules(`${HEADER}\n\n${BASE_CELLS.join(',')}\n`)).toEqual([{ rule: 'blank-row', column: null, row: 2 }]);
    expect(rules(fileWith({ nomBeneficiaire: '"Les Amis' })).map((error) => error.rule)).toContain('csv-syntax');
  });

  it('requires the required fields, and one of idBeneficiaire and rnaBeneficiaire', () => {
    expect(rules(fileWith({ nomBeneficiaire: '' }))).toEqual([{ rule: 'required', column: 'nomBeneficiaire', row: 2 }]);
    expect(rules(fileWith({ datesPeriodeVersement: '' }))).toEqual([{ rule: 'required', column: 'datesPeriodeVersement', row: 2 }]);
    expect(rules(fileWith({ referenceDecision: '', idRAE: '', dispositifAide: '' }))).toEqual([]);
    expect(rules(fileWith({ idBeneficiaire: '' }))).toEqual([]);
    expect(rules(fileWith({ rnaBeneficiaire: '' }))).toEqual([]);
    expect(rules(fileWith({ idBeneficiaire: '', rnaBeneficiaire: '' }))).toEqual([
      { rule: 'one-of-required', column: 'idBeneficiaire|rnaBeneficiaire', row: 2 },
    ]);
  });

  it('checks SIRET patterns and keys the way Validata does (python-stdnum: Luhn and the SIREN key)', () => {
    expect(rules(fileWith({ idAttribuant: '2335000160004' }))).toEqual([
      { rule: 'pattern', column: 'idAttribuant', row: 2 },
      { rule: 'french-siret-value', column: 'idAttribuant', row: 2 },
    ]);
    expect(rules(fileWith({ idAttribuant: '23350001600041' }))).toEqual([{ rule: 'french-siret-value', column: 'idAttribuant', row: 2 }]);
    // Luhn-valid on 14 digits, but its SIREN 732829321 is not.
    expect(rules(fileWith({ idBeneficiaire: '73282932100072' }))).toEqual([{ rule: 'french-siret-value', column: 'idBeneficiaire', row: 2 }]);
    // La Poste: digit sum a multiple of 5 instead of Luhn.
    expect(rules(fileWith({ idBeneficiaire: '35600000000001' }))).toEqual([]);
  });

  it('checks the RNA pattern: W and 9 digits, no letter', () => {
    expect(rules(fileWith({ rnaBeneficiaire: 'W35201234' }))).toEqual([{ rule: 'pattern', column: 'rnaBeneficiaire', row: 2 }]);
    expect(rules(fileWith({ rnaBeneficiaire: 'W2A1234567' }))).toEqual([{ rule: 'pattern', column: 'rnaBeneficiaire', row: 2 }]);
  });

  it('refuses a date that is not AAAA-MM-JJ or does not exist', () => {
    for (const date of ['27/06/2017', '2017-6-27', '2017-02-30', '2017-13-01']) {
      expect(rules(fileWith({ dateConvention: date }))).toEqual([{ rule: 'date', column: 'dateConvention', row: 2 }]);
    }
    expect(rules(fileWith({ dateConvention: '2016-02-29' }))).toEqual([]);
  });

  it("refuses the obsolete '_' period separator and accepts a date or a '/' period", () => {
    expect(rules(fileWith({ datesPeriodeVersement: '2017-12-14_2018-12-14' }))).toEqual([{ rule: 'pattern', column: 'datesPeriodeVersement', row: 2 }]);
    expect(rules(fileWith({ datesPeriodeVersement: '2017-12-14/2018-12-14' }))).toEqual([]);
    expect(rules(fileWith({ datesPeriodeVersement: '2017-12-14 / 2018-12-14' }))).toEqual([{ rule: 'pattern', column: 'datesPeriodeVersement', row: 2 }]);
  });

  it('checks the real dates of a period only when asked, as the schema does not', () => {
    // From the official "exemple_valide.csv" of 2.0.2: valid for the schema, not a real period.
    const impossible = fileWith({ datesPeriodeVersement: '2017-03-02/2017-30-05' });
    expect(rules(impossible)).toEqual([]);
    expect(rules(impossible, { checkPeriodDates: true })).toEqual([{ rule: 'period-dates', column: 'datesPeriodeVersement', row: 2 }]);
    expect(rules(fileWith({ datesPeriodeVersement: '2018-01-01/2017-01-01' }), { checkPeriodDates: true })).toEqual([
      { rule: 'period-dates', column: 'datesPeriodeVersement', row: 2 },
    ]);
  });

  it('checks the nature enum and the oui/non boolean', () => {
    expect(rules(fileWith({ nature: 'aide en numéraire;aide en nature' }))).toEqual([]);
    expect(rules(fileWith({ nature: '"aide en numéraire,aide en nature"' }))).toEqual([{ rule: 'enum', column: 'nature', row: 2 }]);
    expect(rules(fileWith({ nature: 'numéraire' }))).toEqual([{ rule: 'enum', column: 'nature', row: 2 }]);
    for (const value of ['Non', 'false', '0']) {
      expect(rules(fileWith({ notificationUE: value }))).toEqual([{ rule: 'boolean', column: 'notificationUE', row: 2 }]);
    }
    expect(rules(fileWith({ notificationUE: 'oui' }))).toEqual([]);
  });

  it('reads amounts with a decimal point only', () => {
    for (const amount of ['12500', '12500.5', '12500.00']) expect(rules(fileWith({ montant: amount }))).toEqual([]);
    for (const amount of ['"22000,80"', '12 500.00', '12500€']) {
      expect(rules(fileWith({ montant: amount }))).toEqual([{ rule: 'number', column: 'montant', row: 2 }]);
    }
  });

  it('keeps pourcentageSubvention between 0.01 and 1: 0.8 and 1.00 pass, 1.5, 80 and 0 do not', () => {
    for (const share of ['0.8', '1.00', '1', '0.01']) expect(rules(fileWith({ pourcentageSubvention: share }))).toEqual([]);
    for (const share of ['1.5', '80']) {
      expect(rules(fileWith({ pourcentageSubvention: share }))).toEqual([{ rule: 'maximum', column: 'pourcentageSubvention', row: 2 }]);
    }
    expect(rules(fileWith({ pourcentageSubvention: '0' }))).toEqual([{ rule: 'minimum', column: 'pourcentageSubvention', row: 2 }]);
    expect(rules(fileWith({ pourcentageSubvention: '"0,8"' }))).toEqual([{ rule: 'number', column: 'pourcentageSubvention', row: 2 }]);
  });

  it('counts lengths in characters: 256 emoji pass in objet, 257 letters do not; idRAE holds 5', () => {
    expect(rules(fileWith({ objet: '🚲'.repeat(256) }))).toEqual([]);
    expect(rules(fileWith({ objet: 'a'.repeat(257) }))).toEqual([{ rule: 'max-length', column: 'objet', row: 2 }]);
    expect(rules(fileWith({ conditionsVersement: 'b'.repeat(257) }))).toEqual([{ rule: 'max-length', column: 'conditionsVersement', row: 2 }]);
    expect(rules(fileWith({ idRAE: '12345' }))).toEqual([]);
    expect(rules(fileWith({ idRAE: '123456' }))).toEqual([{ rule: 'max-length', column: 'idRAE', row: 2 }]);
  });

  it('numbers rows as records, the header being 1, a quoted line break not starting a new one', () => {
    const csv = `${VALID}${BASE_CELLS.map((cell, index) => (index === COLUMN.montant ? 'douze' : cell)).join(',')}\n`;
    expect(rules(csv)).toEqual([{ rule: 'number', column: 'montant', row: 5 }]);
  });
});
