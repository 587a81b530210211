// "Importer des classeurs de bilan": choose one or several returned workbooks, see what each would do (a
// dry run lists its problems), then import those that passed, with progress and a summary per file.
import { Alert, Button, FileInput, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useBilanImportFlow, type Expected } from './bilan-import-flow.ts';
import { BilanImportResults } from './bilan-import-results.tsx';

type Props = { expected?: Expected; label?: string };

export function BilanImportButton({ expected, label = 'Importer des classeurs de bilan' }: Props = {}) {
  const [opened, setOpened] = useState(false);
  const flow = useBilanImportFlow(expected);
  const close = () => {
    if (flow.phase === 'checking' || flow.phase === 'importing') return;
    setOpened(false);
    flow.reset();
  };
  const accepted = flow.checked.filter((outcome) => outcome.report.ok).length;
  const busy = flow.phase === 'checking' || flow.phase === 'importing';
  const imported = flow.imported.filter((outcome) => outcome.report.ok && outcome.report.changed).length;
  return (
    <>
      <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={() => setOpened(true)} data-testid="bilan-import-button">
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title="Importer des classeurs de bilan" size="xl" closeOnClickOutside={!busy} closeOnEscape={!busy} withCloseButton={!busy} closeButtonProps={{ 'aria-label': 'Fermer' }}>
        <Stack gap="md" data-testid="bilan-import-modal">
          {flow.phase === 'choose' && (
            <>
              <Text size="sm">
                Choisissez les classeurs renvoyés par les prestataires. Chacun est d’abord vérifié sans rien enregistrer ; vous importez ensuite ceux qui sont valables, chacun en entier ou pas du tout.
              </Text>
              <FileInput
                label="Classeurs (.xlsx)"
                placeholder="Choisir un ou plusieurs fichiers"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple
                clearable
                value={flow.files}
                onChange={(files) => flow.setFiles(files)}
                data-testid="bilan-import-files"
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Annuler
                </Button>
                <Button onClick={() => void flow.check()} disabled={flow.files.length === 0} data-testid="bilan-import-check">
                  Vérifier {flow.files.length > 0 ? `(${flow.files.length})` : ''}
                </Button>
              </Group>
            </>
          )}
          {busy && (
            <Stack gap={4} aria-live="polite">
              <Text size="sm" data-testid="bilan-import-progress">
                {flow.phase === 'checking' ? 'Vérification' : 'Import'} : {flow.progress.done} / {flow.progress.total}
              </Text>
              <Progress value={flow.progress.total === 0 ? 0 : (flow.progress.done / flow.progress.total) * 100} aria-label="Avancement" />
            </Stack>
          )}
          {flow.phase === 'checked' && (
            <>
              <Alert color={accepted === flow.checked.length ? 'blue' : 'orange'} variant="light" data-testid="bilan-import-preview-summary">
                Vérification terminée, rien n’a été enregistré : {accepted} classeur(s) valable(s) sur {flow.checked.length}.
                {accepted < flow.checked.length ? ' Les classeurs refusés ne seront pas importés : renvoyez au prestataire la liste de leurs problèmes.' : ''}
              </Alert>
              <BilanImportResults outcomes={flow.checked} testId="bilan-import-preview" />
              <Group justify="flex-end">
                <Button variant="default" onClick={flow.reset}>
                  Choisir d’autres fichiers
                </Button>
                <Button onClick={() => void flow.commit()} disabled={accepted === 0} data-testid="bilan-import-commit">
                  Importer {accepted} classeur(s)
                </Button>
              </Group>
            </>
          )}
          {flow.phase === 'done' && (
            <>
              <Alert color="green" variant="light" data-testid="bilan-import-summary">
                Import terminé : {imported} bilan(s) enregistré(s), {flow.imported.filter((outcome) => outcome.report.ok && !outcome.report.changed).length} déjà à jour,{' '}
                {flow.imported.filter((outcome) => !outcome.report.ok).length} refusé(s).
              </Alert>
              <BilanImportResults outcomes={flow.imported} testId="bilan-import-done" />
              <Group justify="flex-end">
                <Button onClick={close} data-testid="bilan-import-close">
                  Fermer
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
