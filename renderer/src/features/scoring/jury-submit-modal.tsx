// "Soumettre ma notation": says plainly that submitting seals every sheet, and who alone can reopen them.
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { plural } from './scoring-labels.ts';

type Props = { opened: boolean; toScoreCount: number; submitting: boolean; onCancel: () => void; onConfirm: () => void };

export function JurySubmitModal({ opened, toScoreCount, submitting, onCancel, onConfirm }: Props) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Soumettre ma notation ?" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="jury-submit-modal">
      <Stack gap="md">
        <Text>Vous allez soumettre vos fiches de notation ({plural(toScoreCount, 'dossier')}).</Text>
        <List spacing="xs">
          <List.Item>Vos fiches seront scellées : vous ne pourrez plus modifier vos notes ni vos commentaires.</List.Item>
          <List.Item>Seul le président du jury pourra les rouvrir, en indiquant un motif.</List.Item>
          <List.Item>Vos notes restent secrètes jusqu’à ce que le président les révèle, en délibération.</List.Item>
        </List>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Revenir à mes fiches
          </Button>
          <Button leftSection={<IconLock size={18} aria-hidden />} loading={submitting} onClick={onConfirm} data-testid="jury-submit-confirm">
            Soumettre et sceller
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
