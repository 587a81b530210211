// Renders the avis techniques gathered by avis-data.ts: one file, or all of a session. One file per
// application is rendered sequentially, each definition built just before its rendering and dropped
// after, so memory holds one layout at a time plus the finished bytes; the combined file is one layout.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AuditChainHead } from '../../domain/audit-head.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { avisTechniqueDocument } from '../../documents/avis-technique.ts';
import { combineDocuments } from '../../documents/combine-documents.ts';
import type { OrganisationIdentity } from '../../documents/document-frame.ts';
import { fileSlug } from '../../documents/file-slug.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { renderPdf, type PdfMetadata } from '../../documents/render-pdf.ts';
import type { AvisSource } from './avis-data.ts';
import type { AvisSeries, GeneratedDocument } from './documents-api.ts';

type PreparedAvis = { definition: TDocumentDefinitions; metadata: PdfMetadata; fileName: string; sha256: string; reference: string };

/** The session's day as the PDF's creation instant: the document is dated of the session, never of the clock. */
const sessionInstant = (heldOn: string) => new Date(`${heldOn}T00:00:00.000Z`);

function prepareAvis(source: AvisSource, organisation: OrganisationIdentity, auditHead: AuditChainHead | null): PreparedAvis {
  const { data } = source;
  const sha256 = dataSha256({ organisation, data } as unknown as JsonValue);
  const reference = `CAI-${source.heldOn}-S${source.sessionId}-AVIS-${source.applicationId}`;
  // Dated of the session where the commission gave its avis (the definition prints that date), not of
  // the instant the avis was typed in: one date on the page, and the same bytes for the same data.
  const definition = avisTechniqueDocument({ organisation, reference, dataSha256: sha256, auditHead }, data);
  return {
    definition,
    sha256,
    reference,
    fileName: `avis-technique-${source.applicationId}-${fileSlug(data.provider.name, 'prestataire')}.pdf`,
    metadata: {
      title: `Avis technique — ${data.application.title}`,
      subject: `Avis technique de la CAI du ${source.heldOn} sur le dossier n° ${source.applicationId} (${data.provider.name})`,
      author: organisation.name || 'Pacte CAI',
      keywords: `CAI, avis technique, ${reference}, empreinte ${sha256}`,
      auditHead,
      creationDate: sessionInstant(source.heldOn),
    },
  };
}

/** `auditHead`: the audit log's head at rendering (currentAuditHead), printed in the footer and the metadata. */
export async function renderAvis(source: AvisSource, organisation: OrganisationIdentity, auditHead: AuditChainHead | null): Promise<GeneratedDocument> {
  const prepared = prepareAvis(source, organisation, auditHead);
  const bytes = await renderPdf(prepared.definition, prepared.metadata);
  return { fileName: prepared.fileName, contentBase64: bytes.toString('base64'), dataSha256: prepared.sha256, reference: prepared.reference };
}

/**
 * One PDF per application, or one combined PDF where each avis starts on a new page with its own
 * footer (reference, fingerprint, "Page n / N" counted within the avis): a page of the combined file
 * matches the single file of that application.
 */
export async function renderAvisSeries(sources: readonly AvisSource[], organisation: OrganisationIdentity, combined: boolean, auditHead: AuditChainHead | null): Promise<AvisSeries> {
  const [first] = sources;
  if (!first) throw new RangeError('No avis to render.');
  if (!combined) {
    const files: GeneratedDocument[] = [];
    for (const source of sources) files.push(await renderAvis(source, organisation, auditHead));
    return { combined: false, files };
  }
  const prepared = sources.map((source) => prepareAvis(source, organisation, auditHead));
  const sha256 = dataSha256({ organisation, avis: prepared.map((avis) => avis.sha256) } as unknown as JsonValue);
  const reference = `CAI-${first.heldOn}-S${first.sessionId}-AVIS`;
  const session = first.data.session;
  const bytes = await renderPdf(combineDocuments(prepared.map((avis) => avis.definition)), {
    title: `Avis techniques — ${session.title}`,
    subject: `Avis techniques de la séance de la CAI du ${first.heldOn} (${session.callTitle}) : ${sources.length} dossier${sources.length > 1 ? 's' : ''}`,
    author: organisation.name || 'Pacte CAI',
    keywords: `CAI, avis techniques, ${reference}, empreinte ${sha256}`,
    auditHead,
    creationDate: sessionInstant(first.heldOn),
  });
  return {
    combined: true,
    count: sources.length,
    document: { fileName: `avis-techniques-seance-${first.sessionId}-${first.heldOn}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference },
  };
}
