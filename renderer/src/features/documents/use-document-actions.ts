// Generating, previewing and saving the session's documents; the avis one by one when they go to a
// folder, so that the person sees the progress and can stop.
import { useRef, useState } from 'react';
import type { GeneratedDocument } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { deliverDocuments, type Delivery } from './deliver-document.ts';

export type DocumentRequest =
  | { kind: 'releve' }
  | { kind: 'rapportCa' }
  | { kind: 'fiche'; jurorId: number; blank: boolean }
  | { kind: 'avisCombined' }
  | { kind: 'conventionsCombined' };

/** unit: what is counted ("avis", "conventions"). */
export type Progress = { done: number; total: number; unit: string };

function generate(sessionId: number, request: DocumentRequest): Promise<GeneratedDocument> {
  switch (request.kind) {
    case 'releve':
      return client.call('documents.releve', { sessionId });
    case 'rapportCa':
      return client.call('documents.rapportCa', { sessionId });
    case 'fiche':
      return client.call('documents.fiche', { sessionId, jurorId: request.jurorId, blank: request.blank });
    case 'avisCombined':
      return client.call('documents.avisAll', { sessionId, combined: true }).then((result) => {
        if (!result.combined) throw new Error('combined document expected');
        return result.document;
      });
    case 'conventionsCombined':
      return client.call('documents.conventionsAll', { sessionId, combined: true }).then((result) => {
        if (!result.combined) throw new Error('combined document expected');
        return result.document;
      });
  }
}

/** Each PDF generated in turn, so that progress shows and the stop button works between two of them. */
async function generateOneByOne<T>(items: readonly T[], unit: string, make: (item: T) => Promise<GeneratedDocument>, report: (progress: Progress) => void, stopped: () => boolean): Promise<GeneratedDocument[] | null> {
  const documents: GeneratedDocument[] = [];
  report({ done: 0, total: items.length, unit });
  for (const item of items) {
    if (stopped()) return null;
    documents.push(await make(item));
    report({ done: documents.length, total: items.length, unit });
  }
  return stopped() ? null : documents;
}

export function useDocumentActions(sessionId: number) {
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const [preview, setPreview] = useState<GeneratedDocument | null>(null);
  const cancelled = useRef(false);

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setError(null);
    setDelivery(null);
    cancelled.current = false;
    try {
      await work();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  const save = (documents: GeneratedDocument[]) => run('save', async () => setDelivery(await deliverDocuments(documents)));

  return {
    busy,
    progress,
    error,
    delivery,
    preview,
    closePreview: () => setPreview(null),
    save,
    previewDocument: (label: string, request: DocumentRequest) => run(label, async () => setPreview(await generate(sessionId, request))),
    saveDocument: (label: string, request: DocumentRequest) => run(label, async () => setDelivery(await deliverDocuments([await generate(sessionId, request)]))),
    /** One PDF per application, generated one at a time: progress shown, and a stop button that works. */
    saveAvisOneByOne: (applicationIds: number[]) =>
      run('avisFiles', async () => {
        const documents = await generateOneByOne(applicationIds, 'avis', (applicationId) => client.call('documents.avis', { sessionId, applicationId }), setProgress, () => cancelled.current);
        if (documents) setDelivery(await deliverDocuments(documents));
      }),
    /** One PDF per convention drafted from the session, in turn, like the avis. */
    saveConventionsOneByOne: () =>
      run('conventionFiles', async () => {
        const { rows } = await client.call('conventions.list', { sessionId });
        if (rows.length === 0) return setError('Aucune convention n’a encore été préparée pour cette séance : utilisez « Préparer les conventions ».');
        const documents = await generateOneByOne(rows, 'conventions', (row) => client.call('documents.convention', { conventionId: row.id }), setProgress, () => cancelled.current);
        if (documents) setDelivery(await deliverDocuments(documents));
      }),
    cancel: () => {
      cancelled.current = true;
    },
  };
}
