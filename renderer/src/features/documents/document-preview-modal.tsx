// "Aperçu": the PDF shown in the app by the browser's own viewer, before it is saved anywhere.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import type { GeneratedDocument } from '../../../../core/service/api.ts';
import { base64ToBytes } from '../imports/file-base64.ts';

type Props = { document: GeneratedDocument | null; onClose: () => void; onSave: (document: GeneratedDocument) => void };

export function DocumentPreviewModal({ document, onClose, onSave }: Props) {
  const url = useMemo(() => (document ? URL.createObjectURL(new Blob([base64ToBytes(document.contentBase64)], { type: 'application/pdf' })) : null), [document]);
  // The blob holds the whole PDF in memory: let it go with the preview.
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <Modal opened={document !== null} onClose={onClose} title={document ? `Aperçu — ${document.fileName}` : ''} size="80rem" closeButtonProps={{ 'aria-label': 'Fermer l’aperçu' }} data-testid="document-preview">
      {document && url && (
        <Stack gap="sm">
          <iframe src={url} title={`Aperçu du document ${document.fileName}`} style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-4)' }} data-testid="document-preview-frame" />
          <Group justify="space-between">
            <Text size="sm">Référence {document.reference}</Text>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                Fermer
              </Button>
              <Button leftSection={<IconDeviceFloppy size={18} aria-hidden />} onClick={() => onSave(document)} data-testid="document-preview-save">
                Enregistrer…
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
