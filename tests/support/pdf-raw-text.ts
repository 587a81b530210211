// A rendered PDF's text in content order (pdftotext -raw), on one line: a table cell's words stay
// together, where the -layout reading of readPdf interleaves the lines of neighbouring cells.
import { execFileSync } from 'node:child_process';

/** The no-break spaces of amounts come back as plain spaces; compare with `printed()`. */
export function pdfFlatText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

/** Text as pdftotext reads it back: no-break spaces become plain ones. */
export const printed = (text: string): string => text.replace(/\u00A0/gu, ' ');
