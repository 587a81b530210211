// "Qui utilise cet ordinateur ?": asked on start while nobody has said it, on every screen but jury
// mode, so that acts are recorded under a person's name rather than the computer's account. "Plus tard"
// keeps that account until the next start, and says so.
import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { LocalUserForm } from './local-user-form.tsx';
import { useLocalUser } from './use-local-user.ts';

export function LocalUserModal() {
  const localUser = useLocalUser();
  // Kept for this run of the app only: the next start asks again.
  const [postponed, setPostponed] = useState(false);
  const opened = localUser.isSuccess && localUser.data.user === null && !postponed;

  return (
    <Modal
      opened={opened}
      onClose={() => setPostponed(true)}
      title={
        <Text component="span" fw={700} size="lg">
          Qui utilise cet ordinateur ?
        </Text>
      }
      // Neither a click beside it nor Escape dismisses it unnoticed: "Plus tard" says what it means.
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      centered
      size="lg"
      data-testid="local-user-modal"
    >
      <Stack gap="md">
        <Text size="sm">
          Les actes faits sur cet ordinateur (dossiers, séances, avis, conventions…) sont enregistrés à votre nom dans le journal d’audit et dans l’historique de
          chaque dossier. Un juré ou le président qui tape son code PIN reste nommé pour ce qu’il fait.
        </Text>
        <LocalUserForm
          user={null}
          submitLabel="Enregistrer"
          autoFocus
          secondary={
            <Button variant="default" onClick={() => setPostponed(true)} data-testid="local-user-later">
              Plus tard
            </Button>
          }
        />
        <Text size="xs" c="dimmed">
          Plus tard : les actes restent enregistrés au nom du compte « {localUser.data?.recordedAs ?? ''} » de l’ordinateur, et la question reviendra au prochain
          démarrage. Le nom se change dans Paramètres.
        </Text>
      </Stack>
    </Modal>
  );
}
