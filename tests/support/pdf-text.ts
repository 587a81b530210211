// Reads a rendered PDF the way a person would: its text (pdftotext -layout) and its page count (pdfinfo).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './test-app.ts';

export type PdfReading = { file: string; text: string; pages: number; info: string };

export function readPdf(bytes: Buffer, name = 'document.pdf'): PdfReading {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 'NaN');
  return { file, text, pages, info };
}
