// "Dossiers": every application matching the search and filters kept in the address, fetched at once
// (2,000 at most) and shown in a virtualised table; before the first one, what an application is.
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTableImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ApplicationList } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ApplicationsExportMenu } from '../exports/applications-export-menu.tsx';
import { ApplicationEmptyState } from './application-empty-state.tsx';
import { ApplicationFilters } from './application-filters.tsx';
import { applicationCount, newApplicationPath } from './application-labels.ts';
import { ApplicationTable } from './application-table.tsx';
import { LIST_LIMIT, useApplicationFilters } from './use-application-filters.ts';
import type { ApplicationSort } from './use-application-filters.ts';
import { useApplicationList } from './use-applications.ts';

const sortData: { value: string; label: string }[] = [
  { value: 'title', label: 'Intitulé (A → Z)' },
  { value: 'title-desc', label: 'Intitulé (Z → A)' },
  { value: 'provider', label: 'Prestataire (A → Z)' },
  { value: 'requested-desc', label: 'Montant demandé (décroissant)' },
  { value: 'requested', label: 'Montant demandé (croissant)' },
  { value: 'status', label: 'Statut' },
  { value: 'avis', label: 'Avis (favorables d’abord)' },
  { value: 'updated-desc', label: 'Modifiés récemment' },
  { value: 'updated', label: 'Modifiés il y a longtemps' },
];

export function ApplicationListPage() {
  usePageTitle('Dossiers');
  const filters = useApplicationFilters();
  const { input } = filters;
  const list = useApplicationList(input);
  const noneAtAll = list.isSuccess && list.data.total === 0 && !filters.hasFilters;
  const sortValue = `${input.sort ?? 'title'}${input.descending ? '-desc' : ''}`;

  return (
    <Stack gap="lg" data-testid="applications-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Dossiers</Title>
          <Text maw={760}>Les demandes de financement de tous les appels, à instruire puis à présenter en commission.</Text>
        </Stack>
        <Group gap="xs">
          {!noneAtAll && <ApplicationsExportMenu input={input} total={list.data?.total} />}
          <Button component={Link} to="/import" variant="default" leftSection={<IconTableImport size={18} aria-hidden />}>
            Importer un tableur
          </Button>
          {!noneAtAll && (
            <Button component={Link} to={newApplicationPath()} leftSection={<IconPlus size={18} aria-hidden />}>
              Nouveau dossier
            </Button>
          )}
        </Group>
      </Group>
      {!noneAtAll && <ApplicationFilters filters={filters} searching={list.isFetching} />}
      {list.isPending && <PageLoader label="Chargement des dossiers…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les dossiers n’ont pas pu être chargés" onRetry={() => void list.refetch()} />}
      {noneAtAll && <ApplicationEmptyState />}
      {!noneAtAll && (
        <Group justify="space-between" align="flex-end">
          {/* Always in the DOM so that screen readers announce each new count. */}
          <Text role="status" aria-live="polite" fw={600} data-testid="applications-count">
            {list.isSuccess ? countSentence(list.data) : ''}
          </Text>
          <Select
            label="Trier par"
            data={sortData}
            value={sortData.some((option) => option.value === sortValue) ? sortValue : null}
            onChange={(value) => {
              if (!value) return;
              const [column, order] = value.split('-');
              filters.sortBy(column as ApplicationSort, order === 'desc');
            }}
            allowDeselect={false}
            w={280}
            data-testid="applications-sort"
          />
        </Group>
      )}
      {list.isSuccess && list.data.total === 0 && filters.hasFilters && (
        <Text data-testid="applications-no-match">
          Aucun dossier ne correspond à cette recherche et à ces filtres. Retirez un filtre ou cherchez un seul mot.
        </Text>
      )}
      {list.isSuccess && list.data.items.length > 0 && (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
          <ApplicationTable items={list.data.items} sort={input.sort ?? 'title'} descending={input.descending ?? false} onSort={(column) => filters.sortBy(column)} />
        </div>
      )}
    </Stack>
  );
}

/** "12 dossiers · 345 678,00 € demandés · 120 000,00 € proposés": the host's sums over every matching row. */
function countSentence(list: ApplicationList): string {
  const proposed = list.proposedTotalCents > 0 ? ` · ${formatEuros(list.proposedTotalCents)} proposés` : '';
  const sentence = `${applicationCount(list.total)} · ${formatEuros(list.requestedTotalCents)} demandés${proposed}`;
  if (list.total <= list.items.length) return sentence;
  return `${sentence} (les ${LIST_LIMIT.toLocaleString('fr-FR')} premiers sont affichés : affinez la recherche pour voir les autres)`;
}
