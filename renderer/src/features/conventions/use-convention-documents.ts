// Generating, previewing and saving the documents of one convention (the convention, its avenants, a
// certificate per payment) with the documents feature's own preview and delivery helpers.
import type { GeneratedDocument } from '../../../../core/service/documents/documents-api.ts';
import { client } from '../../api/client.ts';
import { useDocumentPreview } from '../documents/use-document-preview.ts';

export type ConventionDocumentRequest = { kind: 'convention' } | { kind: 'avenant'; rank: number } | { kind: 'certificat'; paymentId: number };

function generate(conventionId: number, request: ConventionDocumentRequest): Promise<GeneratedDocument> {
  switch (request.kind) {
    case 'convention':
      return client.call('documents.convention', { conventionId });
    case 'avenant':
      return client.call('documents.avenant', { conventionId, rank: request.rank });
    case 'certificat':
      return client.call('documents.certificat', { paymentId: request.paymentId });
  }
}

export function useConventionDocuments(conventionId: number) {
  const documents = useDocumentPreview();
  return {
    ...documents,
    previewDocument: (label: string, request: ConventionDocumentRequest) => documents.previewDocument(label, () => generate(conventionId, request)),
    saveDocument: (label: string, request: ConventionDocumentRequest) => documents.saveDocument(label, () => generate(conventionId, request)),
  };
}
