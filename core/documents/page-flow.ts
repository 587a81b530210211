// How the session's documents flow across pages: a heading stays with the first lines it introduces,
// and a signature block stays with the last lines it signs, never alone at the top of a page.
import type { Content, ContentText } from 'pdfmake/interfaces';
import { COLORS, keptWithNext } from './document-frame.ts';
import { formatLongDate } from './french-text.ts';

/**
 * pdfmake drops whatever an unbreakable block cannot fit on one page: only text well under a page (about
 * a third of a portrait page of running text) is kept together with a heading or a signature.
 */
export const KEEP_LIMIT_CHARS = 1200;

/** Blank lines separate paragraphs; single line breaks are kept inside them. */
export function paragraphTexts(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

export const paragraph = (text: string): Content => ({ text, margin: [0, 0, 0, 4], alignment: 'justify' });

/**
 * The heading and the first paragraph after it on the same page. A first paragraph too long to be kept
 * whole flows, its heading then moved by the frame when no line of it fits below (keptWithNext).
 */
export function headingWithText(title: ContentText, texts: readonly string[]): Content[] {
  const [first, ...rest] = texts;
  if (first === undefined) return [title];
  const kept: Content[] = first.length <= KEEP_LIMIT_CHARS ? [{ stack: [title, paragraph(first)], unbreakable: true }] : [keptWithNext(title), paragraph(first)];
  return [...kept, ...rest.map(paragraph)];
}

/**
 * The end of a long text, whole sentences (at most `max` characters when a sentence allows it): what
 * travels with the signature when the whole last paragraph cannot.
 */
export function splitTail(text: string, max: number): { head: string; tail: string } {
  if (text.length <= max) return { head: '', tail: text };
  const ends = [...text.matchAll(/[.!?;…](?:\s|$)/gu)].map((match) => match.index + 1).filter((end) => end < text.length - 1);
  const cut = ends.find((end) => text.length - end <= max) ?? text.lastIndexOf(' ', text.length - max);
  if (cut <= 0) return { head: '', tail: text };
  return { head: text.slice(0, cut).trim(), tail: text.slice(cut).trim() };
}

export type Signer = {
  /** "Fait à Rennes, le 12 décembre 2017": the place (may be empty) and the date the document is dated of. */
  city: string;
  signedOn: string;
  /** "Le président de la commission", "Pour extrait conforme, …". */
  heading: string;
  name: string;
  /** The signer's quality as typed in the settings ("Présidente du CCAS"), when it adds to the heading. */
  role?: string;
};

/** Place and date on the left, who signs on the right with room for the hand-written signature. */
export function signatureBlock(signer: Signer): Content {
  return {
    margin: [0, 8, 0, 0],
    columns: [
      { width: '*', text: `Fait${signer.city ? ` à ${signer.city}` : ''}, le ${formatLongDate(signer.signedOn)}` },
      {
        width: 230,
        stack: [
          { text: signer.heading, bold: true },
          { text: signer.name },
          ...(signer.role ? [{ text: signer.role, fontSize: 8.5, color: COLORS.muted }] : []),
          { text: 'Signature', style: 'small', margin: [0, 26, 0, 0] },
        ],
      },
    ],
  };
}

/** The last block and the signature on the same page. The caller keeps the last block under a page. */
export function endingWithSignature(blocks: readonly Content[], signature: Content): Content[] {
  const last = blocks.at(-1);
  if (last === undefined) return [signature];
  return [...blocks.slice(0, -1), { stack: [last, signature], unbreakable: true }];
}
