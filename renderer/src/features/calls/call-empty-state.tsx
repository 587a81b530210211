// No call yet: what a call is for, and the way to open the first one.
import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconSpeakerphone } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CALLS_PATH } from './call-labels.ts';

export function CallEmptyState() {
  return (
    <Paper withBorder p="xl" maw={760} data-testid="calls-empty">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconSpeakerphone size={28} />
        </ThemeIcon>
        <Title order={2}>Aucun appel à projets pour l’instant</Title>
        <Text>
          L’appel à projets ouvre la campagne de l’année : il fixe la période pendant laquelle les porteurs déposent
          leurs dossiers, l’enveloppe budgétaire globale (éventuellement répartie entre les leviers du pacte) et les
          priorités de l’année, par exemple les quartiers prioritaires de la politique de la ville.
        </Text>
        <Text>Les dossiers de demande de financement se rattachent ensuite à cet appel.</Text>
        <Button component={Link} to={`${CALLS_PATH}/nouveau`} leftSection={<IconPlus size={18} aria-hidden />}>
          Nouvel appel à projets
        </Button>
      </Stack>
    </Paper>
  );
}
