// An address naming no provider (a typo, a deleted record): say so and lead back to the list.
// The page showing it names the window, since it holds the hooks that know the provider is missing.
import { Alert, Stack, Title } from '@mantine/core';
import { BackLink } from '../../components/back-link.tsx';
import { PROVIDERS_PATH } from './provider-labels.ts';

export function ProviderNotFound() {
  return (
    <Stack gap="md" maw={720}>
      <BackLink to={PROVIDERS_PATH} label="Prestataires" />
      <Title order={1}>Prestataire introuvable</Title>
      <Alert color="gray" variant="light">
        Aucun prestataire ne correspond à cette adresse. Retrouvez-le dans la liste des prestataires.
      </Alert>
    </Stack>
  );
}
