// An address naming a session that does not exist (deleted base, mistyped number, old bookmark).
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SESSIONS_PATH } from './session-labels.ts';

export function SessionNotFound() {
  usePageTitle('Séance introuvable');
  return (
    <Stack gap="md" maw={720} data-testid="session-not-found">
      <Title order={1}>Séance introuvable</Title>
      <Text>Aucune séance de la CAI ne correspond à cette adresse.</Text>
      <Anchor component={Link} to={SESSIONS_PATH}>
        Revenir aux séances
      </Anchor>
    </Stack>
  );
}
