// "Sauvegardes": the copies of the base the app makes (daily, on quit, before an import or a restore) and
// the ones asked for here, where they go, and the restore of one — previewed, the current base saved first.
import { Alert, Button, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy, IconFileSearch, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { backupContentsSummary } from '../../../../../core/domain/backup-labels.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { BackupFolderForm } from './backup-folder-form.tsx';
import { backupTitle, contentsOf, formatBytes } from './backup-format.ts';
import { BackupRestoreModal, type RestoredBackup } from './backup-restore-modal.tsx';
import { BackupsTable } from './backups-table.tsx';
import { forgetRestoreNotice, keepRestoreNotice, readRestoreNotice, type RestoreNotice } from './restore-notice.ts';
import { useBackupList, useMakeBackup } from './use-backups.ts';

const SUCCESS_TITLE = { title: { color: 'var(--mantine-color-text)' } };

function RestoredAlert({ notice }: { notice: RestoreNotice }) {
  const ref = useRef<HTMLDivElement>(null);
  // Arriving from the reload, the section sits far down the page: bring the notice into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} tabIndex={-1} style={{ outline: 'none' }} color="teal" variant="light" icon={<IconRestore aria-hidden />} styles={SUCCESS_TITLE} title={`${notice.title} restaurée`} data-testid="backup-restored">
      <Stack gap={4}>
        <Text size="sm">La base contient de nouveau&nbsp;: {notice.contents}. Les écrans ont été rechargés.</Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          La base d’avant la restauration est gardée dans&nbsp;: <Code data-testid="backup-restored-saved">{notice.savedCurrent}</Code>
        </Text>
      </Stack>
    </Alert>
  );
}

export function BackupsSection() {
  const queryClient = useQueryClient();
  const list = useBackupList();
  const make = useMakeBackup();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [otherFile, setOtherFile] = useState('');
  const [restored, setRestored] = useState<RestoreNotice | null>(readRestoreNotice);
  useEffect(() => {
    if (restored !== null) forgetRestoreNotice();
  }, [restored]);

  const onRestored = (result: RestoredBackup) => {
    const notice = { title: backupTitle(result.restored.manifest, result.restored.file), contents: contentsOf(result.restored.tables), savedCurrent: result.savedCurrent };
    setRestoring(null);
    // A reload starts every screen and form again from the restored base; without storage, the caches go instead.
    if (keepRestoreNotice(notice)) return window.location.reload();
    setRestored(notice);
    void queryClient.invalidateQueries();
  };
  const made = make.data?.made ?? null;

  return (
    <Stack gap="sm" maw={1100} component="section" aria-labelledby="backups-title" data-testid="backups-section">
      <Title order={2} id="backups-title">
        Sauvegardes
      </Title>
      <Text maw={760}>
        Une sauvegarde est une copie complète de la base, faite même pendant que l’application travaille. Pacte CAI en fait une chaque jour tant qu’elle est ouverte, une
        à la fermeture et une avant chaque import&nbsp;; les plus anciennes de celles-ci sont retirées peu à peu (les 7 derniers jours, 4 semaines, 12 mois sont gardés). Les
        sauvegardes faites ici ne sont jamais retirées.
      </Text>
      {restored && <RestoredAlert notice={restored} />}
      {list.isPending && <PageLoader label="Lecture des sauvegardes…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les sauvegardes n’ont pas pu être lues" onRetry={() => void list.refetch()} />}
      {list.isSuccess && (
        <>
          <BackupFolderForm list={list.data} />
          <Group>
            <Button leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={make.isPending} onClick={() => make.mutate()} data-testid="backup-make">
              Faire une sauvegarde maintenant
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {made && (
              <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} styles={SUCCESS_TITLE} title="Sauvegarde faite" data-testid="backup-made">
                <Stack gap={4}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    Fichier&nbsp;: <Code data-testid="backup-made-file">{made.file}</Code> ({formatBytes(made.bytes)})
                  </Text>
                  <Text size="sm">Elle contient&nbsp;: {backupContentsSummary(made.rowCounts)}.</Text>
                  {made.removed.length > 0 && (
                    <Text size="sm">
                      {made.removed.length === 1 ? 'Une ancienne sauvegarde automatique a été retirée' : `${made.removed.length} anciennes sauvegardes automatiques ont été retirées`}{' '}
                      selon la rotation.
                    </Text>
                  )}
                </Stack>
              </Alert>
            )}
          </div>
          {make.isError && <ErrorAlert error={make.error} title="La sauvegarde n’a pas été faite" />}
          {list.data.backups.length === 0 ? (
            <Text size="sm" data-testid="backups-empty">
              Aucune sauvegarde dans ce dossier pour l’instant.
            </Text>
          ) : (
            <>
              <Text size="sm" data-testid="backups-count">
                {list.data.backups.length === 1 ? '1 sauvegarde' : `${list.data.backups.length} sauvegardes`}, de la plus récente à la plus ancienne.
              </Text>
              <BackupsTable backups={list.data.backups} onRestore={setRestoring} disabled={make.isPending} />
            </>
          )}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (otherFile.trim() !== '') setRestoring(otherFile.trim());
            }}
          >
            <Stack gap="xs" maw={880}>
              <TextInput
                label="Restaurer une sauvegarde rangée ailleurs"
                description="Chemin complet du fichier .sqlite (une copie sur une clé USB, une sauvegarde d’un autre dossier)&nbsp;: son contenu est montré avant toute restauration."
                value={otherFile}
                onChange={(event) => setOtherFile(event.currentTarget.value)}
                spellCheck={false}
                autoComplete="off"
                data-testid="backup-other-file"
              />
              <Group>
                <Button type="submit" variant="default" leftSection={<IconFileSearch size={18} aria-hidden />} disabled={otherFile.trim() === ''} data-testid="backup-other-examine">
                  Examiner ce fichier…
                </Button>
              </Group>
            </Stack>
          </form>
          <BackupRestoreModal file={restoring} folder={list.data.folder} onClose={() => setRestoring(null)} onRestored={onRestored} />
        </>
      )}
    </Stack>
  );
}
