// Several framed documents in one PDF (all the avis of a session, for instance): each starts on a new
// page and keeps its own footer — its title, reference, fingerprint and "Page n / N" counted within
// itself, so that a page of the combined file reads exactly like the same page of the single file.
import type { Content, ContentSection, DynamicBackground, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';

type Footer = (currentPage: number, pageCount: number) => Content;

/**
 * Each definition must be used once: pdfmake writes its layout into the nodes it is given.
 *
 * pdfmake numbers pages across the whole file and has no per-section count. It does give each section
 * its own background, called once per page as the page is added during layout — before any footer is
 * drawn. Each section's background (which draws nothing) records the pages it was called on; its
 * footer then turns the file's page number into the section's own. Page 1 starts every layout pass,
 * so the record is cleared there and a second pass (pdfmake re-lays out for dynamic page breaks)
 * cannot leave stale pages behind.
 */
export function combineDocuments(documents: readonly TDocumentDefinitions[]): TDocumentDefinitions {
  const [first] = documents;
  if (!first) throw new RangeError('Nothing to combine.');
  const pagesOf = new Map<number, number[]>();
  const sections = documents.map((document, index): ContentSection => {
    if (typeof document.footer !== 'function') throw new RangeError('Each combined document needs a footer function (use framedDocument).');
    const footer = document.footer as Footer;
    return {
      section: document.content,
      pageOrientation: document.pageOrientation ?? 'portrait',
      background: ((page: number) => {
        if (page === 1) pagesOf.clear();
        const pages = pagesOf.get(index);
        if (pages) pages.push(page);
        else pagesOf.set(index, [page]);
        return null;
      }) satisfies DynamicBackground,
      footer: ((page: number) => {
        const pages = pagesOf.get(index) ?? [page];
        return footer(page - (pages[0] ?? page) + 1, pages.length);
      }) satisfies DynamicContent,
    };
  });
  // Page size, margins and styles are those of the first document: framedDocument gives them all the same.
  const { content: _content, footer: _footer, ...shared } = first;
  return { ...shared, content: sections };
}
