// The list's filters (year, status, late only), kept in the address, and the count of each status over
// the year chosen (computed by the host over every bilan, not over the page): a count is also a filter.
import { Button, Group, Select, Switch, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { BILAN_STATUS_LABELS, type BilanCounts, type BilanStatus } from '../../../../core/service/bilans/bilans-api.ts';
import { LATE_COLOR } from './bilan-labels.ts';

export type BilanFilterValues = { year: number | undefined; status: BilanStatus | undefined; lateOnly: boolean };

type Props = {
  values: BilanFilterValues;
  years: number[];
  counts: BilanCounts | undefined;
  onChange: (changes: Record<string, string | null>) => void;
};

const STATUSES = Object.keys(BILAN_STATUS_LABELS) as BilanStatus[];
const statusData = STATUSES.map((status) => ({ value: status, label: BILAN_STATUS_LABELS[status] }));

export function BilanFilters({ values, years, counts, onChange }: Props) {
  const filtered = values.year !== undefined || values.status !== undefined || values.lateOnly;
  return (
    <>
      <Group gap="md" align="flex-end" role="search" aria-label="Filtrer les bilans">
        <Select
          label="Année du bilan"
          placeholder="Toutes"
          clearable
          w={160}
          data={years.map((year) => ({ value: String(year), label: String(year) }))}
          value={values.year === undefined ? null : String(values.year)}
          onChange={(value) => onChange({ annee: value, page: null })}
          data-testid="bilans-filter-year"
        />
        <Select label="Statut" placeholder="Tous" clearable w={180} data={statusData} value={values.status ?? null} onChange={(value) => onChange({ statut: value, page: null })} data-testid="bilans-filter-status" />
        <Switch
          label="En retard seulement"
          description="Attendu ou incomplet après son échéance."
          checked={values.lateOnly}
          onChange={(event) => onChange({ retard: event.currentTarget.checked ? '1' : null, page: null })}
          data-testid="bilans-filter-late"
        />
        {filtered && (
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange({ annee: null, statut: null, retard: null, page: null })} data-testid="bilans-filters-clear">
            Effacer les filtres
          </Button>
        )}
      </Group>
      {counts && (
        <Group gap="xs" aria-label={`Bilans ${values.year === undefined ? 'de toutes les années' : `de ${values.year}`} par statut`} role="group" data-testid="bilans-counts">
          {STATUSES.map((status) => (
            <Button
              key={status}
              size="compact-sm"
              variant={values.status === status ? 'filled' : 'default'}
              aria-pressed={values.status === status}
              onClick={() => onChange({ statut: values.status === status ? null : status, page: null })}
              data-testid={`bilans-count-${status}`}
            >
              {BILAN_STATUS_LABELS[status]} : {counts[status]}
            </Button>
          ))}
          <Text size="sm" fw={600} c={counts.late > 0 ? LATE_COLOR : undefined} data-testid="bilans-count-late">
            En retard : {counts.late}
          </Text>
          <Text size="sm" c="dimmed">
            Total : {counts.total}
          </Text>
        </Group>
      )}
    </>
  );
}
