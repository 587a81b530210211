// "Fiche bilan (PDF)": previewed in the app, then saved (native dialog in the desktop app, a download in the browser).
import { Alert, Button, Group } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { client } from '../../api/client.ts';
import { DocumentPreviewModal } from '../documents/document-preview-modal.tsx';
import { useDocumentPreview } from '../documents/use-document-preview.ts';

type Props = { bilanId: number };

export function BilanFicheButton({ bilanId }: Props) {
  const { busy, error, delivery, preview, closePreview, save, previewDocument } = useDocumentPreview();
  return (
    <div>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconFileTypePdf size={18} aria-hidden />} loading={busy !== null} onClick={() => void previewDocument('fiche', () => client.call('documents.ficheBilan', { bilanId }))} data-testid="bilan-fiche-button">
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
        onClose={closePreview}
        onSave={(document) => {
          void save(document).then(closePreview);
        }}
      />
    </div>
  );
}
