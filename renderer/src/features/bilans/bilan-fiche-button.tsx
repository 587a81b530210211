// "Fiche bilan (PDF)": previewed in the app, then saved (native dialog in the desktop app, a download in the browser).
import { Alert, Button, Group } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { GeneratedDocument } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { deliverDocuments, type Delivery } from '../documents/deliver-document.ts';
import { DocumentPreviewModal } from '../documents/document-preview-modal.tsx';

type Props = { bilanId: number };

export function BilanFicheButton({ bilanId }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<GeneratedDocument | null>(null);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDelivery(null);
    try {
      await work();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconFileTypePdf size={18} aria-hidden />} loading={busy} onClick={() => void run(async () => setPreview(await client.call('documents.ficheBilan', { bilanId })))} data-testid="bilan-fiche-button">
          Fiche bilan (PDF)
        </Button>
      </Group>
      {error && (
        <Alert color="red" c="#a51111" title="La fiche bilan n’a pas été produite" mt="xs" data-testid="bilan-fiche-error">
          {error}
        </Alert>
      )}
      {delivery && delivery.kind !== 'cancelled' && (
        <Alert color="teal" c="#0b5e45" mt="xs" data-testid="bilan-fiche-delivered">
          {delivery.kind === 'saved' ? `Enregistré : ${delivery.path}` : `Téléchargé : ${delivery.files.join(', ')}`}
        </Alert>
      )}
      <DocumentPreviewModal
        document={preview}
        onClose={() => setPreview(null)}
        onSave={(document) =>
          void run(async () => {
            setDelivery(await deliverDocuments([document]));
            setPreview(null);
          })
        }
      />
    </div>
  );
}
