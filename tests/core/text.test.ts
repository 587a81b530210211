// Search ignores case and accents and matches word starts: indexing (toSearchText) and querying
// (searchTerms, matchesAllTerms) must agree on what "the same word" is, whatever the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAllTerms, searchTerms, toSearchText } from '../../core/domain/text.ts';

const FRENCH_LETTERS = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';

/** An accent stripper written independently of the app's, from the French alphabet. */
const PLAIN: Record<string, string> = {
  à: 'a', â: 'a', ä: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i',
  ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ÿ: 'y', œ: 'oe', æ: 'ae',
};
const stripAccents = (text: string) => [...text].map((character) => PLAIN[character.toLowerCase()] ?? character).join('');

const frenchWord = fc.string({ unit: fc.constantFrom(...FRENCH_LETTERS), minLength: 1, maxLength: 12 });
const frenchText = fc.string({ unit: fc.constantFrom(...FRENCH_LETTERS, ' ', '-', "'", '’', ',', '(', ')'), maxLength: 60 });
const frenchSentence = fc.array(frenchWord, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

describe('toSearchText', () => {
  it('is idempotent on any text, French or not', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => toSearchText(toSearchText(text)) === toSearchText(text)));
    fc.assert(fc.property(frenchText, (text) => toSearchText(toSearchText(text)) === toSearchText(text)));
  });

  it('ignores case: a French text and its upper case index the same', () => {
    fc.assert(fc.property(frenchText, (text) => toSearchText(text) === toSearchText(text.toUpperCase())));
  });

  it('ignores accents and ligatures: a French text and its unaccented spelling index the same', () => {
    fc.assert(fc.property(frenchText, (text) => toSearchText(text) === toSearchText(stripAccents(text))));
  });

  it('keeps only lower-cased letters and digits between single spaces, with a space at each end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const indexed = toSearchText(text);
        return /^ (?:[\p{L}\p{N}]+ )*$/u.test(indexed) && indexed === indexed.toLowerCase();
      }),
    );
    expect(toSearchText("Vélo-École d'Œuvre (STAR)")).toBe(' velo ecole d oeuvre star ');
  });
});

describe('searchTerms and matchesAllTerms', () => {
  it('lets every word of a text be found by any of its prefixes, typed in any case, with or without accents', () => {
    fc.assert(
      fc.property(frenchSentence, fc.nat(), fc.nat(), fc.boolean(), (sentence, wordPick, cut, upper) => {
        const words = sentence.split(' ');
        const word = words[wordPick % words.length] ?? '';
        const prefix = word.slice(0, 1 + (cut % word.length));
        const typed = upper ? stripAccents(prefix).toUpperCase() : prefix;
        return matchesAllTerms(toSearchText(sentence), searchTerms(typed));
      }),
    );
  });

  it('requires every term (AND): a text matches a query exactly when it matches each of its terms', () => {
    fc.assert(
      fc.property(frenchSentence, frenchSentence, (text, query) => {
        const indexed = toSearchText(text);
        const terms = searchTerms(query);
        return matchesAllTerms(indexed, terms) === terms.every((term) => matchesAllTerms(indexed, [term]));
      }),
    );
    expect(matchesAllTerms(toSearchText('Location de vélos électriques'), searchTerms('velo elec'))).toBe(true);
    expect(matchesAllTerms(toSearchText('Location de vélos électriques'), searchTerms('velo permis'))).toBe(false);
  });

  it('finds "vélos" for "velo" but not "développer": a term must start a word', () => {
    expect(matchesAllTerms(toSearchText('Action de location de vélos'), searchTerms('velo'))).toBe(true);
    expect(matchesAllTerms(toSearchText('Développer les ateliers'), searchTerms('velo'))).toBe(false);
    expect(matchesAllTerms(toSearchText('Développer les ateliers'), searchTerms('VÉLO'))).toBe(false);
  });

  it("drops elided one-letter words (l', d', j') when longer words remain", () => {
    expect(searchTerms("l'école d'art")).toEqual(['ecole', 'art']);
    expect(searchTerms("J'aime l’œuvre")).toEqual(['aime', 'oeuvre']);
    fc.assert(
      fc.property(frenchSentence, (sentence) => {
        const terms = searchTerms(sentence);
        const hasLongWord = toSearchText(sentence).trim().split(' ').some((word) => word.length > 1);
        return hasLongWord ? terms.every((term) => term.length > 1) : terms.length > 0;
      }),
    );
  });

  it('keeps a lone one-letter query rather than searching for nothing', () => {
    expect(searchTerms("l'")).toEqual(['l']);
    expect(searchTerms('  ')).toEqual([]);
  });
});
