// An address naming an application that does not exist (mistyped number, old bookmark, another base).
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { APPLICATIONS_PATH } from './application-labels.ts';

export function ApplicationNotFound() {
  usePageTitle('Dossier introuvable');
  return (
    <Stack gap="md" maw={720} data-testid="application-not-found">
      <Title order={1}>Dossier introuvable</Title>
      <Text>Aucun dossier ne correspond à cette adresse.</Text>
      <Anchor component={Link} to={APPLICATIONS_PATH}>
        Revenir aux dossiers
      </Anchor>
    </Stack>
  );
}
