// The one place that renders PDFs: pdfmake in Node, Roboto embedded, no network, no file outside the
// fonts, and the same bytes for the same input (fixed creation date, file id derived from it).
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatAuditHead, type AuditChainHead } from '../domain/audit-head.ts';
import { printableDefinition, robotoCoverage } from './printable-text.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let configured = false;

/** pdfmake holds its fonts and policies globally: set them once, before the first document. */
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // A document definition built from user data must not make the renderer fetch a URL or read a file.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));
  configured = true;
}

export type PdfMetadata = {
  title: string;
  subject: string;
  author: string;
  keywords?: string;
  /** The audit log's head at rendering, appended to the keywords as "journal d’audit SEQ:HASH" (the full hash). */
  auditHead?: AuditChainHead | null;
  /** Taken from the data (e.g. the session's date or last change), never the clock: same input, same bytes. */
  creationDate: Date;
};

function withAuditHead(keywords: string, head: AuditChainHead | null | undefined): string {
  if (head === undefined) return keywords;
  const journal = head === null ? 'journal d’audit vide' : `journal d’audit ${formatAuditHead(head)}`;
  return keywords === '' ? journal : `${keywords}, ${journal}`;
}

/**
 * Renders a document definition to PDF/A-2b bytes. PDFKit derives the file identifier from the
 * document information (creation date included), so fixing the date makes the output reproducible.
 */
export async function renderPdf(definition: TDocumentDefinitions, metadata: PdfMetadata): Promise<Buffer> {
  configure();
  const document: TDocumentDefinitions = {
    ...printableDefinition(robotoCoverage(path.join(FONT_DIR, 'Roboto-Regular.ttf')), definition),
    version: '1.7',
    subset: 'PDF/A-2b',
    language: 'fr-FR',
    displayTitle: true,
    info: {
      title: metadata.title,
      subject: metadata.subject,
      author: metadata.author,
      keywords: withAuditHead(metadata.keywords ?? '', metadata.auditHead),
      creator: 'Pacte CAI',
      producer: 'Pacte CAI (pdfmake)',
      creationDate: metadata.creationDate,
      modDate: metadata.creationDate,
    },
  };
  return Buffer.from(await pdfmake.createPdf(document).getBuffer());
}
