// The targets of one year of a convention: one field per common indicator in force that year, typed the
// French way ("24", "85,5"), checked here for what can be (a number, 0–100 for a rate, whole persons),
// then saved together by the host, all or none; each change becomes a line of the convention's history.
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { parseFrenchNumber } from '../../../../core/domain/french-parsing.ts';
import type { TargetIndicator } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { unitLabel } from './indicator-labels.ts';
import { useSaveYearTargets } from './use-indicators.ts';

const frenchFigure = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false });
const shown = (value: number | null) => (value === null ? '' : frenchFigure.format(value));

/** The value a field holds, null when empty, or why it cannot be a target. */
function readTarget(text: string, indicator: TargetIndicator): { ok: true; value: number | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: null };
  const reading = parseFrenchNumber(text);
  if (!reading.ok) return reading;
  if (reading.value < 0) return { ok: false, message: 'Une cible n’est jamais négative.' };
  if (indicator.unit === 'pourcent' && reading.value > 100) return { ok: false, message: 'Un pourcentage : entre 0 et 100.' };
  if ((indicator.unit === 'personnes' || indicator.unit === 'seances') && !Number.isInteger(reading.value)) return { ok: false, message: `Un nombre entier de ${unitLabel(indicator.unit)}.` };
  return { ok: true, value: reading.value };
}

type Props = { conventionId: number; year: number; indicators: TargetIndicator[]; editable: boolean };

export function TargetYearForm({ conventionId, year, indicators, editable }: Props) {
  const save = useSaveYearTargets(conventionId);
  const [drafts, setDrafts] = useState<Record<string, string>>(() => Object.fromEntries(indicators.map((indicator) => [indicator.code, shown(indicator.target)])));
  const [saved, setSaved] = useState<number | null>(null);
  const readings = indicators.map((indicator) => ({ indicator, reading: readTarget(drafts[indicator.code] ?? '', indicator) }));
  const changes = readings.flatMap(({ indicator, reading }) => (reading.ok && reading.value !== indicator.target ? [{ code: indicator.code, value: reading.value }] : []));
  const invalid = readings.some(({ reading }) => !reading.ok);
  const titleId = `targets-${year}-title`;

  const submit = () => {
    setSaved(null);
    if (invalid || changes.length === 0) return;
    save.mutate({ year, values: changes }, { onSuccess: () => setSaved(changes.length) });
  };

  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-labelledby={titleId} data-testid="targets-year" data-year={year}>
      <Title order={3} id={titleId} size="h4">
        Année {year}
      </Title>
      <Table withTableBorder layout="fixed" verticalSpacing={4} aria-labelledby={titleId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>Code</Table.Th>
            <Table.Th>Indicateur</Table.Th>
            <Table.Th w={170}>Cible</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {readings.map(({ indicator, reading }) => (
            <Table.Tr key={indicator.code} data-testid="targets-row" data-code={indicator.code}>
              <Table.Td fw={700}>{indicator.code}</Table.Td>
              <Table.Td>
                <Text size="sm">{indicator.label}</Text>
                {indicator.aggregation !== 'sum' && (
                  <Text size="xs" c="dimmed">
                    {indicator.aggregation === 'ratio' ? 'Taux calculé à partir des valeurs du bilan' : 'Calculé à partir d’autres indicateurs'}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-label={`Cible ${year} de ${indicator.code}, en ${unitLabel(indicator.unit)}`}
                  rightSection={<Text size="xs" c="dimmed" pr={6}>{unitLabel(indicator.unit)}</Text>}
                  rightSectionWidth={indicator.unit === 'pourcent' ? 28 : 78}
                  value={drafts[indicator.code] ?? ''}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    setSaved(null);
                    setDrafts((current) => ({ ...current, [indicator.code]: text }));
                  }}
                  error={reading.ok ? undefined : reading.message}
                  disabled={!editable || save.isPending}
                  data-testid={`target-${year}-${indicator.code}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editable && (
        <Group gap="sm">
          <Button type="submit" size="sm" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={save.isPending} disabled={invalid || changes.length === 0} data-testid={`targets-save-${year}`}>
            Enregistrer les cibles {year}
          </Button>
          {changes.length > 0 && !invalid && (
            <Text size="sm" c="dimmed">
              {changes.length === 1 ? 'Une cible modifiée' : `${changes.length} cibles modifiées`}, non enregistrée{changes.length > 1 ? 's' : ''}
            </Text>
          )}
        </Group>
      )}
      <div role="status" aria-live="polite">
        {saved !== null && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} py={6} data-testid={`targets-saved-${year}`}>
            <Text size="sm">{saved === 1 ? `Cible ${year} enregistrée.` : `${saved} cibles ${year} enregistrées.`}</Text>
          </Alert>
        )}
      </div>
      {save.isError && <ErrorAlert error={save.error} title="Les cibles n’ont pas été enregistrées" />}
    </Stack>
  );
}
