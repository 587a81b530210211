// Generating, previewing and saving the documents of one convention (the convention, its avenants, a
// certificate per payment) with the documents feature's own preview and delivery helpers.
import { useState } from 'react';
import type { GeneratedDocument } from '../../../../core/service/documents/documents-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { deliverDocuments, type Delivery } from '../documents/deliver-document.ts';
import { client } from '../../api/client.ts';

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
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const [preview, setPreview] = useState<GeneratedDocument | null>(null);

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setError(null);
    setDelivery(null);
    try {
      await work();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  return {
    busy,
    error,
    delivery,
    preview,
    closePreview: () => setPreview(null),
    save: (document: GeneratedDocument) => run('save', async () => setDelivery(await deliverDocuments([document]))),
    previewDocument: (label: string, request: ConventionDocumentRequest) => run(label, async () => setPreview(await generate(conventionId, request))),
    saveDocument: (label: string, request: ConventionDocumentRequest) => run(label, async () => setDelivery(await deliverDocuments([await generate(conventionId, request)]))),
  };
}
