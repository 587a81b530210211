// No character typed by a person vanishes from a PDF (issue 11, finding 7): what the embedded font cannot
// draw — an emoji, a rare symbol — is printed as its code point; the rest is left byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLabel, printableDefinition, printableWith } from '../../core/documents/printable-text.ts';
import { renderPdf } from '../../core/documents/render-pdf.ts';
import { readPdf } from '../support/pdf-text.ts';

// A font that draws Basic Latin, Latin-1 and French typography (œ, dashes, quotes, €), as Roboto does:
// enough to state the rule without the real font.
const FRENCH_MARKS = new Set([0x152, 0x153, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x20ac]);
const drawn = (codePoint: number) => codePoint < 0x100 || FRENCH_MARKS.has(codePoint);
const latin1 = { hasGlyphForCodePoint: drawn };

describe('printable text', () => {
  it('writes an emoji as its code point, with its invisible modifiers dropped', () => {
    expect(printableWith(latin1, 'Les Jardins 🌱')).toBe('Les Jardins [U+1F331]');
    // A thumbs-up with a skin tone and the emoji presentation selector: one label, not three.
    expect(printableWith(latin1, 'Bravo 👍🏽\uFE0F !')).toBe('Bravo [U+1F44D] !');
  });

  it('leaves every text the font can draw unchanged, and labels each code point it cannot', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const printed = printableWith(latin1, text);
        const drawable = [...text].filter((character) => drawn(character.codePointAt(0) ?? 0)).join('');
        // Nothing the font can draw is lost or moved: removing the labels gives the drawable characters back.
        expect(printed.replace(/\[U\+[0-9A-F]{4,6}\]/gu, '')).toBe(drawable.replace(/\[U\+[0-9A-F]{4,6}\]/gu, ''));
        if ([...text].every((character) => drawn(character.codePointAt(0) ?? 0))) expect(printed).toBe(text);
      }),
    );
  });

  it('reaches every string of a definition, the footer function’s included', () => {
    const definition = printableDefinition(latin1, { content: [{ text: ['Atelier ', { text: '🚲', bold: true }] }], footer: () => ({ text: 'CCAS ✨' }) });
    expect(definition.content).toEqual([{ text: ['Atelier ', { text: codePointLabel(0x1f6b2), bold: true }] }]);
    expect(definition.footer()).toEqual({ text: 'CCAS [U+2728]' });
  });

  it('prints "Les Jardins [U+1F331]" in a real PDF where the emoji used to vanish, and French text as typed', async () => {
    const bytes = await renderPdf(
      { content: [{ text: 'Association Les Jardins 🌱 — « Vélo-école » : 12 345,67 €' }] },
      { title: 'Essai', subject: 'Essai', author: 'Pacte CAI', creationDate: new Date('2026-12-03T10:00:00Z') },
    );
    const { text } = readPdf(bytes);
    expect(text).toContain('Association Les Jardins [U+1F331] — « Vélo-école » : 12 345,67 €');
  });
});
