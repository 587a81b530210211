// Saving a pack file (a juror's pack, a juror's notes) the way documents are saved, and saying where it went.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { PackFile } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { deliverFiles, showInFolder, type Delivery } from '../documents/deliver-document.ts';

// Not a type any program should open but Pacte CAI: the browser saves the bytes as they are.
const PACK_MEDIA_TYPE = 'application/octet-stream';

export function deliverPack(file: PackFile): Promise<Delivery> {
  return deliverFiles([file], PACK_MEDIA_TYPE);
}

type Props = { delivery: Delivery; testId: string };

/** "Enregistré : …" with a way to the folder (desktop app), "Téléchargé : …" in the browser, or the cancelled dialog. */
export function DeliveryNotice({ delivery, testId }: Props) {
  const [folderError, setFolderError] = useState<string | null>(null);
  if (delivery.kind === 'cancelled') {
    return (
      <Alert color="orange" c="#853200" variant="light" data-testid={testId} data-kind="cancelled">
        Enregistrement annulé : le fichier n’a pas été enregistré.
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Alert color="teal" c="#0b5e45" variant="light" data-testid={testId} data-kind={delivery.kind}>
        <Group justify="space-between" gap="sm">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {delivery.kind === 'saved' ? `Enregistré : ${delivery.path}` : `Téléchargé : ${delivery.files.join(', ')} (dans le dossier des téléchargements du navigateur).`}
          </Text>
          {delivery.kind === 'saved' && (
            <Button size="xs" variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void showInFolder(delivery.files[0] ?? delivery.path).catch((error: unknown) => setFolderError(errorMessage(error)))}>
              Ouvrir le dossier
            </Button>
          )}
        </Group>
      </Alert>
      {folderError && (
        <Alert color="red" c="#a51111" variant="light" role="alert">
          {folderError}
        </Alert>
      )}
    </Stack>
  );
}
