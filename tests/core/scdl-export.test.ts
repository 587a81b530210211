// The SCDL "subventions" 2.1.1 export: what it produces passes the schema-rules validator (written
// apart from the exporter), whatever the names hold; a convention that cannot be published is reported
// with its reason and then nothing at all is produced.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildScdlCsv,
  SCDL_COLUMNS,
  scdlAmount,
  scdlDecisionReference,
  type ScdlAuthority,
  type ScdlConventionRow,
  type ScdlExport,
} from '../../core/domain/conventions/scdl.ts';
import { validateScdlCsv } from '../support/scdl-validator.ts';

const CCAS: ScdlAuthority = { name: 'CCAS de Rennes', siret: '26350137100011' };

function convention(overrides: Partial<ScdlConventionRow> = {}): ScdlConventionRow {
  return {
    conventionNumber: 'CONV-2018-001',
    providerName: 'Association Vélo, Insertion et "Mobilité"',
    providerSiret: '38047555800058',
    providerRna: null,
    object: "Atelier de réparation de vélos pour l'insertion",
    totalCents: 1_250_000,
    signedOn: '2018-03-20',
    decisionRef: 'CA-2018-12',
    paymentDates: ['2018-04-02'],
    scheduleLineCount: 1,
    periodEnd: null,
    inKind: false,
    ...overrides,
  };
}

function produced(result: ScdlExport): string {
  if (!result.ok) throw new Error(`Export refused: ${JSON.stringify(result.problems)}`);
  return result.csv;
}

