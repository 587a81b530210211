// "Nouveau prestataire": the empty form.
import { Stack, Text, Title } from '@mantine/core';
import { BackLink } from '../../components/back-link.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ProviderForm } from './provider-form.tsx';
import { PROVIDERS_PATH } from './provider-labels.ts';

export function ProviderNewPage() {
  usePageTitle('Nouveau prestataire');
  return (
    <Stack gap="lg" data-testid="provider-new-page">
      <Stack gap={4}>
        <BackLink to={PROVIDERS_PATH} label="Prestataires" />
        <Title order={1}>Nouveau prestataire</Title>
        <Text maw={760}>
          L’organisme qui porte une ou plusieurs actions. Les champs marqués d’un astérisque sont obligatoires ; le
          SIRET et le numéro RNA pourront être complétés plus tard.
        </Text>
      </Stack>
      <ProviderForm />
    </Stack>
  );
}
