// The characters a rendered PDF's glyphs stand for, read from the fonts' ToUnicode maps: pdftotext
// gives a no-break space back as a plain one, this tells whether the PDF really printed U+00A0.
import { inflateSync } from 'node:zlib';

/** pdfkit writes each map as "<first> <last> [<unicode> <unicode> …]" ranges; the listed codes are the characters. */
export function pdfCharacters(bytes: Buffer): Set<string> {
  const raw = bytes.toString('latin1');
  const characters = new Set<string>();
  for (const match of raw.matchAll(/stream\r?\n/gu)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    let text: string;
    try {
      text = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!text.includes('begincmap')) continue;
    for (const range of text.matchAll(/^<[0-9a-f]+> <[0-9a-f]+> \[(.*)\]$/gimu)) {
      for (const code of (range[1] ?? '').matchAll(/<([0-9a-f]+)>/giu)) {
        // A ligature maps to several code units at once ("<0066 0069>" is "fi"): each is a character.
        for (const unit of (code[1] ?? '').match(/.{4}/gu) ?? []) characters.add(String.fromCharCode(Number.parseInt(unit, 16)));
      }
    }
  }
  return characters;
}
