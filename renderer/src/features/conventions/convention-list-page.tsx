// "Conventions": every convention matching the filters kept in the address, fetched at once and shown in a
// virtualised table, with the totals the host computed over all of them; before the first one, how they come.
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ConventionFilters } from './convention-filters.tsx';
import { ConventionTable } from './convention-table.tsx';
import { ConventionTotals } from './convention-totals.tsx';
import { useConventionFilters } from './use-convention-filters.ts';
import { useConventionList } from './use-conventions.ts';

export function ConventionListPage() {
  usePageTitle('Conventions');
  const filters = useConventionFilters();
  const list = useConventionList(filters.filters);
  const noneAtAll = list.isSuccess && list.data.totals.count === 0 && !filters.hasFilters;

  return (
    <Stack gap="lg" data-testid="conventions-page">
      <Stack gap={4}>
        <Title order={1}>Conventions</Title>
        <Text maw={760}>
          Les conventions de financement des actions retenues par la commission : validation par le conseil d’administration, signature, échéancier et versements,
          avenants, jusqu’à la clôture.
        </Text>
      </Stack>
      {!noneAtAll && <ConventionFilters filters={filters} searching={list.isFetching} />}
      {list.isPending && <PageLoader label="Chargement des conventions…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les conventions n’ont pas pu être chargées" onRetry={() => void list.refetch()} />}
      {noneAtAll && (
        <Alert variant="light" color="pacte" icon={<IconInfoCircle aria-hidden />} title="Aucune convention pour l’instant" maw={760} data-testid="conventions-empty">
          Les conventions se préparent depuis une séance close de la CAI : ouvrez la séance dans{' '}
          <Anchor component={Link} to="/seances" underline="always">
            Séances CAI
          </Anchor>{' '}
          et choisissez « Préparer les conventions ». Une convention est rédigée pour chaque avis favorable.
        </Alert>
      )}
      {list.isSuccess && !noneAtAll && (
        <div role="status" aria-live="polite">
          <ConventionTotals totals={list.data.totals} />
        </div>
      )}
      {list.isSuccess && list.data.totals.count === 0 && filters.hasFilters && (
        <Text data-testid="conventions-no-match">Aucune convention ne correspond à cette recherche et à ces filtres. Retirez un filtre ou cherchez un seul mot.</Text>
      )}
      {list.isSuccess && list.data.rows.length > 0 && (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
          <ConventionTable rows={list.data.rows} />
        </div>
      )}
    </Stack>
  );
}
