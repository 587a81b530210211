// "Restaurer…": shows what the backup holds against the current base, says that the current base is saved
// first and where, and restores only once confirmed. A refusal (a foreign file, a newer schema, a damaged
// copy) is shown here in the host's words; nothing has been written then.
import { Alert, Button, Group, Modal, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconRestore } from '@tabler/icons-react';
import type { BackupPreview } from '../../../../../core/service/api.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useAppInfo } from '../use-app-info.ts';
import { BackupCounts, BackupFacts, DamagedBackupAlert } from './backup-preview-tables.tsx';
import { formatBackupDate } from './backup-format.ts';
import { useBackupPreview, useRestoreBackup } from './use-backups.ts';

export type RestoredBackup = { restored: BackupPreview; savedCurrent: string };

type Props = { file: string | null; folder: string; onClose: () => void; onRestored: (result: RestoredBackup) => void };

function SavedFirstNotice({ preview, folder }: { preview: BackupPreview; folder: string }) {
  const since = preview.manifest ? ` depuis le ${formatBackupDate(preview.manifest.createdAt)}` : ' depuis cette sauvegarde';
  return (
    <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} title="Avant de restaurer" styles={{ title: { color: 'var(--mantine-color-text)' } }} data-testid="backup-preview-saved-first">
      <Stack gap={4}>
        <Text size="sm">
          La base actuelle sera d’abord sauvegardée dans <strong style={{ overflowWrap: 'anywhere' }}>{folder}</strong> (sauvegarde «&nbsp;avant restauration&nbsp;»), puis
          remplacée entièrement par celle-ci.
        </Text>
        <Text size="sm">Ce qui a été saisi{since} restera dans cette sauvegarde «&nbsp;avant restauration&nbsp;».</Text>
      </Stack>
    </Alert>
  );
}

export function BackupRestoreModal({ file, folder, onClose, onRestored }: Props) {
  const preview = useBackupPreview(file);
  const restore = useRestoreBackup();
  const info = useAppInfo();
  const close = () => {
    if (restore.isPending) return;
    restore.reset();
    onClose();
  };
  const restorable = preview.isSuccess && preview.data.matchesManifest !== false;

  return (
    <Modal
      opened={file !== null}
      onClose={close}
      title={
        <Text component="span" fw={700} size="lg">
          Restaurer une sauvegarde
        </Text>
      }
      size={preview.isSuccess ? 980 : 'lg'}
      scrollAreaComponent={ScrollArea.Autosize}
      closeButtonProps={{ 'aria-label': 'Fermer' }}
      data-testid="backup-restore-modal"
    >
      <Stack gap="md">
        {preview.isPending && <PageLoader label="Lecture de la sauvegarde…" />}
        {preview.isError && <ErrorAlert error={preview.error} title="Cette sauvegarde ne peut pas être restaurée" />}
        {preview.isSuccess && (
          <>
            {/* Side by side, so that the confirmation stays within a 720-pixel-high window. */}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
              <Stack gap="md">
                <BackupFacts preview={preview.data} currentSchema={info.data?.schemaVersion} />
                {restorable ? <SavedFirstNotice preview={preview.data} folder={folder} /> : <DamagedBackupAlert />}
              </Stack>
              <BackupCounts preview={preview.data} />
            </SimpleGrid>
          </>
        )}
        {restore.isError && <ErrorAlert error={restore.error} title="La restauration n’a pas été faite : la base est restée telle quelle" />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={restore.isPending} data-testid="backup-restore-cancel">
            {restorable ? 'Annuler' : 'Fermer'}
          </Button>
          {restorable && (
            <Button
              color="red.9"
              leftSection={<IconRestore size={18} aria-hidden />}
              loading={restore.isPending}
              onClick={() => file !== null && restore.mutate(file, { onSuccess: onRestored })}
              data-testid="backup-restore-confirm"
            >
              Sauvegarder la base actuelle et restaurer
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