/** The data rows of a produced file, read back by name. */
function readBack(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

// The Luhn key from its definition, apart from the app's checker.
function luhnKey(digits: string): number {
  const sum = [...digits]
    .reverse()
    .map((digit, fromRight) => (fromRight % 2 === 0 ? Number(digit) * 2 : Number(digit)))
    .reduce((total, value) => total + Math.floor(value / 10) + (value % 10), 0);
  return (10 - (sum % 10)) % 10;
}

const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
/** A SIRET INSEE could issue: a SIREN with its key, then the NIC and the key of the 14 digits. */
const siretArb = fc
  .tuple(digits(8), digits(4))
  .filter(([stem]) => !stem.startsWith('35600000'))
  .map(([stem, nic]) => {
    const siren = `${stem}${luhnKey(stem)}`;
    return `${siren}${nic}${luhnKey(`${siren}${nic}`)}`;
  });
const rnaArb = digits(9).map((number) => `W${number}`);
// Commas, quotes, line breaks (both kinds), accents, ligatures, emoji: everything CSV quoting must survive.
const trickyText = fc
  .oneof(fc.string({ unit: fc.constantFrom(...'abcdeé, "\n\r;ÀçœŒ\'’«»🚲\t'), maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
  .filter((text) => text.trim() !== '' && [...text.trim()].length <= 256);
const isoDateArb = fc
  .date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2022-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const rowArb = fc
  .record({
    number: fc.integer({ min: 1, max: 999 }),
    providerName: trickyText,
    ids: fc.oneof(
      fc.record({ siret: siretArb, rna: fc.constant(null) }),
      fc.record({ siret: fc.constant(null), rna: rnaArb }),
      fc.record({ siret: siretArb, rna: rnaArb }),
    ),
    object: trickyText,
    totalCents: fc.integer({ min: 1, max: 100_000_000_00 }),
    signedOn: isoDateArb,
    decisionRef: fc.option(trickyText, { nil: null }),
    paymentDates: fc.array(isoDateArb, { minLength: 0, maxLength: 5 }),
    undated: fc.integer({ min: 0, max: 2 }),
    periodEnd: isoDateArb,
  })
  .filter(({ paymentDates, undated }) => paymentDates.length + undated >= 1)
  .map(
    (r): ScdlConventionRow => ({
      conventionNumber: `CONV-2018-${String(r.number).padStart(3, '0')}`,
      providerName: r.providerName,
      providerSiret: r.ids.siret,
      providerRna: r.ids.rna,
      object: r.object,
      totalCents: r.totalCents,
      signedOn: r.signedOn,
      decisionRef: r.decisionRef,
      paymentDates: r.paymentDates,
      scheduleLineCount: r.paymentDates.length + r.undated,
      periodEnd: r.undated > 0 ? r.periodEnd : null,
      inKind: false,
    }),
  );

describe('SCDL subventions 2.1.1 export', () => {
  it('writes the 16 columns in order, UTF-8 text without BOM, commas, LF, quotes where needed, point decimals', () => {
    const csv = produced(buildScdlCsv(CCAS, [convention()]));
    expect(csv).toBe(
      `${SCDL_COLUMNS.join(',')}\n` +
        'CCAS de Rennes,26350137100011,2018-03-20,CA-2018-12,"Association Vélo, Insertion et ""Mobilité""",38047555800058,,' +
        "Atelier de réparation de vélos pour l'insertion,12500.00,aide en numéraire,unique,2018-04-02,,non,1.00,\n",
    );
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(validateScdlCsv(new TextEncoder().encode(csv), { checkPeriodDates: true })).toEqual([]);
  });

  it('passes the schema validator and reads back unchanged whatever the names, objects and schedules hold', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const result = buildScdlCsv(CCAS, rows);
        const csv = produced(result);
        expect(result).toMatchObject({ rowCount: rows.length });
        expect(validateScdlCsv(new TextEncoder().encode(csv), { checkPeriodDates: true })).toEqual([]);
        const back = readBack(csv);
        expect(back).toHaveLength(rows.length);
        rows.forEach((row, index) => {
          const line = back[index];
          expect(line?.nomBeneficiaire).toBe(row.providerName.trim());
          expect(line?.objet).toBe(row.object.trim());
          expect(line?.referenceDecision).toBe(row.decisionRef?.trim() ?? '');
          expect(Math.round(Number(line?.montant) * 100)).toBe(row.totalCents);
          expect(line?.conditionsVersement).toBe(row.scheduleLineCount === 1 ? 'unique' : 'échelonné');
          if (row.scheduleLineCount > 1) expect(line?.datesPeriodeVersement).toContain('/');
          if (row.paymentDates.length === row.scheduleLineCount) {
            const sorted = [...row.paymentDates].sort();
            const [first, last = first] = (line?.datesPeriodeVersement ?? '').split('/');
            expect([first, last]).toEqual([sorted[0], sorted[sorted.length - 1]]);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reports a provider with a bad SIRET and no RNA, and produces nothing at all', () => {
    const rows = [convention(), convention({ conventionNumber: 'CONV-2018-002', providerSiret: '38047555800059' }), convention({ conventionNumber: 'CONV-2018-003' })];
    const result = buildScdlCsv(CCAS, rows);
    expect(result).toEqual({
      ok: false,
      problems: [{ conventionNumber: 'CONV-2018-002', field: 'idBeneficiaire', message: 'Le SIRET du prestataire « 38047555800059 » a une clé de contrôle invalide.' }],
    });
    expect(result).not.toHaveProperty('csv');
  });

  it('refuses a SIRET whose SIREN key is wrong, as Validata does, although its 14-digit key is right', () => {
    const result = buildScdlCsv(CCAS, [convention({ providerSiret: '73282932100072' })]);
    expect(result).toMatchObject({ ok: false, problems: [{ conventionNumber: 'CONV-2018-001', field: 'idBeneficiaire' }] });
  });

  it('accepts a provider known by its RNA number only', () => {
    const csv = produced(buildScdlCsv(CCAS, [convention({ providerSiret: null, providerRna: 'w352 012 345' })]));
    expect(readBack(csv)[0]).toMatchObject({ idBeneficiaire: '', rnaBeneficiaire: 'W352012345' });
    expect(validateScdlCsv(csv)).toEqual([]);
  });

  it('reports a provider with neither SIRET nor RNA, or with a malformed RNA', () => {
    expect(buildScdlCsv(CCAS, [convention({ providerSiret: null })])).toMatchObject({ ok: false, problems: [{ field: 'idBeneficiaire' }] });
    expect(buildScdlCsv(CCAS, [convention({ providerRna: 'W35201' })])).toMatchObject({ ok: false, problems: [{ field: 'rnaBeneficiaire' }] });
  });

  it('leaves out an RNA with a letter (Corsica, overseas) when the SIRET identifies the provider, and reports it alone', () => {
    const csv = produced(buildScdlCsv(CCAS, [convention({ providerRna: 'W2A1234567' })]));
    expect(readBack(csv)[0]).toMatchObject({ idBeneficiaire: '38047555800058', rnaBeneficiaire: '' });
    expect(buildScdlCsv(CCAS, [convention({ providerSiret: null, providerRna: 'W2A1234567' })])).toMatchObject({ ok: false, problems: [{ field: 'rnaBeneficiaire' }] });
  });

  it('shows the avenants in referenceDecision and the total after them', () => {
    expect(scdlDecisionReference('CA-2018-12', [2, 1])).toBe('CA-2018-12 ; avenant n° 1 ; avenant n° 2');
    expect(scdlDecisionReference(null, [])).toBe('');
    const amended = convention({ decisionRef: scdlDecisionReference('CA-2018-12', [1]), totalCents: 1_400_050 });
    expect(readBack(produced(buildScdlCsv(CCAS, [amended])))[0]).toMatchObject({ referenceDecision: 'CA-2018-12 ; avenant n° 1', montant: '14000.50' });
  });

  it('writes échelonné and the first/last period for a schedule of several lines, unique and one date for a single line', () => {
    const staged = convention({ paymentDates: ['2019-06-30', '2018-04-02', '2018-12-01'], scheduleLineCount: 3 });
    expect(readBack(produced(buildScdlCsv(CCAS, [staged])))[0]).toMatchObject({ conditionsVersement: 'échelonné', datesPeriodeVersement: '2018-04-02/2019-06-30' });
    expect(readBack(produced(buildScdlCsv(CCAS, [convention()])))[0]).toMatchObject({ conditionsVersement: 'unique', datesPeriodeVersement: '2018-04-02' });
  });

  it('ends the period at the convention end for a balance not dated yet, and reports undated lines without an end', () => {
    const advanceOnly = convention({ paymentDates: ['2018-03-20'], scheduleLineCount: 2, periodEnd: '2018-12-31' });
    expect(readBack(produced(buildScdlCsv(CCAS, [advanceOnly])))[0]).toMatchObject({ datesPeriodeVersement: '2018-03-20/2018-12-31' });
    const undatedSingle = convention({ paymentDates: [], scheduleLineCount: 1, periodEnd: '2018-12-31' });
    expect(readBack(produced(buildScdlCsv(CCAS, [undatedSingle])))[0]).toMatchObject({ conditionsVersement: 'unique', datesPeriodeVersement: '2018-03-20/2018-12-31' });
    expect(buildScdlCsv(CCAS, [convention({ paymentDates: ['2018-03-20'], scheduleLineCount: 2 })])).toEqual({
      ok: false,
      problems: [{ conventionNumber: 'CONV-2018-001', field: 'datesPeriodeVersement', message: '1 échéance(s) sur 2 sans date prévue ni date de paiement.' }],
    });
  });

  it('reports an unsigned convention, an empty schedule and a zero amount', () => {
    const result = buildScdlCsv(CCAS, [convention({ signedOn: null }), convention({ conventionNumber: 'CONV-2018-002', scheduleLineCount: 0, paymentDates: [], totalCents: 0 })]);
    expect(result).toMatchObject({ ok: false });
    const fields = result.ok ? [] : result.problems.map(({ conventionNumber, field }) => `${conventionNumber}:${field}`);
    expect(fields).toEqual(['CONV-2018-001:dateConvention', 'CONV-2018-002:montant', 'CONV-2018-002:conditionsVersement']);
  });

  it('reports an object over 256 characters instead of cutting it; 256 emoji fit', () => {
    const result = buildScdlCsv(CCAS, [convention({ object: 'a'.repeat(257) })]);
    expect(result).toEqual({
      ok: false,
      problems: [{ conventionNumber: 'CONV-2018-001', field: 'objet', message: "L'objet publié compte 257 caractères ; la norme en admet 256 : raccourcissez l'objet open data de la convention." }],
    });
    expect(validateScdlCsv(produced(buildScdlCsv(CCAS, [convention({ object: '🚲'.repeat(256) })])))).toEqual([]);
  });

  it('reports a missing or invalid SIRET of the CCAS once, for the whole file', () => {
    const rows = [convention(), convention({ conventionNumber: 'CONV-2018-002' })];
    expect(buildScdlCsv({ name: 'CCAS de Rennes', siret: '' }, rows)).toEqual({
      ok: false,
      problems: [{ conventionNumber: null, field: 'idAttribuant', message: 'Le SIRET du CCAS manque : renseignez-le dans les paramètres.' }],
    });
    expect(buildScdlCsv({ name: 'CCAS de Rennes', siret: '26350137100012' }, rows)).toMatchObject({ ok: false, problems: [{ conventionNumber: null, field: 'idAttribuant' }] });
  });

  it('writes amounts from cents with a point and two decimals', () => {
    expect([0, 5, 100, 1_250_000, 1_234_567].map(scdlAmount)).toEqual(['0.00', '0.05', '1.00', '12500.00', '12345.67']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        const text = scdlAmount(cents);
        expect(text).toMatch(/^\d+\.\d{2}$/u);
        expect(BigInt(text.replace('.', ''))).toBe(BigInt(cents));
      }),
    );
  });

  it('gives a file with the header only when there is nothing to publish', () => {
    expect(buildScdlCsv(CCAS, [])).toEqual({ ok: true, csv: `${SCDL_COLUMNS.join(',')}\n`, rowCount: 0 });
  });
});
