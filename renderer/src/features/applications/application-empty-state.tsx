// No application yet: what an application holds, and the way to record the first one.
import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFolders, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { newApplicationPath } from './application-labels.ts';

export function ApplicationEmptyState() {
  return (
    <Paper withBorder p="xl" maw={760} data-testid="applications-empty">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconFolders size={28} />
        </ThemeIcon>
        <Title order={2}>Aucun dossier pour l’instant</Title>
        <Text>
          Un dossier de demande de financement décrit une action, sur le modèle du Cerfa 12156 : le prestataire qui la
          porte, les objectifs du pacte qu’elle vise, son public, ses territoires, son budget prévisionnel et le
          montant demandé au CCAS.
        </Text>
        <Text>Chaque dossier se rattache à un appel à projets, puis passe par la recevabilité.</Text>
        <Button component={Link} to={newApplicationPath()} leftSection={<IconPlus size={18} aria-hidden />}>
          Nouveau dossier
        </Button>
      </Stack>
    </Paper>
  );
}
