// Renders the convention documents: fingerprint of the data and the template, stable reference and
// file name, metadata recording the template's version, and the one renderer. The date comes from
// the data (issuedOn), never the clock: the same data and template give the same bytes.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AuditChainHead } from '../domain/audit-head.ts';
import type { JsonValue } from '../domain/jury/audit-chain.ts';
import { avenantDocument } from './avenant.ts';
import { certificatDocument } from './certificat-paiement.ts';
import type { AvenantDocumentData, CertificatDocumentData, ConventionDocumentData } from './convention-data.ts';
import type { ConventionTemplate } from './convention-template.ts';
import { conventionDocument, conventionTitle, type ConventionFrame } from './convention.ts';
import { fileSlug } from './file-slug.ts';
import { dataSha256 } from './fingerprint.ts';
import { renderPdf, type PdfMetadata } from './render-pdf.ts';

export type RenderedConventionDocument = {
  bytes: Buffer;
  /** SHA-256 of the data and the template; its first 16 digits are printed in the footer. */
  dataSha256: string;
  reference: string;
  fileName: string;
};

/** A definition ready to render, or to combine with others (combineDocuments) into one file. */
export type PreparedConventionDocument = Omit<RenderedConventionDocument, 'bytes'> & { definition: TDocumentDefinitions; metadata: PdfMetadata };

/** "2018-04-05" or an ISO instant: the instant the PDF's metadata carries. */
function instant(issuedOn: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/u.test(issuedOn) ? `${issuedOn}T00:00:00.000Z` : issuedOn);
}

function frameOf(reference: string, issuedOn: string, sha256: string, auditHead: AuditChainHead | null | undefined): ConventionFrame {
  return { reference, generatedOn: issuedOn.slice(0, 10), dataSha256: sha256, ...(auditHead === undefined ? {} : { auditHead }) };
}

const fingerprint = (template: ConventionTemplate, data: unknown) => dataSha256({ template, data } as unknown as JsonValue);

function metadata(title: string, subject: string, author: string, reference: string, template: ConventionTemplate, sha256: string, issuedOn: string, auditHead: AuditChainHead | null | undefined): PdfMetadata {
  return {
    ...(auditHead === undefined ? {} : { auditHead }),
    title,
    subject,
    author: author || 'Pacte CAI',
    keywords: `CAI, ${title}, ${reference}, modèle de clauses ${template.version}, empreinte ${sha256}`,
    creationDate: instant(issuedOn),
  };
}

/** `auditHead`: the audit log's head at rendering, for the footer and the metadata (left out by the pure tests). */
export function prepareConventionPdf(data: ConventionDocumentData, template: ConventionTemplate, auditHead?: AuditChainHead | null): PreparedConventionDocument {
  const { convention, provider } = data;
  const sha256 = fingerprint(template, data);
  const reference = convention.number;
  const definition = conventionDocument(frameOf(reference, data.issuedOn, sha256, auditHead), template, data);
  const title = conventionTitle(template, data);
  const kind = convention.instrument === 'arrete' ? 'arrete' : 'convention';
  return {
    definition,
    dataSha256: sha256,
    reference,
    fileName: `${data.draft ? 'projet-' : ''}${kind}-${fileSlug(convention.number, 'sans-numero')}-${fileSlug(provider.name, 'prestataire')}.pdf`,
    metadata: metadata(`${title} n° ${convention.number}`, `${title} n° ${convention.number} — ${provider.name} — ${data.action.title}`, data.ccas.name, reference, template, sha256, data.issuedOn, auditHead),
  };
}

export function prepareAvenantPdf(data: AvenantDocumentData, template: ConventionTemplate, auditHead?: AuditChainHead | null): PreparedConventionDocument {
  const { convention, provider } = data.convention;
  const sha256 = fingerprint(template, data);
  const reference = `${convention.number}-AV${data.avenant.rank}`;
  const definition = avenantDocument(frameOf(reference, data.issuedOn, sha256, auditHead), template, data);
  const title = `Avenant n° ${data.avenant.rank} à la convention n° ${convention.number}`;
  return {
    definition,
    dataSha256: sha256,
    reference,
    fileName: `${data.draft ? 'projet-' : ''}avenant-${data.avenant.rank}-${fileSlug(convention.number, 'sans-numero')}-${fileSlug(provider.name, 'prestataire')}.pdf`,
    metadata: metadata(title, `${title} — ${provider.name} — ${data.avenant.reason}`, data.convention.ccas.name, reference, template, sha256, data.issuedOn, auditHead),
  };
}

export function prepareCertificatPdf(data: CertificatDocumentData, template: ConventionTemplate, auditHead?: AuditChainHead | null): PreparedConventionDocument {
  const { convention, payment } = data;
  const sha256 = fingerprint(template, data);
  const reference = `${convention.number}-VERS-${payment.id}`;
  const definition = certificatDocument(frameOf(reference, data.issuedOn, sha256, auditHead), template, data);
  const title = `${template.certificat.title} — convention n° ${convention.number}`;
  return {
    definition,
    dataSha256: sha256,
    reference,
    fileName: `certificat-paiement-${fileSlug(convention.number, 'sans-numero')}-versement-${payment.id}.pdf`,
    metadata: metadata(title, `${template.certificat.title} du versement n° ${payment.id} (échéance n° ${data.line.rank}) — ${data.provider.name}`, data.ccas.name, reference, template, sha256, data.issuedOn, auditHead),
  };
}

async function render(prepared: PreparedConventionDocument): Promise<RenderedConventionDocument> {
  const { definition, metadata: info, ...rest } = prepared;
  return { bytes: await renderPdf(definition, info), ...rest };
}

/** Refused (MissingValuesError, code 'precondition') when the data cannot fill the template's placeholders. */
export async function renderConventionPdf(data: ConventionDocumentData, template: ConventionTemplate, auditHead?: AuditChainHead | null): Promise<RenderedConventionDocument> {
  return render(prepareConventionPdf(data, template, auditHead));
}

export async function renderAvenantPdf(data: AvenantDocumentData, template: ConventionTemplate, auditHead?: AuditChainHead | null): Promise<RenderedConventionDocument> {
  return render(prepareAvenantPdf(data, template, auditHead));
}

export async function renderCertificatPdf(data: CertificatDocumentData, template: ConventionTemplate, auditHead?: AuditChainHead | null): Promise<RenderedConventionDocument> {
  return render(prepareCertificatPdf(data, template, auditHead));
}
