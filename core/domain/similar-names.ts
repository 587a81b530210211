// "Is this provider already known under a slightly different name?" — the rule behind duplicate warnings.
import { toSearchText } from './text.ts';

// Words that differ between two spellings of the same body without making it another body.
const NOISE_WORDS = new Set(['association', 'asso', 'assoc', 'l', 'la', 'le', 'les', 'de', 'des', 'du', 'd', 'et', 'a', 'au', 'aux', 'en', 'sas', 'sarl', 'scop', 'scic', 'sa', 'eurl']);

/** The part of a name that identifies the body: accent-free words, noise words dropped, in order. */
export function nameKey(name: string): string {
  return toSearchText(name)
    .trim()
    .split(' ')
    .filter((word) => word.length > 0 && !NOISE_WORDS.has(word))
    .join(' ');
}

/** Edit distance with a single row of memory: names are short, lists are up to a few thousand. */
function levenshtein(left: string, right: string): number {
  if (left === right) return 0;
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= right.length; j += 1) {
      const above = previous[j] ?? 0;
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[right.length] ?? 0;
}

/** 1 for the same body name, 0 for nothing in common; symmetric. */
export function nameSimilarity(left: string, right: string): number {
  const a = nameKey(left);
  const b = nameKey(right);
  if (a.length === 0 || b.length === 0) return a === b ? 1 : 0;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

/** Above this, two names are shown as a probable duplicate ("Envie 35" / "Envie35", "L'ARCS" / "ARCS"). */
export const PROBABLE_DUPLICATE_SIMILARITY = 0.8;

export function isProbablySameName(left: string, right: string): boolean {
  return nameSimilarity(left, right) >= PROBABLE_DUPLICATE_SIMILARITY;
}
