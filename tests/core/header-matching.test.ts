// The columns of an imported sheet are found by their headers whatever the order, case, accents,
// punctuation, spacing or "(obligatoire)" marks; a header we do not know is reported, never guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExpectedColumn, matchHeaders, normalizeHeader } from '../../core/domain/header-matching.ts';

type Key = 'siret' | 'name' | 'title' | 'start' | 'amount' | 'rsa' | 'email' | 'territory';

const EXPECTED: ExpectedColumn<Key>[] = [
  { key: 'siret', label: 'SIRET', required: true },
  { key: 'name', label: 'Nom de la structure', aliases: ['Raison sociale'], required: true },
  { key: 'title', label: 'Intitulé de l’action', required: true },
  { key: 'start', label: 'Date de début' },
  { key: 'amount', label: 'Montant demandé au CCAS (€)', required: true },
  { key: 'rsa', label: 'Dont bénéficiaires du RSA' },
  { key: 'email', label: 'E-mail du contact' },
  { key: 'territory', label: 'Quartier prioritaire' },
];

describe('normalizeHeader', () => {
  it('ignores case, accents, punctuation, extra spaces and the required/optional marks of our template', () => {
    expect(normalizeHeader('  Montant   DEMANDÉ au C.C.A.S. (€) (obligatoire) ')).toBe('montant demande au c c a s');
    expect(normalizeHeader('Intitulé de l’action *')).toBe('intitule de l action');
    expect(normalizeHeader('Date de début (facultatif)')).toBe('date de debut');
    expect(normalizeHeader('SIRET * (obligatoire)')).toBe('siret');
  });
});

describe('matchHeaders', () => {
  it('maps every known header to its column, whatever the order and spelling', () => {
    const match = matchHeaders(
      ['raison sociale', 'Siret *', 'INTITULE DE L ACTION (obligatoire)', 'montant demande au ccas', 'Dont bénéficiaires du RSA', 'e-mail du contact.'],
      EXPECTED,
    );
    expect(match).toEqual({
      columns: { name: 0, siret: 1, title: 2, amount: 3, rsa: 4, email: 5 },
      unknown: [],
      missing: [],
      duplicates: [],
    });
  });

  it('reports a header it does not know with its position, and maps nothing to it', () => {
    const match = matchHeaders(['SIRET', 'Commentaires du service', 'Nom de la structure', 'Intitulé de l’action', 'Montant'], EXPECTED);
    expect(match.unknown).toEqual([
      { index: 1, header: 'Commentaires du service' },
      { index: 4, header: 'Montant' },
    ]);
    expect(Object.values(match.columns)).not.toContain(1);
    expect(Object.values(match.columns)).not.toContain(4);
  });

  it('reports the required columns no header names, and leaves missing optional ones alone', () => {
    const match = matchHeaders(['SIRET', 'Nom de la structure'], EXPECTED);
    expect(match.missing).toEqual([
      { key: 'title', label: 'Intitulé de l’action' },
      { key: 'amount', label: 'Montant demandé au CCAS (€)' },
    ]);
  });

  it('reports a column named twice (by its label and an alias too) and keeps the first', () => {
    const match = matchHeaders(['Raison sociale', 'SIRET', 'Nom de la structure', 'siret'], EXPECTED);
    expect(match.columns).toEqual({ name: 0, siret: 1 });
    expect(match.duplicates).toEqual([
      { key: 'siret', indexes: [1, 3] },
      { key: 'name', indexes: [0, 2] },
    ]);
  });

  it('skips blank headers, such as the empty trailing columns of a spreadsheet export', () => {
    const match = matchHeaders(['SIRET', '', '  ', 'Nom de la structure', ''], EXPECTED);
    expect(match.unknown).toEqual([]);
    expect(match.columns).toEqual({ siret: 0, name: 3 });
  });

  it('refuses a list of expected columns where two keys answer to the same name', () => {
    expect(() => matchHeaders(['SIRET'], [{ key: 'a', label: 'Numéro SIRET' }, { key: 'b', label: 'numero siret' }])).toThrow();
  });

  const ACCENTS: Record<string, string> = { é: 'e', è: 'e', ê: 'e', à: 'a', ç: 'c', ô: 'o', î: 'i', û: 'u' };
  /** A header as a person might retype it: random case per letter, accents kept or dropped, spaces and marks added. */
  const retyped = (label: string) =>
    fc
      .tuple(
        fc.array(fc.record({ upper: fc.boolean(), plain: fc.boolean() }), { minLength: label.length, maxLength: label.length }),
        fc.constantFrom('', ' ', '   ', '\u00A0'),
        fc.constantFrom('', ' ', '  '),
        fc.constantFrom('', ' *', '*', ' (obligatoire)', ' (Obligatoire) *', '.'),
        fc.boolean(),
      )
      .map(([letters, before, after, mark, doubleSpaces]) => {
        const body = [...label]
          .map((character, index) => {
            const choice = letters[index] ?? { upper: false, plain: false };
            const base = choice.plain ? (ACCENTS[character] ?? character) : character;
            return choice.upper ? base.toUpperCase() : base.toLowerCase();
          })
          .join('');
        return `${before}${doubleSpaces ? body.replace(/ /gu, '  ') : body}${mark}${after}`;
      });

  it('maps every key to the right index for any order and any retyping of the expected labels', () => {
    const sheet = fc
      .shuffledSubarray(EXPECTED, { minLength: EXPECTED.length, maxLength: EXPECTED.length })
      .chain((order) => fc.tuple(fc.constant(order), fc.tuple(...order.map((column) => retyped(column.label)))));
    fc.assert(
      fc.property(sheet, ([order, headers]) => {
        const match = matchHeaders(headers, EXPECTED);
        expect(match.unknown).toEqual([]);
        expect(match.missing).toEqual([]);
        expect(match.duplicates).toEqual([]);
        order.forEach((column, index) => expect(match.columns[column.key]).toBe(index));
      }),
    );
  });

  it('reports any header that names no expected column, at its position, and never maps it', () => {
    const knownNames = new Set(EXPECTED.flatMap((column) => [column.label, ...(column.aliases ?? [])].map(normalizeHeader)));
    const strangeHeader = fc
      .string({ unit: fc.constantFrom(...'abcdéèçxyz -_()*0123456789'), minLength: 1, maxLength: 20 })
      .filter((header) => normalizeHeader(header) !== '' && !knownNames.has(normalizeHeader(header)));
    fc.assert(
      fc.property(strangeHeader, fc.nat({ max: EXPECTED.length }), (header, position) => {
        const headers = EXPECTED.map((column) => column.label);
        headers.splice(position, 0, header);
        const match = matchHeaders(headers, EXPECTED);
        expect(match.unknown).toEqual([{ index: position, header }]);
        expect(Object.values(match.columns)).not.toContain(position);
        expect(Object.keys(match.columns)).toHaveLength(EXPECTED.length);
      }),
    );
  });
});
