// "Modifier": the form filled with the stored provider, mounted once it is loaded.
import { Stack, Title } from '@mantine/core';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ProviderForm } from './provider-form.tsx';
import { PROVIDERS_PATH, providerPath } from './provider-labels.ts';
import { ProviderNotFound } from './provider-not-found.tsx';
import { useProvider } from './use-providers.ts';
import { useProviderId } from './use-provider-id.ts';

export function ProviderEditPage() {
  const id = useProviderId();
  const provider = useProvider(id);
  const missing = id === null || (provider.isError && provider.error instanceof ApiCallError && provider.error.code === 'not_found');
  usePageTitle(missing ? 'Prestataire introuvable' : provider.data ? `Modifier ${provider.data.name}` : 'Modifier un prestataire');

  if (id === null || missing) return <ProviderNotFound />;
  return (
    <Stack gap="lg" data-testid="provider-edit-page">
      <Stack gap={4}>
        <BackLink to={provider.data ? providerPath(id) : PROVIDERS_PATH} label={provider.data?.name ?? 'Prestataires'} />
        <Title order={1}>Modifier le prestataire</Title>
      </Stack>
      {provider.isPending && <PageLoader label="Chargement du prestataire…" />}
      {provider.isError && (
        <ErrorAlert error={provider.error} title="Le prestataire n’a pas pu être chargé" onRetry={() => void provider.refetch()} />
      )}
      {/* Keyed by id so that another provider's form starts from its own values. */}
      {provider.isSuccess && <ProviderForm key={id} provider={provider.data} />}
    </Stack>
  );
}
