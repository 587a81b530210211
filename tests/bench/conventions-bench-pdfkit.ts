// The baseline of the convention PDFs: pdfkit writing the text the app's definition prints, directly
// (Roboto, one font size, pages added as the text flows), as documents-bench.ts does for the avis.
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const FONT = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf');

/** Every string the definition prints (header, content and footer of the first page), in reading order. */
export function printedText(definition: TDocumentDefinitions): string[] {
  const lines: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') lines.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'stack', 'columns', 'table', 'body', 'ul', 'ol']) if (key in record) walk(record[key]);
    }
  };
  const page = { width: 595, height: 842, orientation: 'portrait' } as const;
  if (typeof definition.header === 'function') walk(definition.header(1, 1, page));
  else walk(definition.header);
  walk(definition.content);
  if (typeof definition.footer === 'function') walk(definition.footer(1, 1, page));
  else walk(definition.footer);
  return lines;
}

export function pdfkitPdf(lines: readonly string[], title: string, creationDate: Date): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 40, info: { Title: title, Author: 'CCAS de Rennes', CreationDate: creationDate }, autoFirstPage: false });
  document.registerFont('Roboto', FONT);
  document.addPage().font('Roboto').fontSize(9.5);
  for (const line of lines) document.text(line);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.end();
  });
}
