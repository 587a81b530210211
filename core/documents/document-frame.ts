// What every document of the app carries: the organisation's identity, a title, the session it comes
// from, a reference number, the date the document is dated of, "Page n / N", the data's fingerprint and
// the audit log's head it was produced at;
// and one page-flow rule: a heading made keptWithNext never ends a page.
import type { Content, ContentText, Node, NodeQueries, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { auditHeadLine, type AuditChainHead } from '../domain/audit-head.ts';
import { formatLongDate } from './french-text.ts';
import { shortFingerprint } from './fingerprint.ts';

export type OrganisationIdentity = {
  name: string;
  department: string;
  address: string;
  postalCode: string;
  city: string;
  logoDataUrl: string | null;
};

export type DocumentFrame = {
  organisation: OrganisationIdentity;
  title: string;
  /** "Séance de la CAI du 15 décembre 2017 — Appel à projets 2018". */
  sessionLine: string;
  /** Stable reference built from the data, e.g. "CAI-2017-12-15-S3-AVIS-12". */
  reference: string;
  /**
   * ISO date the document is dated of, printed "Établi le …": from the data, never the clock, so that
   * the bytes do not change. A session's documents are dated of the session, as their signature is.
   */
  generatedOn: string;
  /** Full SHA-256 of the data; printed shortened in the footer. */
  dataSha256: string;
  /**
   * The audit log's head when the document was produced (null: an empty log), printed in the footer
   * beside the fingerprint: `pacte audit verify --head` takes it back to find a log truncated,
   * re-chained or deleted since. Left out, the footer has no journal line.
   */
  auditHead?: AuditChainHead | null;
  pageOrientation?: 'portrait' | 'landscape';
};

export const COLORS = { ink: '#1a1b1e', muted: '#495057', rule: '#adb5bd', header: '#e9ecef', accent: '#1c4f7c', warning: '#a51111' } as const;

/**
 * pdfmake has no "keep with next". A heading made keptWithNext carries, as its headline level, the room
 * in points it needs below its top: itself and the first lines of what follows (a table's header row and
 * first row, a paragraph's first lines). With less room left on the page, or nothing after it on the page,
 * it moves to the next page. The room is the test that holds: pdfmake reports a table row that did not
 * fit (and any unbreakable block) on the page it was first tried on, not the page it is printed on; so a
 * heading followed by an unbreakable block goes inside that block instead.
 */
const KEEP_SPACE = 80;
/** Marks the footer's nodes, which pdfmake lists with the page's content. */
const FOOTER = -1;

/** A heading that never ends a page alone: `spaceBelow` points (it included) must remain under its top. */
export function keptWithNext(heading: ContentText, spaceBelow = KEEP_SPACE): ContentText {
  return { ...heading, headlineLevel: Math.max(1, Math.round(spaceBelow)) };
}

function isBodyContent(node: Node): boolean {
  if (node.headlineLevel === FOOTER) return false;
  if (node.image !== undefined || node.canvas !== undefined || node.svg !== undefined) return true;
  return node.text !== undefined && node.style !== 'tableHeader';
}

function headingEndsPage(node: Node, queries: NodeQueries): boolean {
  const needed = node.headlineLevel ?? 0;
  if (needed <= 0) return false;
  const { verticalRatio, pageInnerHeight } = node.startPosition;
  return (1 - verticalRatio) * pageInnerHeight < needed || !queries.getFollowingNodesOnPage().some(isBodyContent);
}

function identityBlock(organisation: OrganisationIdentity): Content {
  const lines = [organisation.department, organisation.address, [organisation.postalCode, organisation.city].filter(Boolean).join(' ')].filter((line) => line.trim() !== '');
  const stack: Content[] = [{ text: organisation.name || 'Organisme non renseigné (Paramètres)', bold: true, fontSize: 11 }, ...lines.map((line) => ({ text: line, fontSize: 8.5, color: COLORS.muted }))];
  if (!organisation.logoDataUrl) return { stack };
  return { columns: [{ image: organisation.logoDataUrl, fit: [70, 46], width: 78 }, { stack, width: '*' }], columnGap: 8 };
}

/** Wraps a document's content in the common frame; styles shared by every document. */
export function framedDocument(frame: DocumentFrame, content: Content[]): TDocumentDefinitions {
  const fingerprint = shortFingerprint(frame.dataSha256);
  return {
    pageSize: 'A4',
    pageOrientation: frame.pageOrientation ?? 'portrait',
    pageMargins: [40, 50, 40, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: COLORS.ink, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 10, 0, 2] },
      subtitle: { fontSize: 10.5, color: COLORS.muted, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, color: COLORS.accent, margin: [0, 12, 0, 5] },
      tableHeader: { bold: true, fontSize: 8.5, fillColor: COLORS.header },
      small: { fontSize: 8, color: COLORS.muted },
      amount: { alignment: 'right' },
    },
    content: [
      {
        columns: [
          identityBlock(frame.organisation),
          {
            width: 190,
            stack: [
              { text: `Référence : ${frame.reference}`, fontSize: 8.5, alignment: 'right' },
              { text: `Établi le ${formatLongDate(frame.generatedOn)}`, fontSize: 8.5, alignment: 'right', color: COLORS.muted },
            ],
          },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 6, x2: frame.pageOrientation === 'landscape' ? 762 : 515, y2: 6, lineWidth: 0.6, lineColor: COLORS.rule }] },
      { text: frame.title, style: 'title' },
      { text: frame.sessionLine, style: 'subtitle' },
      ...content,
    ],
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [40, 18, 40, 0],
      columns: [
        { text: `${frame.title} — réf. ${frame.reference}`, style: 'small', width: '*', headlineLevel: FOOTER },
        frame.auditHead === undefined
          ? { text: `Empreinte ${fingerprint}`, style: 'small', width: 'auto', margin: [0, 0, 12, 0], headlineLevel: FOOTER }
          : {
              width: 'auto',
              margin: [0, 0, 12, 0],
              stack: [
                { text: `Empreinte ${fingerprint}`, style: 'small', headlineLevel: FOOTER },
                { text: auditHeadLine(frame.auditHead), style: 'small', headlineLevel: FOOTER },
              ],
            },
        { text: `Page ${currentPage} / ${pageCount}`, style: 'small', width: 'auto', alignment: 'right', headlineLevel: FOOTER },
      ],
    }),
    pageBreakBefore: headingEndsPage,
  };
}

/** A table with its header repeated on each page and rows that never split across pages. */
export function dataTable(headers: string[], rows: TableCell[][], widths: (number | string)[], options: { alignRight?: number[] } = {}): Content {
  const right = new Set(options.alignRight ?? []);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        headers.map((header, index): TableCell => ({ text: header, style: 'tableHeader', alignment: right.has(index) ? 'right' : 'left' })),
        ...rows.map((row) => row.map((cell, index): TableCell => (right.has(index) && typeof cell === 'string' ? { text: cell, alignment: 'right' } : cell))),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => COLORS.rule,
      vLineColor: () => COLORS.rule,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  };
}
