// No character typed by a person vanishes from a PDF. The embedded font (Roboto) has no glyph for an
// emoji or a rare symbol, and pdfkit then prints nothing at all: "Les Jardins 🌱" became "Les Jardins "
// on a document for the board. Such characters are written as their code, "[U+1F331]", so that the
// reader sees something was there and what; invisible modifiers of an emoji are dropped with it.
import { openSync, type Font } from 'fontkit';

type Coverage = Pick<Font, 'hasGlyphForCodePoint'>;

/** Zero-width joiner, variation selectors, skin-tone modifiers and tag characters: parts of an emoji, not characters of their own. */
function isEmojiModifier(codePoint: number): boolean {
  return codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0xe0020 && codePoint <= 0xe007f);
}

/** Spaces the font lacks, set as the no-break space it has (what money.ts does for amounts). */
const SPACE_SUBSTITUTES: ReadonlyMap<number, string> = new Map([
  [0x202f, '\u00A0'],
  [0x2007, '\u00A0'],
  [0x2009, ' '],
  [0x200a, ' '],
]);

export function codePointLabel(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
}

// Characters Roboto draws, checked once: most texts hold nothing else and skip the per-character look-up.
const SURELY_DRAWN = /^[\n\t\r\u0020-\u007E\u00A0-\u00FF\u0152\u0153\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC]*$/u;

/** The text with every character the font cannot draw written as its code point. */
export function printableWith(font: Coverage, text: string): string {
  if (SURELY_DRAWN.test(text)) return text;
  let out = '';
  let changed = false;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    // Line breaks and tabs are layout for pdfmake, not glyphs.
    if (codePoint < 0x20 || font.hasGlyphForCodePoint(codePoint)) {
      out += character;
      continue;
    }
    changed = true;
    const space = SPACE_SUBSTITUTES.get(codePoint);
    if (space !== undefined) out += space;
    else if (!isEmojiModifier(codePoint)) out += codePointLabel(codePoint);
  }
  return changed ? out : text;
}

/** Every string of a pdfmake document definition made printable (styles, images and keys hold ASCII only, left as they are). */
export function printableDefinition<T>(font: Coverage, value: T): T {
  if (typeof value === 'string') return printableWith(font, value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableDefinition(font, item)) as T;
  // Headers and footers are functions of the page: what they return is made printable too.
  if (typeof value === 'function') {
    const produce = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => printableDefinition(font, produce(...args))) as T;
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDefinition(font, item)])) as T;
  }
  return value;
}

let roboto: Coverage | null = null;

/** The regular face (the four faces of Roboto cover the same characters), each answer kept: documents repeat their letters. */
export function robotoCoverage(file: string): Coverage {
  if (roboto === null) {
    const font = openSync(file);
    const known = new Map<number, boolean>();
    roboto = {
      hasGlyphForCodePoint: (codePoint) => {
        let has = known.get(codePoint);
        if (has === undefined) {
          has = font.hasGlyphForCodePoint(codePoint);
          known.set(codePoint, has);
        }
        return has;
      },
    };
  }
  return roboto;
}
