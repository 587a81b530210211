// "Prestataires": every provider, by name, searched ignoring accents and case, 50 to a page so that
// a few thousand stay quick to show; before the first one, what providers are.
import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ProviderEmptyState } from './provider-empty-state.tsx';
import { NEW_PROVIDER_PATH, providerCount } from './provider-labels.ts';
import { ProviderTable } from './provider-table.tsx';
import { useListParams } from './use-list-params.ts';
import { PROVIDERS_PAGE_SIZE, useProviderList } from './use-providers.ts';
import { SearchInput } from '../../components/search-input.tsx';

export function ProviderListPage() {
  usePageTitle('Prestataires');
  const { query, page, text, setText, setPage } = useListParams();
  const list = useProviderList(query, page);
  const total = list.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PROVIDERS_PAGE_SIZE));
  const noProviderAtAll = list.isSuccess && total === 0 && query === '';

  // A page beyond the last (an old address, a narrower search) shows the last one instead.
  const outOfRange = list.isSuccess && !list.isPlaceholderData && page > pageCount;
  useEffect(() => {
    if (outOfRange) setPage(pageCount, true);
  }, [outOfRange, pageCount, setPage]);

  const first = (page - 1) * PROVIDERS_PAGE_SIZE + 1;
  const last = Math.min(total, page * PROVIDERS_PAGE_SIZE);

  return (
    <Stack gap="lg" data-testid="providers-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Prestataires</Title>
          <Text maw={760}>Les organismes qui portent les actions, chacun avec ses identifiants et ses contacts.</Text>
        </Stack>
        {!noProviderAtAll && (
          <Button component={Link} to={NEW_PROVIDER_PATH} leftSection={<IconPlus size={18} aria-hidden />}>
            Nouveau prestataire
          </Button>
        )}
      </Group>
      {!noProviderAtAll && (
        <Stack gap="xs">
          <SearchInput
            label="Rechercher un prestataire"
            description="Par son nom ; les accents et les majuscules sont ignorés."
            value={text}
            onChange={setText}
            searching={list.isFetching}
            maw={560}
            testId="providers-search"
          />
          {/* Always in the DOM so that screen readers announce each new count. */}
          <Text role="status" aria-live="polite" fw={600} size="sm" data-testid="providers-count">
            {list.isSuccess ? countSentence(total, query) : ''}
          </Text>
        </Stack>
      )}
      {list.isPending && <PageLoader label="Chargement des prestataires…" />}
      {list.isError && (
        <ErrorAlert error={list.error} title="Les prestataires n’ont pas pu être chargés" onRetry={() => void list.refetch()} />
      )}
      {noProviderAtAll && <ProviderEmptyState />}
      {list.isSuccess && total === 0 && query !== '' && (
        <Text data-testid="providers-no-match">
          Aucun prestataire ne correspond à « {query} ». Vérifiez l’orthographe ou cherchez un seul mot du nom.
        </Text>
      )}
      {list.isSuccess && list.data.items.length > 0 && (
        <Stack gap="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
          <ProviderTable providers={list.data.items} />
          {pageCount > 1 && (
            <Group justify="space-between" component="nav" aria-label="Pages de la liste des prestataires">
              <Text size="sm" data-testid="providers-range">
                {`Prestataires ${first.toLocaleString('fr-FR')} à ${last.toLocaleString('fr-FR')} sur ${total.toLocaleString('fr-FR')}`}
              </Text>
              <Pagination
                total={pageCount}
                value={Math.min(page, pageCount)}
                onChange={(next) => setPage(next)}
                getItemProps={(item) => ({ 'aria-label': `Page ${item}`, 'aria-current': item === page ? 'page' : undefined })}
                getControlProps={(control) => ({ 'aria-label': control === 'previous' ? 'Page précédente' : 'Page suivante' })}
                data-testid="providers-pagination"
              />
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function countSentence(total: number, query: string): string {
  return query === '' ? providerCount(total) : `${providerCount(total)} pour « ${query} »`;
}
