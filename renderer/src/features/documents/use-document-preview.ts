// The one-document flow of a page: produce a PDF, preview it in the app or save it (native dialog in the
// desktop app, a download in the browser), with the step under way, its error and where it went.
import { useState } from 'react';
import type { GeneratedDocument } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { deliverDocuments, type Delivery } from './deliver-document.ts';

export function useDocumentPreview() {
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
    /** The label of the step under way (a button's), null when idle. */
    busy,
    error,
    delivery,
    preview,
    closePreview: () => setPreview(null),
    /** Saves the previewed document (the preview stays open: the modal says where it went). */
    save: (document: GeneratedDocument) => run('save', async () => setDelivery(await deliverDocuments([document]))),
    previewDocument: (label: string, produce: () => Promise<GeneratedDocument>) => run(label, async () => setPreview(await produce())),
    saveDocument: (label: string, produce: () => Promise<GeneratedDocument>) => run(label, async () => setDelivery(await deliverDocuments([await produce()]))),
  };
}
