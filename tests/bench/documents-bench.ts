// All the avis techniques of a 2,000-application session, rendered by the app (pdfmake definitions through
// core/documents/render-pdf.ts), against pdfkit writing the same text directly, in the same run.
// PACTE_BENCH_SCALE (0 < s ≤ 1) renders fewer avis; the output says so.
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { avisTechniqueDocument, type AvisTechniqueData } from '../../core/documents/avis-technique.ts';
import { combineDocuments } from '../../core/documents/combine-documents.ts';
import { dataSha256 } from '../../core/documents/fingerprint.ts';
import { renderPdf } from '../../core/documents/render-pdf.ts';
import type { JsonValue } from '../../core/domain/jury/audit-chain.ts';
import { AVIS_FRAME, avisTechniqueData } from '../support/avis-technique-data.ts';

const FULL = 2000;
const scale = Number(process.env.PACTE_BENCH_SCALE ?? '1');
if (!(scale > 0 && scale <= 1)) throw new Error('PACTE_BENCH_SCALE must be in ]0, 1].');
const count = Math.max(1, Math.round(FULL * scale));
const FONT = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf');
const creationDate = new Date('2018-03-12T18:00:00.000Z');
const kinds = ['favorable', 'favorable_sous_reserve', 'ajourne', 'defavorable'] as const;

const items: { data: AvisTechniqueData; sha: string; reference: string }[] = Array.from({ length: count }, (_, index) => {
  const kind = kinds[index % kinds.length] ?? 'favorable';
  const data = avisTechniqueData({
    application: { id: index + 1, position: index + 1, title: `Action d’insertion n° ${index + 1} : ateliers collectifs et suivi renforcé`, requestedCents: 500_000 + ((index * 7919) % 3_000_000) },
    provider: { name: `Association d’insertion ${index % 300}` },
    avis: { kind, proposedCents: kind.startsWith('favorable') ? 400_000 : 0 },
  });
  return { data, sha: dataSha256(data as unknown as JsonValue), reference: `CAI-2018-03-12-S1-AVIS-${index + 1}` };
});
const definitionOf = (item: (typeof items)[number]) => avisTechniqueDocument({ ...AVIS_FRAME, reference: item.reference, dataSha256: item.sha }, item.data);
const metadata = { title: 'Avis technique', subject: 'Avis technique de la CAI', author: 'CCAS de Rennes', creationDate };

/** Every string the definition prints (content and footer), in reading order: what pdfkit will write. */
function printedText(definition: TDocumentDefinitions): string[] {
  const lines: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') lines.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'stack', 'columns', 'table', 'body', 'ul', 'ol']) if (key in record) walk(record[key]);
    }
  };
  walk(definition.content);
  if (typeof definition.footer === 'function') walk(definition.footer(1, 1, { width: 595, height: 842, orientation: 'portrait' }));
  return lines;
}

function pdfkitDocument(): PDFKit.PDFDocument {
  const document = new PDFDocument({ size: 'A4', margin: 40, info: { Title: metadata.title, Author: metadata.author, CreationDate: creationDate }, autoFirstPage: false });
  document.registerFont('Roboto', FONT);
  return document;
}

function finish(document: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.end();
  });
}

function writeAvis(document: PDFKit.PDFDocument, lines: string[]): void {
  document.addPage().font('Roboto').fontSize(9.5);
  for (const line of lines) document.text(line);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const texts = items.map((item) => printedText(definitionOf(item)));
console.log(`Avis techniques : ${count} dossiers${count < FULL ? ` — ÉCHELLE RÉDUITE (PACTE_BENCH_SCALE=${scale}, taille réelle ${FULL})` : ''}`);

// One PDF per avis.
const separate = await timed(async () => {
  let bytes = 0;
  for (const item of items) bytes += (await renderPdf(definitionOf(item), metadata)).length;
  return bytes;
});
const separateBaseline = await timed(async () => {
  let bytes = 0;
  for (const lines of texts) {
    const document = pdfkitDocument();
    writeAvis(document, lines);
    bytes += (await finish(document)).length;
  }
  return bytes;
});

// One PDF holding every avis.
const combined = await timed(async () => (await renderPdf(combineDocuments(items.map(definitionOf)), metadata)).length);
const combinedBaseline = await timed(async () => {
  const document = pdfkitDocument();
  for (const lines of texts) writeAvis(document, lines);
  return (await finish(document)).length;
});

const perSecond = (ms: number) => ((count * 1000) / ms).toFixed(1);
const row = (label: string, run: { ms: number; value: number }) => `  ${label.padEnd(46)} ${(run.ms / 1000).toFixed(2).padStart(7)} s  ${perSecond(run.ms).padStart(7)} avis/s  ${(run.value / 1024 / 1024).toFixed(1)} Mo`;
console.log('Un PDF par dossier');
console.log(row('pdfmake (définitions de l’app, PDF/A-2b)', separate));
console.log(row('pdfkit, le même texte écrit directement', separateBaseline));
console.log(`  → × ${(separate.ms / separateBaseline.ms).toFixed(1)}`);
console.log('Un seul PDF');
console.log(row('pdfmake (définitions de l’app, PDF/A-2b)', combined));
console.log(row('pdfkit, le même texte écrit directement', combinedBaseline));
console.log(`  → × ${(combined.ms / combinedBaseline.ms).toFixed(1)}`);
