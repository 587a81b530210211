// "Bilans annuels": every bilan of the funded actions, expected ones included, by due date; filters kept in
// the address (#/indicateurs/bilans?annee=2018&statut=recu&retard=1&page=2), counts per status from the host.
import { Alert, Group, Pagination, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { BILAN_STATUS_LABELS, type BilanStatus } from '../../../../core/service/bilans/bilans-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { parseId } from '../applications/application-labels.ts';
import { useCallList } from '../calls/use-calls.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';
import { BilanFilters, type BilanFilterValues } from './bilan-filters.tsx';
import { BilanImportButton } from './bilan-import-button.tsx';
import { BilanTable } from './bilan-table.tsx';
import { useBilanList } from './use-bilans.ts';

const PAGE_SIZE = 50;

function readYear(text: string | null): number | undefined {
  if (text === null || !/^\d{4}$/u.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

/** The years a bilan can belong to: those of the calls and the next one (a call funds the actions of its year). */
function bilanYears(callYears: number[]): number[] {
  const years = new Set(callYears.flatMap((year) => [year, year + 1]));
  return [...years].sort((a, b) => b - a);
}

export function BilanListPage() {
  usePageTitle('Bilans annuels');
  const [params, setParams] = useSearchParams();
  const calls = useCallList();
  const statusParam = params.get('statut');
  const values: BilanFilterValues = {
    year: readYear(params.get('annee')),
    status: (Object.keys(BILAN_STATUS_LABELS) as BilanStatus[]).find((status) => status === statusParam),
    lateOnly: params.get('retard') === '1',
  };
  const page = parseId(params.get('page')) ?? 1;
  const list = useBilanList({ year: values.year, status: values.status, lateOnly: values.lateOnly, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <IndicatorsTabs
      active="bilans"
      intro="Le bilan annuel de chaque action financée : attendu six mois après la fin de l’année, reçu du porteur (classeur importé), puis validé — ce qui libère le solde de l’année —, incomplet, rejeté ou dispensé."
      actions={<BilanImportButton />}
    >
      <BilanFilters values={values} years={bilanYears((calls.data ?? []).map((call) => call.year))} counts={list.data?.counts} onChange={update} />
      {list.isPending && <PageLoader label="Chargement des bilans…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les bilans n’ont pas pu être chargés" onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.counts.total === 0 && (
        <Alert variant="light" color="pacte" icon={<IconInfoCircle aria-hidden />} title="Aucun bilan attendu" maw={760} data-testid="bilans-empty">
          Un bilan est attendu pour chaque année d’une convention signée. Signez une convention (menu Conventions) : ses bilans apparaîtront ici.
        </Alert>
      )}
      {list.isSuccess && list.data.counts.total > 0 && list.data.total === 0 && <Text data-testid="bilans-no-match">Aucun bilan ne correspond à ces filtres.</Text>}
      {list.isSuccess && list.data.rows.length > 0 && (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
          <BilanTable rows={list.data.rows} />
        </div>
      )}
      {list.isSuccess && pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" role="status">
            {list.data.total} bilans, page {page} sur {pages}
          </Text>
          <Pagination total={pages} value={page} onChange={(value) => update({ page: value === 1 ? null : String(value) })} getControlProps={(control) => ({ 'aria-label': control === 'previous' ? 'Page précédente' : 'Page suivante' })} getItemProps={(item) => ({ 'aria-label': `Page ${item}` })} />
        </Group>
      )}
    </IndicatorsTabs>
  );
}
