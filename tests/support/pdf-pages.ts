// A rendered PDF read page by page, the way a person turns the pages: each page's lines as pdftotext
// -layout lays them out, trimmed, the empty ones and the frame's footer left out.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './test-app.ts';

export type PdfPages = { file: string; pages: string[][]; info: string };

/**
 * The footer lines of every framed document: "<title> — réf. <reference>   Empreinte …   Page n / N",
 * then, under the fingerprint, the audit log's head "Journal n° N · XXXX XXXX XXXX XXXX".
 */
const FOOTER = /Page \d+ \/ \d+$|Journal (n° \d+ · [0-9A-F]{4}( [0-9A-F]{4}){3}|vide)$/u;

export function readPages(bytes: Buffer, name = 'document.pdf'): PdfPages {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 'NaN');
  const pages = Array.from({ length: count }, (_, index) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !FOOTER.test(line)),
  );
  return { file, pages, info };
}

/** The last line of a page's body (the footer excluded), or '' for an empty page. */
export const lastLine = (page: readonly string[]): string => page.at(-1) ?? '';

/** The index of the first page holding a line that contains `needle`, or -1. */
export const pageOf = (pages: readonly (readonly string[])[], needle: string): number => pages.findIndex((page) => page.some((line) => line.includes(needle)));
