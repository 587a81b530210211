// The renderer's side of the host's search rule (core/domain/text.ts): accents and case folded,
// each query word must start a word of the text. Used to mark what matched, never to filter.

function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

/** The query's words as the host reads them: one-letter elisions (l', d') dropped when longer words remain. */
export function searchTerms(query: string): string[] {
  const words = Array.from(query, foldChar)
    .join('')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  const meaningful = words.filter((word) => word.length > 1);
  return [...new Set(meaningful.length > 0 ? meaningful : words)];
}

export type TextPart = { text: string; match: boolean };

/** Splits a text into runs, marking each word start that begins with a term ("velo" marks "Vélo" in "Vélos", not in "Développer"). */
export function markTerms(text: string, terms: string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  // Folded text with, for each folded character, the index of the original character it came from.
  let folded = '';
  const origin: number[] = [];
  Array.from(text).reduce((offset, char) => {
    const f = foldChar(char);
    folded += f;
    for (let i = 0; i < f.length; i += 1) origin.push(offset);
    return offset + char.length;
  }, 0);

  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    let from = folded.indexOf(term);
    while (from !== -1) {
      const before = from === 0 ? ' ' : (folded[from - 1] ?? ' ');
      if (!/[\p{L}\p{N}]/u.test(before)) {
        const start = origin[from] ?? 0;
        const lastFolded = from + term.length - 1;
        const endChar = origin[lastFolded] ?? start;
        const end = endChar + ((text.codePointAt(endChar) ?? 0) > 0xffff ? 2 : 1);
        marked.fill(true, start, end);
      }
      from = folded.indexOf(term, from + 1);
    }
  }

  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const match = marked[i] ?? false;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text[i];
    else parts.push({ text: text[i] ?? '', match });
  }
  return parts;
}

export function hasTerm(text: string, terms: string[]): boolean {
  return markTerms(text, terms).some((part) => part.match);
}
