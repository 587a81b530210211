// The foot of a confirmation modal: "Annuler" closes, the submit button says what will be done.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { onCancel: () => void; submitLabel: ReactNode; loading: boolean; danger?: boolean; testId: string; disabled?: boolean; icon?: ReactNode };

export function ModalActions({ onCancel, submitLabel, loading, danger = false, testId, disabled = false, icon }: Props) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        Annuler
      </Button>
      <Button type="submit" leftSection={icon} loading={loading} disabled={disabled} color={danger ? 'red.9' : undefined} data-testid={testId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
