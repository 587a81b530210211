// An address that matches no section (an old bookmark, a typo in the hash).
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>Page introuvable</Title>
      <Text>Cette adresse ne correspond à aucun écran de Pacte CAI.</Text>
      <Anchor component={Link} to="/pacte">
        Revenir au Pacte
      </Anchor>
    </Stack>
  );
}
