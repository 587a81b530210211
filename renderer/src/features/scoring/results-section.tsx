// The revealed results: the envelope, the order of the table (rank or discussion order, disputed
// first or not), the table, and the drawer of one application with its avis.
import { Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { EvaluationGrid } from '../../../../core/domain/jury/grid.ts';
import type { SessionResults } from '../../../../core/service/api.ts';
import { ResultsExportMenu } from '../exports/session-export-menus.tsx';
import { EnvelopePanel } from './envelope-panel.tsx';
import { OutcomeDrawer } from './outcome-drawer.tsx';
import { orderOutcomes, runningTotals, type ResultsSort } from './results-order.ts';
import { ResultsTable } from './results-table.tsx';

type Props = { sessionId: number; results: SessionResults; grid: EvaluationGrid | undefined; readOnly: boolean };

const SORTS: { value: ResultsSort; label: string }[] = [
  { value: 'rank', label: 'Par rang' },
  { value: 'position', label: 'Ordre de passage' },
];

export function ResultsSection({ sessionId, results, grid, readOnly }: Props) {
  const [sort, setSort] = useState<ResultsSort>('rank');
  const [disputedFirst, setDisputedFirst] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const ordered = orderOutcomes(results.outcomes, sort, disputedFirst);
  const running = runningTotals(ordered, results.envelope.envelopeCents);
  // Read from the latest results, so that a saved avis shows at once in the drawer.
  const open = results.outcomes.find((outcome) => outcome.applicationId === openId) ?? null;
  const disputed = results.outcomes.filter((outcome) => outcome.disagreement).length;

  return (
    <Stack gap="lg">
      <EnvelopePanel envelope={results.envelope} />
      <Stack gap="sm" component="section" aria-labelledby="results-title">
        <Title order={2} id="results-title">
          Résultats
        </Title>
        <Group gap="lg" align="center">
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} id="results-sort-label">
              Trier
            </Text>
            <SegmentedControl<ResultsSort> data={SORTS} value={sort} onChange={setSort} aria-labelledby="results-sort-label" data-testid="results-sort" />
          </Group>
          <Switch
            label={`Les plus disputés d’abord (${disputed})`}
            checked={disputedFirst}
            onChange={(event) => setDisputedFirst(event.currentTarget.checked)}
            data-testid="results-disputed-first"
          />
          <ResultsExportMenu sessionId={sessionId} order={sort} disputedFirst={disputedFirst} />
        </Group>
        <Text size="sm">
          Notes sur 20, à deux décimales, calculées sans arrondi. Un désaccord signale un écart entre la note la plus haute et la plus basse supérieur au seuil de la
          séance. Sous chaque montant proposé, le cumul des propositions dans l’ordre du tableau. Ouvrez un dossier pour voir les notes de chaque
          juré et donner l’avis.
        </Text>
        <ResultsTable outcomes={ordered} running={running} onOpen={(outcome) => setOpenId(outcome.applicationId)} />
      </Stack>
      <OutcomeDrawer sessionId={sessionId} outcome={open} grid={grid} readOnly={readOnly} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
