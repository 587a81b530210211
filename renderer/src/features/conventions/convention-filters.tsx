// The list's search box and filters (year, status, lever, overdue), all kept in the address; a session or a
// provider reached through a link shows as a filter that can be removed.
import { Button, Group, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { IconFilterOff, IconX } from '@tabler/icons-react';
import { CONVENTION_STATUS_KEYS, CONVENTION_STATUS_LABELS } from '../../../../core/service/conventions/conventions-api.ts';
import { SearchInput } from '../../components/search-input.tsx';
import { useCallList } from '../calls/use-calls.ts';
import { usePactDetail } from '../pact/use-pact-queries.ts';
import { useProvider } from '../providers/use-providers.ts';
import { useSession } from '../sessions/use-sessions.ts';
import type { useConventionFilters } from './use-convention-filters.ts';

type Props = { filters: ReturnType<typeof useConventionFilters>; searching: boolean };

const statusData = CONVENTION_STATUS_KEYS.map((status) => ({ value: status, label: CONVENTION_STATUS_LABELS[status] }));

export function ConventionFilters({ filters, searching }: Props) {
  const calls = useCallList();
  const pact = usePactDetail(undefined, true);
  const { params, text, setText, setFilter } = filters;
  const sessionId = filters.filters.sessionId;
  const providerId = filters.filters.providerId ?? null;
  const session = useSession(sessionId ?? 0, sessionId !== undefined);
  const provider = useProvider(providerId);

  const years = [...new Set((calls.data ?? []).map((call) => call.year))].sort((a, b) => b - a);
  const yearData = years.map((year) => ({ value: String(year), label: String(year) }));
  const leverData = (pact.data?.levers ?? [1, 2, 3, 4, 5, 6].map((number) => ({ number, title: '' }))).map((lever) => ({
    value: String(lever.number),
    label: lever.title === '' ? `Levier ${lever.number}` : `${lever.number} — ${lever.title}`,
  }));

  return (
    <Stack gap="sm" role="search" aria-label="Rechercher et filtrer les conventions">
      <SearchInput
        label="Rechercher une convention"
        description="Par numéro, prestataire ou intitulé de l’action ; les accents et les majuscules sont ignorés."
        value={text}
        onChange={setText}
        searching={searching}
        maw={640}
        testId="conventions-search"
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select label="Année" placeholder="Toutes" clearable data={yearData} value={params.get('annee')} onChange={(value) => setFilter('annee', value)} data-testid="conventions-filter-year" />
        <Select label="Statut" placeholder="Tous" clearable data={statusData} value={params.get('statut')} onChange={(value) => setFilter('statut', value)} data-testid="conventions-filter-status" />
        <Select
          label="Levier"
          placeholder="Tous"
          clearable
          data={leverData}
          value={params.get('levier')}
          onChange={(value) => setFilter('levier', value)}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
          data-testid="conventions-filter-lever"
        />
        <Switch
          label="En retard seulement"
          description="Un versement a dépassé son échéance légale (60 jours)."
          checked={params.get('retard') === '1'}
          onChange={(event) => setFilter('retard', event.currentTarget.checked ? '1' : null)}
          mt={{ lg: 'md' }}
          data-testid="conventions-filter-overdue"
        />
      </SimpleGrid>
      {(filters.hasFilters || sessionId !== undefined) && (
        <Group gap="sm">
          {sessionId !== undefined && (
            <Button variant="light" size="compact-sm" rightSection={<IconX size={14} aria-hidden />} onClick={() => setFilter('seance', null)} aria-label={`Retirer le filtre de séance : ${session.data?.title ?? `séance ${sessionId}`}`} data-testid="conventions-filter-session">
              Séance : {session.data?.title ?? `n° ${sessionId}`}
            </Button>
          )}
          {providerId !== null && (
            <Button variant="light" size="compact-sm" rightSection={<IconX size={14} aria-hidden />} onClick={() => setFilter('prestataire', null)} aria-label={`Retirer le filtre de prestataire : ${provider.data?.name ?? ''}`} data-testid="conventions-filter-provider">
              Prestataire : {provider.data?.name ?? `n° ${providerId}`}
            </Button>
          )}
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={filters.clear} data-testid="conventions-filters-clear">
            Effacer la recherche et les filtres
          </Button>
        </Group>
      )}
    </Stack>
  );
}
