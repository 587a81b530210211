// The bar that stays at the bottom of the juror's sheet: whether the last answer is saved (announced
// to screen readers), and the way to the previous or next application.
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconCheck, IconList } from '@tabler/icons-react';
import type { JuryItem } from './scoring-labels.ts';
import type { SaveStatus } from './use-sheet-autosave.ts';

type Props = { status: SaveStatus; previous: JuryItem | undefined; next: JuryItem | undefined; onOpen: (applicationId: number) => void; onBack: () => void };

const time = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short' });

function StatusText({ status }: { status: SaveStatus }) {
  switch (status.state) {
    case 'idle':
      return <Text size="sm">Chaque réponse est enregistrée dès que vous la donnez.</Text>;
    case 'saving':
      return <Text size="sm">Enregistrement…</Text>;
    case 'saved':
      return (
        <Group gap={6} wrap="nowrap">
          <IconCheck size={18} color="var(--mantine-color-teal-9)" aria-hidden />
          <Text size="sm" fw={600} c="teal.9">
            Enregistré à {time.format(status.at)}
          </Text>
        </Group>
      );
    case 'error':
      return (
        <Group gap={6} wrap="nowrap">
          <IconAlertTriangle size={18} color="var(--mantine-color-red-9)" aria-hidden />
          <Text size="sm" fw={600} c="red.9">
            Non enregistré (« {status.label} ») : {status.message}
          </Text>
        </Group>
      );
  }
}

export function JurySheetFooter({ status, previous, next, onOpen, onBack }: Props) {
  return (
    <Paper withBorder shadow="sm" p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} data-testid="jury-sheet-footer">
      <Group justify="space-between" gap="sm">
        <div role="status" aria-live="polite" data-testid="jury-save-status" data-state={status.state}>
          <StatusText status={status} />
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} disabled={!previous} onClick={() => previous && onOpen(previous.applicationId)} data-testid="jury-previous">
            Dossier précédent
          </Button>
          {next ? (
            <Button rightSection={<IconArrowRight size={18} aria-hidden />} onClick={() => onOpen(next.applicationId)} data-testid="jury-next">
              Dossier suivant
            </Button>
          ) : (
            <Button leftSection={<IconList size={18} aria-hidden />} onClick={onBack} data-testid="jury-back-to-list">
              Retour à mes dossiers
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
