// The audit screen's filters: days, a person (part of a name), an operation, an object, and words to find.
import { Autocomplete, Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { AuditList } from '../../../../core/service/api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { SearchInput } from '../../components/search-input.tsx';
import { auditActionLabel, auditEntityLabel } from './audit-labels.ts';
import { dateRangeProblem, NO_AUDIT_FILTERS, type AuditFilterValues } from './use-audit.ts';

type Props = {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  choices: AuditList['choices'] | undefined;
  searching: boolean;
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'fr');

export function AuditFilters({ values, onChange, choices, searching }: Props) {
  const set = (key: keyof AuditFilterValues) => (value: string | null) => onChange({ ...values, [key]: value ?? '' });
  const actions = (choices?.actions ?? []).map((action) => ({ value: action, label: auditActionLabel(action) })).sort(byLabel);
  const entities = (choices?.entities ?? []).map((entity) => ({ value: entity, label: auditEntityLabel(entity) })).sort(byLabel);
  const filtered = Object.values(values).some((value) => value !== '');

  return (
    <Stack gap="sm" role="search" aria-label="Filtrer le journal d’audit">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <FrenchDateInput label="Du" clearable clearButtonProps={{ 'aria-label': 'Effacer la date de début' }} value={values.from} onChange={set('from')} data-testid="audit-filter-from" />
        <FrenchDateInput label="Au" clearable clearButtonProps={{ 'aria-label': 'Effacer la date de fin' }} value={values.to} onChange={set('to')} error={dateRangeProblem(values) || undefined} data-testid="audit-filter-to" />
        <Autocomplete
          label="Personne"
          placeholder="Toutes"
          data={choices?.actors ?? []}
          value={values.actor}
          onChange={set('actor')}
          maxLength={200}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
          data-testid="audit-filter-actor"
        />
        <Select
          label="Opération"
          placeholder="Toutes"
          clearable
          searchable
          data={actions}
          value={values.action || null}
          onChange={set('action')}
          comboboxProps={{ width: 340, position: 'bottom-start' }}
          data-testid="audit-filter-action"
        />
        <Select label="Objet" placeholder="Tous" clearable data={entities} value={values.entity || null} onChange={set('entity')} data-testid="audit-filter-entity" />
      </SimpleGrid>
      <Group align="flex-end" gap="sm">
        <SearchInput
          label="Rechercher dans le journal"
          description="Dans l’opération, la personne et les détails ; les accents et les majuscules sont ignorés."
          value={values.search}
          onChange={set('search')}
          searching={searching}
          maw={560}
          testId="audit-search"
        />
        {filtered && (
          <Button variant="subtle" size="compact-sm" mb={6} leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange(NO_AUDIT_FILTERS)} data-testid="audit-filters-clear">
            Effacer les filtres
          </Button>
        )}
      </Group>
    </Stack>
  );
}
