// "Synthèses": the common indicators of the validated bilans rolled up by lever, operational objective,
// territory, provider or year, against the conventions' targets; every figure opens on its bilans, and the
// year's figures export in long format.
import '@mantine/charts/styles.css';
import { Group, Paper, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ROLLUP_AXES, ROLLUP_AXIS_LABELS, type RollupAxis } from '../../../../core/domain/indicators/rollup.ts';
import type { MethodInput, RollupRow } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ExportMenu } from '../exports/export-menu.tsx';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';
import { RollupDrillDrawer } from './rollup-drill-drawer.tsx';
import { RollupFigures } from './rollup-figures.tsx';
import { SecondaryObjectives } from './secondary-objectives.tsx';
import { useRollup, useRollupCosts, useRollupOptions } from './use-rollups.ts';

const ALL_YEARS = 'toutes';
const AXIS_WORDS: Record<RollupAxis, string> = { lever: 'levier', objective: 'objectif opérationnel principal', territory: 'quartier de résidence', provider: 'prestataire', year: 'année' };

export function RollupsPage() {
  usePageTitle('Indicateurs · Synthèses');
  const options = useRollupOptions();
  const [yearChoice, setYearChoice] = useState<string | null>(null);
  const [by, setBy] = useState<RollupAxis>('lever');
  const [code, setCode] = useState<string>('IC01');
  const [includeReceived, setIncludeReceived] = useState(false);
  const [opened, setOpened] = useState<RollupRow | null>(null);

  const years = options.data?.years ?? [];
  const defaultYear = years.find((entry) => entry.validated > 0)?.year ?? years[0]?.year;
  const yearValue = yearChoice ?? (defaultYear === undefined ? ALL_YEARS : String(defaultYear));
  const year = yearValue === ALL_YEARS ? undefined : Number(yearValue);
  const validated = years.reduce((total, entry) => total + entry.validated, 0);
  const indicator = options.data?.indicators.find((candidate) => candidate.code === code) ?? options.data?.indicators[0];
  const input: MethodInput<'rollups.get'> = { by, code: indicator?.code ?? code, includeReceived, ...(year === undefined ? {} : { year }) };
  const rollup = useRollup(input, options.isSuccess && indicator !== undefined);
  // Cost per participation beside the participants (IC01); money is not split by quartier.
  const costs = useRollupCosts(input.code === 'IC01' && by !== 'territory' ? { by, includeReceived, ...(year === undefined ? {} : { year }) } : null);
  const drillQuery: MethodInput<'rollups.drill'> | null = opened ? { by, key: opened.key, code: input.code ?? code, includeReceived, ...(year === undefined ? {} : { year }) } : null;
  const exportYear = year ?? defaultYear;
  const counted = includeReceived ? 'bilans validés et reçus' : 'bilans validés';
  const caption = indicator ? `${indicator.code} · ${indicator.label}, par ${AXIS_WORDS[by]}, ${year === undefined ? 'toutes années' : year} (${counted})` : '';

  const actions =
    exportYear === undefined ? undefined : (
      <ExportMenu label="Exporter" note={`Bilans validés de ${exportYear} : un chiffre par ligne (ventilations comprises), avec les cibles`} testId="rollups-export" produce={(format) => client.call('exports.indicators', { year: exportYear, format })} />
    );

  return (
    <IndicatorsTabs active="syntheses" intro="Les résultats des actions financées, consolidés par levier, objectif, territoire et prestataire, face aux cibles des conventions." actions={actions}>
      {options.isPending && <PageLoader />}
      {options.isError && <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />}
      {options.isSuccess && validated === 0 && !includeReceived ? (
        <Paper withBorder p="lg" data-testid="rollups-empty">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Aucun bilan validé pour l’instant
            </Title>
            <Text>Les synthèses comptent les bilans validés. Dès qu’un bilan annuel sera validé (onglet « Bilans annuels »), ses chiffres apparaîtront ici par levier, objectif, territoire et prestataire.</Text>
            {years.some((entry) => entry.received > 0) && (
              <Switch label="Compter aussi les bilans reçus, pas encore validés" checked={includeReceived} onChange={(event) => setIncludeReceived(event.currentTarget.checked)} />
            )}
          </Stack>
        </Paper>
      ) : (
        options.isSuccess && (
          <Stack gap="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <Select
                label="Année"
                data={[...years.map((entry) => ({ value: String(entry.year), label: String(entry.year) })), { value: ALL_YEARS, label: 'Toutes les années' }]}
                value={yearValue}
                onChange={(value) => setYearChoice(value ?? ALL_YEARS)}
                allowDeselect={false}
                w={170}
                data-testid="rollups-year"
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="rollups-axis-label">
                  Regrouper par
                </Text>
                <SegmentedControl value={by} onChange={(value) => setBy(value as RollupAxis)} data={ROLLUP_AXES.map((axis) => ({ value: axis, label: ROLLUP_AXIS_LABELS[axis] }))} aria-labelledby="rollups-axis-label" data-testid="rollups-axis" />
              </Stack>
              <Select
                label="Indicateur"
                data={(options.data?.indicators ?? []).map((candidate) => ({ value: candidate.code, label: `${candidate.code} · ${candidate.label}` }))}
                value={indicator?.code ?? null}
                onChange={(value) => value && setCode(value)}
                allowDeselect={false}
                searchable
                w={440}
                data-testid="rollups-indicator"
              />
              <Switch label="Compter aussi les bilans reçus" checked={includeReceived} onChange={(event) => setIncludeReceived(event.currentTarget.checked)} mb={8} />
            </Group>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={2} size="h4">
                  {caption}
                </Title>
                {indicator?.unit === 'personnes' && <Text size="sm">Des participations : une personne suivie par deux actions compte deux fois.</Text>}
                {by === 'objective' && <Text size="sm">Chaque action compte sous son objectif opérationnel principal seulement.</Text>}
                {by === 'territory' && <Text size="sm">Selon le quartier de résidence déclaré ; « (QPV) » : quartier prioritaire l’année affichée.</Text>}
                {rollup.isError && <ErrorAlert error={rollup.error} onRetry={() => void rollup.refetch()} />}
                {rollup.isPending && <PageLoader />}
                {rollup.data && indicator && rollup.data.length === 0 && (
                  <Text data-testid="rollups-no-figure">
                    Aucun chiffre pour {indicator.code} {year === undefined ? '' : `en ${year} `}
                    {by === 'territory' ? '(cet indicateur n’est pas ventilé par quartier, ou aucun bilan ne l’a fait).' : `dans les ${counted}.`}
                  </Text>
                )}
                {rollup.data && indicator && rollup.data.length > 0 && <RollupFigures by={by} indicator={indicator} rows={rollup.data} caption={caption} onOpen={setOpened} costs={input.code === 'IC01' && by !== 'territory' ? costs.data : undefined} />}
              </Stack>
            </Paper>
            {by === 'objective' && indicator && <SecondaryObjectives input={{ ...input, secondary: true }} indicator={indicator} />}
          </Stack>
        )
      )}
      <RollupDrillDrawer query={drillQuery} row={opened} indicator={indicator} onClose={() => setOpened(null)} />
    </IndicatorsTabs>
  );
}
