// A provider's page: what is recorded about it, the way to correct it, its funding history year by year,
// and its applications of every year.
import { Button, Group, Notification, Stack, Title } from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { RelatedApplications } from '../applications/related-applications.tsx';
import { ProviderDetailCard } from './provider-detail-card.tsx';
import { ProviderDuplicatesAlert } from './provider-duplicates-alert.tsx';
import { ProviderFundingSection } from './provider-funding-section.tsx';
import { PROVIDERS_PATH, isSavedNotice, providerEditPath } from './provider-labels.ts';
import { ProviderNotFound } from './provider-not-found.tsx';
import { useProvider } from './use-providers.ts';
import { useProviderId } from './use-provider-id.ts';

export function ProviderDetailPage() {
  const id = useProviderId();
  const provider = useProvider(id);
  const location = useLocation();
  const navigate = useNavigate();
  // Set by the form on save. Kept here and taken out of the history entry, so that a reload or a
  // return to this page does not announce the save again.
  const [savedNotice, setSavedNotice] = useState(() => (isSavedNotice(location.state) ? location.state : null));
  useEffect(() => {
    if (isSavedNotice(location.state)) void navigate('.', { replace: true, state: null });
  }, [location.state, navigate]);
  // A duplicate's link leads to another provider on this same page: the notice was not about it.
  const notice = savedNotice?.providerId === id ? savedNotice : null;
  const missing = id === null || (provider.isError && provider.error instanceof ApiCallError && provider.error.code === 'not_found');
  usePageTitle(missing ? 'Prestataire introuvable' : (provider.data?.name ?? 'Prestataire'));

  if (id === null || missing) return <ProviderNotFound />;
  const dismiss = () => setSavedNotice(null);

  return (
    <Stack gap="lg" data-testid="provider-detail-page">
      <Stack gap={4}>
        <BackLink to={PROVIDERS_PATH} label="Prestataires" />
        <Group justify="space-between" align="flex-start" maw={880} wrap="nowrap">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} data-testid="provider-title">
                {provider.data?.name ?? 'Prestataire'}
              </Title>
              {provider.data?.isDemo && <DemoBadge testId="provider-demo" />}
            </Group>
          </Stack>
          {provider.isSuccess && (
            <Button component={Link} to={providerEditPath(id)} variant="light" style={{ flexShrink: 0 }} leftSection={<IconPencil size={18} aria-hidden />}>
              Modifier
            </Button>
          )}
        </Group>
      </Stack>
      <Stack gap="sm" maw={880} role="status" aria-live="polite">
        {notice && (
          <Notification
            icon={<IconCheck size={18} aria-hidden />}
            color="teal"
            title={notice.kind === 'created' ? 'Prestataire enregistré' : 'Modifications enregistrées'}
            onClose={dismiss}
            closeButtonProps={{ 'aria-label': 'Fermer la notification' }}
            withBorder
            data-testid="provider-saved"
          >
            {notice.kind === 'created' ? 'Le prestataire a été ajouté à la liste.' : 'La fiche du prestataire est à jour.'}
          </Notification>
        )}
        {notice && notice.probableDuplicates.length > 0 && (
          <ProviderDuplicatesAlert
            duplicates={notice.probableDuplicates}
            name={provider.data?.name ?? ''}
            title="Un prestataire semblable est déjà enregistré"
            advice="S’il s’agit du même organisme, gardez une seule fiche et rattachez-y ses dossiers."
          />
        )}
      </Stack>
      {provider.isPending && <PageLoader label="Chargement du prestataire…" />}
      {provider.isError && (
        <ErrorAlert error={provider.error} title="Le prestataire n’a pas pu être chargé" onRetry={() => void provider.refetch()} />
      )}
      {provider.isSuccess && <ProviderDetailCard provider={provider.data} />}
      <Stack gap="sm" maw={880} component="section" aria-labelledby="provider-funding-title">
        <Title order={2} id="provider-funding-title">
          Historique des financements
        </Title>
        <ProviderFundingSection providerId={id} />
      </Stack>
      <Stack gap="sm" maw={880} component="section" aria-labelledby="provider-applications-title">
        <Title order={2} id="provider-applications-title">
          Dossiers
        </Title>
        <RelatedApplications providerId={id} />
      </Stack>
    </Stack>
  );
}
