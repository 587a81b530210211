// No provider yet: who they are, and the way to record the first one.
import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { NEW_PROVIDER_PATH } from './provider-labels.ts';

export function ProviderEmptyState() {
  return (
    <Paper withBorder p="xl" maw={760} data-testid="providers-empty">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconBuildingCommunity size={28} />
        </ThemeIcon>
        <Title order={2}>Aucun prestataire pour l’instant</Title>
        <Text>
          Les prestataires sont les organismes qui portent les actions d’insertion : associations, structures
          d’insertion par l’activité économique, entreprises, établissements publics. Chacun est enregistré une seule
          fois, avec son SIRET, et tous ses dossiers s’y rattachent d’une année sur l’autre.
        </Text>
        <Button component={Link} to={NEW_PROVIDER_PATH} leftSection={<IconPlus size={18} aria-hidden />}>
          Nouveau prestataire
        </Button>
      </Stack>
    </Paper>
  );
}
