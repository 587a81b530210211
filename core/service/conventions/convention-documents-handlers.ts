// The PDFs of the conventions (convention, avenant, payment certificate, all of a session) and the
// SCDL open-data export: data from the database, then the pure definitions, then the one renderer.
import { asc, eq } from 'drizzle-orm';
import { conventions } from '../../../db/schema/conventions.ts';
import { AppError } from '../../domain/app-error.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { combineDocuments } from '../../documents/combine-documents.ts';
import { prepareConventionPdf, renderAvenantPdf, renderCertificatPdf, renderConventionPdf, type RenderedConventionDocument } from '../../documents/convention-documents.ts';
import { loadConventionTemplate, type ConventionTemplate } from '../../documents/convention-template.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { currentAuditHead } from '../audit/audit-head.ts';
import type { ServiceContext } from '../context.ts';
import { avenantDocumentData, certificatDocumentData, conventionDocumentData } from '../documents/convention-document-data.ts';
import type { GeneratedDocument } from '../documents/documents-api.ts';
import type { Handlers } from '../handlers.ts';
import type { conventionDocumentsMethods } from './convention-documents-api.ts';
import { detail, todayOf } from './lifecycle-handlers.ts';
import { exportScdl } from './scdl-handlers.ts';

const generated = (rendered: RenderedConventionDocument): GeneratedDocument => ({
  fileName: rendered.fileName,
  contentBase64: rendered.bytes.toString('base64'),
  dataSha256: rendered.dataSha256,
  reference: rendered.reference,
});

/** The clause template shipped in resources/conventions: replacing the file changes the clauses, never the code. */
function template(context: ServiceContext): ConventionTemplate {
  return loadConventionTemplate(context.resourcesDir);
}

function sessionConventionIds(context: ServiceContext, sessionId: number): number[] {
  const ids = context.db.select({ id: conventions.id }).from(conventions).where(eq(conventions.sessionId, sessionId)).orderBy(asc(conventions.number)).all().map((row) => row.id);
  if (ids.length === 0) throw new AppError('precondition', 'Aucune convention n’a encore été préparée pour cette séance (« Préparer les conventions »).');
  return ids;
}

export const conventionDocumentsHandlers: Handlers<keyof typeof conventionDocumentsMethods> = {
  'documents.convention': async ({ conventionId }, context) => generated(await renderConventionPdf(conventionDocumentData(context.db, detail(context, conventionId)), template(context), currentAuditHead(context.db))),
  'documents.avenant': async ({ conventionId, rank }, context) => generated(await renderAvenantPdf(avenantDocumentData(context.db, detail(context, conventionId), rank), template(context), currentAuditHead(context.db))),
  'documents.certificat': async ({ paymentId }, context) => generated(await renderCertificatPdf(certificatDocumentData(context.db, paymentId, todayOf(context)), template(context), currentAuditHead(context.db))),
  'documents.conventionsAll': async ({ sessionId, combined }, context) => {
    const clauses = template(context);
    const ids = sessionConventionIds(context, sessionId);
    const auditHead = currentAuditHead(context.db);
    // Every document is prepared (and its placeholders checked) before the first is rendered: all or nothing.
    const prepared = ids.map((id) => prepareConventionPdf(conventionDocumentData(context.db, detail(context, id)), clauses, auditHead));
    if (!combined) {
      const files: GeneratedDocument[] = [];
      for (const { definition, metadata, ...rest } of prepared) files.push(generated({ ...rest, bytes: await renderPdf(definition, metadata) }));
      return { combined: false, files };
    }
    const sha256 = dataSha256({ conventions: prepared.map((document) => document.dataSha256) } as unknown as JsonValue);
    const latest = prepared.map((document) => document.metadata.creationDate.toISOString()).sort().at(-1) ?? new Date(0).toISOString();
    const bytes = await renderPdf(combineDocuments(prepared.map((document) => document.definition)), {
      title: `Conventions de la séance n° ${sessionId}`,
      subject: `${prepared.length} convention(s) préparée(s) d’après les avis de la séance n° ${sessionId}`,
      author: prepared[0]?.metadata.author ?? 'Pacte CAI',
      keywords: `CAI, conventions, séance ${sessionId}, modèle de clauses ${clauses.version}, empreinte ${sha256}`,
      auditHead,
      creationDate: new Date(latest),
    });
    const reference = `CONV-SEANCE-${sessionId}`;
    return { combined: true, count: prepared.length, document: { fileName: `conventions-seance-${sessionId}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference } };
  },
  'conventions.exportScdl': (input, context) => exportScdl(context, input),
};
