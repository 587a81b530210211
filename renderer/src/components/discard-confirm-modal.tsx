// The question asked before typed text is thrown away; "Continuer la saisie" is the safe default.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { DiscardGuard } from './use-discard-guard.ts';

type Props = { guard: DiscardGuard };

export function DiscardConfirmModal({ guard }: Props) {
  return (
    <Modal
      opened={guard.asking}
      onClose={guard.keepEditing}
      title="Abandonner les modifications ?"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
      // Above a modal or a drawer whose close it holds.
      zIndex={400}
      centered
      // The Escape that closed a modal or a drawer below reaches this one's window listener too and
      // would answer the question at once: this one hears Escape only from inside itself.
      closeOnEscape={false}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        guard.keepEditing();
      }}
      data-testid="discard-confirm"
    >
      <Stack gap="md">
        <Text size="sm">Ce que vous avez saisi n’est pas enregistré. Si vous abandonnez, ces modifications seront perdues.</Text>
        <Group justify="flex-end" gap="sm">
          <Button color="red.9" variant="outline" onClick={guard.discard} data-testid="discard-confirm-discard">
            Abandonner
          </Button>
          <Button onClick={guard.keepEditing} data-autofocus data-testid="discard-confirm-keep">
            Continuer la saisie
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
