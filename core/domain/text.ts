// Text rules shared by indexing and querying, so that both sides agree on what "the same word" is.

/**
 * The searchable form of a text: lower case, accents and ligatures folded, every run of
 * non-alphanumeric characters turned into one space, with a space at both ends so that a word
 * start is always " word": "Vélo-École d'Œuvre (STAR)" → " velo ecole d oeuvre star ".
 */
export function toSearchText(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words.length > 0 ? ` ${words} ` : ' ';
}

/**
 * The words of a query; each must start a word of the text for a hit ("velo" finds "vélos",
 * not "développer"). Elided one-letter words (l', d', j') are dropped when longer words remain.
 */
export function searchTerms(query: string): string[] {
  const words = toSearchText(query).trim().split(' ').filter((word) => word.length > 0);
  const meaningful = words.filter((word) => word.length > 1);
  return [...new Set(meaningful.length > 0 ? meaningful : words)];
}

/** True when every term starts a word of the (already normalised) search text. */
export function matchesAllTerms(searchText: string, terms: string[]): boolean {
  return terms.every((term) => searchText.includes(` ${term}`));
}
