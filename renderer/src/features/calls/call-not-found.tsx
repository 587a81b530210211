// An address naming a call that does not exist (deleted base, mistyped number, old bookmark).
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CALLS_PATH } from './call-labels.ts';

export function CallNotFound() {
  usePageTitle('Appel à projets introuvable');
  return (
    <Stack gap="md" maw={720} data-testid="call-not-found">
      <Title order={1}>Appel à projets introuvable</Title>
      <Text>Aucun appel à projets ne correspond à cette adresse.</Text>
      <Anchor component={Link} to={CALLS_PATH}>
        Revenir aux appels à projets
      </Anchor>
    </Stack>
  );
}
