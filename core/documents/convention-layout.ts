// How the convention documents flow across pages: paragraphs whose hyphenated words are never cut,
// headings kept with what follows, an introduction ("… comme suit :") kept with what it introduces,
// and a size estimate so that only blocks well under a page are made unbreakable.
import type { Content, ContentText } from 'pdfmake/interfaces';
import { COLORS } from './document-frame.ts';

/**
 * pdfmake may break a line after a hyphen, and then counts "Vice-" and "présidente" as two words: a
 * justified line stretches the gap between them ("Vice- présidente"). Short hyphenated words are
 * therefore set unbreakable; the line breaks before or after them.
 */
export function hyphenatedKept(text: string): string | ContentText[] {
  const parts = text.split(/(\S{1,40}?-\S{1,40} ?)/u);
  if (parts.length === 1) return text;
  // split() puts the captured words at the odd indexes.
  return parts.flatMap((part, index): ContentText[] => (index % 2 === 1 ? [{ text: part, noWrap: true }] : part === '' ? [] : [{ text: part }]));
}

/** The words of a paragraph, whether kept as one string or as pieces. */
function plainText(block: Content | undefined): string | null {
  if (block === undefined || typeof block !== 'object' || !('text' in block)) return null;
  const { text } = block;
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.map((piece) => (typeof piece === 'string' ? piece : typeof piece === 'object' && 'text' in piece && typeof piece.text === 'string' ? piece.text : '')).join('') : null;
}

export const paragraph = (text: string, extra: Record<string, unknown> = {}): Content => ({ text: hyphenatedKept(text), margin: [0, 0, 0, 4], alignment: 'justify', ...extra });

export const heading = (text: string, extra: Record<string, unknown> = {}): Content => ({ text, bold: true, fontSize: 10.5, color: COLORS.accent, margin: [0, 9, 0, 3], ...extra });

/** About one printed line, in characters: every paragraph, list item and table row starts one. */
const LINE = 110;
/**
 * pdfmake drops whatever an unbreakable block cannot fit on one page, so only blocks well under a page
 * (about half of one) are kept together; a longer one flows, its heading still with its first lines.
 */
const KEEP_LIMIT = 3200;

function cellWeight(cell: unknown): number {
  if (typeof cell === 'string') return cell.length;
  if (cell !== null && typeof cell === 'object' && 'text' in cell && !('stack' in cell) && !('table' in cell)) return contentWeight((cell as { text: unknown }).text);
  return contentWeight(cell);
}

/** A rough size of some content, in characters of running text. */
export function contentWeight(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + contentWeight(item), 0);
  if (node === null || typeof node !== 'object') return 0;
  const record = node as Record<string, unknown>;
  const table = record.table as { body?: unknown[][] } | undefined;
  if (table?.body) return table.body.reduce((sum: number, row) => sum + LINE + row.reduce((cells: number, cell) => cells + cellWeight(cell), 0), 0);
  let total = 'text' in record ? LINE + contentWeight(record.text) : 0;
  for (const key of ['stack', 'ul', 'columns']) total += contentWeight(record[key]);
  return total;
}

/** Small enough to be made unbreakable without pdfmake dropping any of it. */
export const keepable = (items: readonly Content[]): boolean => contentWeight(items) <= KEEP_LIMIT;

/** Kept on one page when small enough; otherwise left to flow. */
export function keepTogether(items: readonly Content[], extra: Record<string, unknown> = {}): Content {
  return keepable(items) ? { stack: [...items], unbreakable: true, ...extra } : { stack: [...items], ...extra };
}

/** A paragraph that announces what follows (it ends with a colon) stays with it. */
export function withIntroductions(blocks: readonly Content[]): Content[] {
  const joined: Content[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const next = blocks[index + 1];
    const text = plainText(block);
    if (block !== undefined && next !== undefined && text !== null && text.trimEnd().endsWith(':')) {
      joined.push(keepTogether([block, next]));
      index++;
    } else if (block !== undefined) joined.push(block);
  }
  return joined;
}

/** A heading never ends a page alone: it travels with the block that follows it. */
export function keptWithHeading(title: Content, body: readonly Content[]): Content[] {
  const [first, ...rest] = withIntroductions(body);
  if (!first) return [title];
  return contentWeight(first) <= KEEP_LIMIT ? [{ stack: [title, first], unbreakable: true }, ...rest] : [title, first, ...rest];
}
