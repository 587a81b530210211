// Where the backups go: the folder beside the base by default, or one the user types (a USB key, a network
// share). Neither host offers a folder picker (the preload exposes none), so the path is typed in both.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupList } from '../../../../../core/service/api.ts';
import { errorMessage } from '../../../api/api-call-error.ts';
import { useSetBackupFolder } from './use-backups.ts';

export function BackupFolderForm({ list }: { list: BackupList }) {
  const setFolder = useSetBackupFolder();
  const [typed, setTyped] = useState(list.folder);
  const [changed, setChanged] = useState<string | null>(null);
  const trimmed = typed.trim();

  const choose = (folder: string | null) => {
    setChanged(null);
    setFolder.mutate(folder, {
      onSuccess: (next) => {
        setTyped(next.folder);
        setChanged(next.folder);
      },
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        choose(trimmed);
      }}
    >
      <Stack gap="xs" maw={880}>
        <TextInput
          label="Dossier des sauvegardes"
          description={
            list.isDefaultFolder
              ? 'Le dossier par défaut, à côté de la base. Indiquez le chemin complet d’un autre dossier (clé USB, partage réseau…) pour les y écrire.'
              : 'Un dossier choisi. Les sauvegardes déjà faites restent dans l’ancien dossier.'
          }
          leftSection={<IconFolder size={16} aria-hidden />}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setChanged(null);
            setFolder.reset();
          }}
          error={setFolder.isError ? errorMessage(setFolder.error) : undefined}
          spellCheck={false}
          autoComplete="off"
          data-testid="backup-folder"
        />
        <Group gap="xs">
          <Button type="submit" variant="default" disabled={trimmed === '' || trimmed === list.folder} loading={setFolder.isPending && setFolder.variables !== null} data-testid="backup-folder-save">
            Utiliser ce dossier
          </Button>
          {!list.isDefaultFolder && (
            <Button variant="subtle" onClick={() => choose(null)} loading={setFolder.isPending && setFolder.variables === null} data-testid="backup-folder-default">
              Revenir au dossier par défaut
            </Button>
          )}
        </Group>
      </Stack>
      <div role="status" aria-live="polite">
        {changed !== null && (
          <Text size="sm" c="teal.9" mt={4} data-testid="backup-folder-changed">
            Les prochaines sauvegardes iront dans&nbsp;: {changed}
          </Text>
        )}
      </div>
    </form>
  );
}
