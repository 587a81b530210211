// A woman is "la présidente", "représentante", "présente"; "de" elides before a vowel sound ("d’Agnès")
// and never before a consonant ("de Paul"); a civility not given keeps the masculine of a function.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPIRATED_H_NAMES, civilityLabel, elideDe, parseCivility, roleTitle, startsWithVowelSound, withCivility } from '../../core/domain/french-gender.ts';

const VOWELS = 'aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ';
const CONSONANTS = 'bcdfgjklmnpqrstvwxzçBCDFGJKLMNPQRSTVWXZÇ';
const LETTERS = `${VOWELS}${CONSONANTS}hyHY`;
const rest = fc.string({ unit: fc.constantFrom(...LETTERS, ' ', '-', '’'), maxLength: 20 });
const nameStartingWith = (initials: string) => fc.tuple(fc.constantFrom(...initials), rest).map(([first, tail]) => `${first}${tail}`);

describe('elideDe', () => {
  it('elides before a vowel, accented or not, in either case', () => {
    expect(elideDe('Agnès')).toBe('d’Agnès');
    expect(elideDe('Élodie Martin')).toBe('d’Élodie Martin');
    expect(elideDe('Œnone')).toBe('d’Œnone');
    expect(elideDe('  isabelle Prigent ')).toBe('d’isabelle Prigent');
    fc.assert(fc.property(nameStartingWith(VOWELS), (name) => elideDe(name) === `d’${name.trim()}`));
  });

  it('never elides before a consonant other than h', () => {
    expect(elideDe('Paul')).toBe('de Paul');
    expect(elideDe('Karim Benali')).toBe('de Karim Benali');
    fc.assert(fc.property(nameStartingWith(CONSONANTS), (name) => elideDe(name) === `de ${name.trim()}`));
  });

  it('elides before a mute h, not before the aspirated h of the listed names', () => {
    expect(elideDe('Hélène Kerbrat')).toBe('d’Hélène Kerbrat');
    expect(elideDe('Henri')).toBe('d’Henri');
    expect(elideDe('Hugo Lemoine')).toBe('de Hugo Lemoine');
    expect(elideDe('Hugues-Marie')).toBe('de Hugues-Marie');
    for (const name of ASPIRATED_H_NAMES) expect(elideDe(name.toUpperCase())).toBe(`de ${name.toUpperCase()}`);
  });

  it('elides before y sounding as a vowel (Yves), not as a consonant (Yann)', () => {
    expect(elideDe('Yves')).toBe('d’Yves');
    expect(elideDe('Yvonne')).toBe('d’Yvonne');
    expect(elideDe('Yann Le Floch')).toBe('de Yann Le Floch');
    expect(elideDe('Yolande')).toBe('de Yolande');
  });

  it('whatever the name: never "de " before a vowel, never "d’" before a consonant, and the name kept whole', () => {
    const anyName = fc.string({ unit: fc.constantFrom(...LETTERS, ' ', '-', '’', '1', '('), maxLength: 24 });
    fc.assert(
      fc.property(anyName, (name) => {
        const said = elideDe(name);
        const [prefix, kept] = said.startsWith('d’') ? ['d’', said.slice(2)] : ['de ', said.slice(3)];
        expect(kept).toBe(name.trim());
        expect(said).not.toMatch(new RegExp(`^de [${VOWELS}]`, 'u'));
        expect(said).not.toMatch(new RegExp(`^d’[${CONSONANTS}]`, 'u'));
        // The choice and the sound test agree, for any text.
        expect(prefix === 'd’').toBe(startsWithVowelSound(name));
      }),
    );
  });
});

describe('roleTitle', () => {
  it('gives a woman the feminine of every title the app prints, a man the masculine', () => {
    const titles: [string, string][] = [
      ['Le président de la commission', 'La présidente de la commission'],
      ['Le président du conseil d’administration', 'La présidente du conseil d’administration'],
      ['Président', 'Présidente'],
      ['PRÉSIDENT', 'PRÉSIDENTE'],
      ['président', 'présidente'],
      ['Vice-président du CCAS', 'Vice-présidente du CCAS'],
      ['Représentant légal', 'Représentante légale'],
      ['Représentant du Département', 'Représentante du Département'],
      ['Représentant des allocataires du RSA', 'Représentante des allocataires du RSA'],
      ['Professionnel de la DIAP', 'Professionnelle de la DIAP'],
      ['Responsable d’antenne', 'Responsable d’antenne'],
      ['Membre titulaire', 'Membre titulaire'],
      ['Juré suppléant', 'Jurée suppléante'],
      ['Suppléant', 'Suppléante'],
      ['Convoqué', 'Convoquée'],
      ['Présent', 'Présente'],
      ['Excusé', 'Excusée'],
      ['Absent', 'Absente'],
      ['Représenté par', 'Représentée par'],
      ['soussigné', 'soussignée'],
      ['habilité', 'habilitée'],
    ];
    for (const [masculine, feminine] of titles) {
      expect(roleTitle(masculine, 'madame')).toBe(feminine);
      expect(roleTitle(masculine, 'monsieur')).toBe(masculine);
    }
  });

  it('agrees only the head of a title: its complement never changes ("préside le jury" stays)', () => {
    expect(roleTitle('Responsable des dispositifs d’insertion (préside le jury)', 'madame')).toBe('Responsable des dispositifs d’insertion (préside le jury)');
    expect(roleTitle('Le président de le président', 'madame')).toBe('La présidente de le président');
  });

  it('without a civility: the masculine of a function, "(e)" where a sentence speaks of the person', () => {
    expect(roleTitle('Le président de la commission', '')).toBe('Le président de la commission');
    expect(roleTitle('Représentant légal', '')).toBe('Représentant légal');
    expect(roleTitle('soussigné', '')).toBe('soussigné(e)');
    expect(roleTitle('habilité', '')).toBe('habilité(e)');
  });

  it('leaves words it does not know as they are', () => {
    expect(roleTitle('Constructor toString', 'madame')).toBe('Constructor toString');
    fc.assert(fc.property(fc.constantFrom('madame' as const, 'monsieur' as const, '' as const), fc.string({ unit: fc.constantFrom(...'xzqwk '), maxLength: 20 }), (civility, text) => roleTitle(text, civility) === text));
  });
});

describe('civilities', () => {
  it('labels and prefixes a name only when given', () => {
    expect(civilityLabel('madame')).toBe('Madame');
    expect(civilityLabel('monsieur')).toBe('Monsieur');
    expect(civilityLabel('')).toBe('');
    expect(withCivility('Claire Martin', 'madame')).toBe('Madame Claire Martin');
    expect(withCivility(' Paul Le Goff', 'monsieur')).toBe('Monsieur Paul Le Goff');
    expect(withCivility('Dominique Pichon', '')).toBe('Dominique Pichon');
    expect(withCivility('  ', 'madame')).toBe('');
  });

  it('reads what people type in a spreadsheet, and nothing else', () => {
    for (const text of ['Madame', 'madame', 'MME', 'Mme', 'Mme.', 'Mlle', 'Mademoiselle']) expect(parseCivility(text)).toBe('madame');
    for (const text of ['Monsieur', 'M.', 'M', 'm.', 'Mr', 'MONSIEUR ']) expect(parseCivility(text)).toBe('monsieur');
    for (const text of ['', '  ', 'Non précisée']) expect(parseCivility(text)).toBe('');
    for (const text of ['Dr', 'Maître', 'Mmes', 'Madame Martin', 'constructor', '__proto__', 'toString']) expect(parseCivility(text)).toBeNull();
  });
});
