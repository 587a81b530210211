// The list's search box and filters (call, status, avis, lever, territory, provider), all kept in the address.
import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ApplicationStatus } from '../../../../core/service/api.ts';
import { APPLICATION_STATUS_LABELS } from '../../../../core/service/applications/applications-api.ts';
import { usePactDetail } from '../pact/use-pact-queries.ts';
import { useCallList } from '../calls/use-calls.ts';
import { AVIS_FILTER_DATA } from './application-avis-badge.tsx';
import { ProviderSelect } from './provider-select.tsx';
import { territorySelectData } from './territory-options.ts';
import type { useApplicationFilters } from './use-application-filters.ts';
import { useTerritories } from './use-applications.ts';
import { SearchInput } from '../../components/search-input.tsx';

type Props = { filters: ReturnType<typeof useApplicationFilters>; searching: boolean };

const statusData = (Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[]).map((status) => ({ value: status, label: APPLICATION_STATUS_LABELS[status] }));

export function ApplicationFilters({ filters, searching }: Props) {
  const calls = useCallList();
  const territories = useTerritories();
  // The levers' titles of the pact in force; the numbers alone still filter if it cannot be read.
  const pact = usePactDetail(undefined, true);
  const leverData = (pact.data?.levers ?? [1, 2, 3, 4, 5, 6].map((number) => ({ number, title: '' }))).map((lever) => ({
    value: String(lever.number),
    label: lever.title === '' ? `Levier ${lever.number}` : `${lever.number} — ${lever.title}`,
  }));
  const callData = (calls.data ?? []).map((call) => ({ value: String(call.id), label: call.title }));
  const { params, text, setText, setFilter } = filters;

  return (
    <Stack gap="sm" role="search" aria-label="Rechercher et filtrer les dossiers">
      <SearchInput
        label="Rechercher un dossier"
        description="Dans l’intitulé, le résumé, la description et le nom du prestataire ; les accents et les majuscules sont ignorés."
        value={text}
        onChange={setText}
        searching={searching}
        maw={640}
        testId="applications-search"
      />
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="sm">
        <Select label="Appel" placeholder="Tous" clearable data={callData} value={params.get('appel')} onChange={(value) => setFilter('appel', value)} data-testid="filter-call" />
        <Select label="Statut" placeholder="Tous" clearable data={statusData} value={params.get('statut')} onChange={(value) => setFilter('statut', value)} data-testid="filter-status" />
        <Select
          label="Avis de la CAI"
          placeholder="Tous"
          clearable
          data={AVIS_FILTER_DATA}
          value={params.get('avis')}
          onChange={(value) => setFilter('avis', value)}
          comboboxProps={{ width: 220, position: 'bottom-start' }}
          data-testid="filter-avis"
        />
        <Select
          label="Levier"
          placeholder="Tous"
          clearable
          data={leverData}
          value={params.get('levier')}
          onChange={(value) => setFilter('levier', value)}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
          data-testid="filter-lever"
        />
        <Select
          label="Territoire"
          placeholder="Tous"
          clearable
          searchable
          data={territories.data ? territorySelectData(territories.data) : []}
          value={params.get('territoire')}
          onChange={(value) => setFilter('territoire', value)}
          comboboxProps={{ width: 320, position: 'bottom-start' }}
          data-testid="filter-territory"
        />
        <ProviderSelect
          label="Prestataire"
          placeholder="Tous"
          value={params.get('prestataire')}
          onChange={(value) => setFilter('prestataire', value)}
          comboboxProps={{ width: 320, position: 'bottom-start' }}
          data-testid="filter-provider"
        />
      </SimpleGrid>
      {filters.hasFilters && (
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={filters.clear} data-testid="filters-clear">
            Effacer la recherche et les filtres
          </Button>
        </Group>
      )}
    </Stack>
  );
}
