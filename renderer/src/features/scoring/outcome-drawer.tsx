// One application at deliberation: its figures, each juror's score (revealed only), the mean of each
// criterion on its own scale, the jurors' comments per criterion, and the form of the commission's avis
// (which may quote those comments).
import { Drawer, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import type { EvaluationGrid } from '../../../../core/domain/jury/grid.ts';
import type { ApplicationOutcome } from '../../../../core/service/api.ts';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { useCloseGuard } from '../../components/use-discard-guard.ts';
import { BudgetFigure } from '../applications/budget-figure.tsx';
import { AvisForm, type AvisFormHandle } from './avis-form.tsx';
import { OutcomeComments } from './outcome-comments.tsx';
import { DisagreementBadge } from './scoring-badges.tsx';
import { plural, scoreText } from './scoring-labels.ts';

type Props = { sessionId: number; outcome: ApplicationOutcome | null; grid: EvaluationGrid | undefined; readOnly: boolean; onClose: () => void };

const figure = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

function Figures({ outcome }: { outcome: ApplicationOutcome }) {
  return (
    <SimpleGrid cols={3} spacing="md" data-testid="outcome-figures">
      <BudgetFigure label="Rang" value={outcome.rank === null ? '—' : String(outcome.rank)} testId="outcome-rank" strong />
      <BudgetFigure label="Moyenne /20" value={scoreText(outcome.mean)} testId="outcome-mean" strong />
      <BudgetFigure label="Médiane" value={scoreText(outcome.median)} testId="outcome-median" />
      <BudgetFigure label="Min – max" value={outcome.min === null || outcome.max === null ? '—' : `${scoreText(outcome.min)} – ${scoreText(outcome.max)}`} testId="outcome-range" />
      <BudgetFigure label="Écart type" value={scoreText(outcome.stdDev)} testId="outcome-stddev" />
      <BudgetFigure label="Jurés comptés" value={String(outcome.jurorsCounted)} testId="outcome-counted" />
    </SimpleGrid>
  );
}

export function OutcomeDrawer({ sessionId, outcome, grid, readOnly, onClose }: Props) {
  const scaleMax = (key: string) => grid?.criteria.find((criterion) => criterion.key === key)?.scale.max;
  const avisForm = useRef<AvisFormHandle>(null);
  // An avis typed but not saved is not dropped by Escape, the cross or a click beside the drawer.
  const [avisDirty, setAvisDirty] = useState(false);
  const guard = useCloseGuard(avisDirty);
  return (
    <Drawer
      opened={outcome !== null}
      onClose={() => guard.requestClose(onClose)}
      position="right"
      size="xl"
      title={outcome?.title ?? ''}
      closeButtonProps={{ 'aria-label': 'Fermer' }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
      data-testid="outcome-drawer"
    >
      {outcome && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Text size="sm">
              n° {outcome.position} à l’ordre du jour · {outcome.providerName}
              {outcome.leverNumber !== null ? ` · levier ${outcome.leverNumber}` : ''}
            </Text>
            {outcome.disagreement && <DisagreementBadge />}
          </Stack>
          <Figures outcome={outcome} />
          {outcome.conflictedCount > 0 && (
            <Text size="sm">{plural(outcome.conflictedCount, 'membre')} en conflit d’intérêts avec ce dossier : ni sa note ni son avis ne comptent.</Text>
          )}
          <Stack gap="xs" component="section" aria-labelledby="outcome-scores-title">
            <Title order={3} id="outcome-scores-title">
              Notes individuelles
            </Title>
            {(outcome.jurorScores ?? []).length === 0 ? (
              <Text size="sm">Aucune fiche soumise ne compte pour ce dossier.</Text>
            ) : (
              <Table withTableBorder fz="sm" aria-labelledby="outcome-scores-title" data-testid="outcome-juror-scores">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Membre du jury</Table.Th>
                    <Table.Th ta="right">Note /20</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(outcome.jurorScores ?? []).map((entry) => (
                    <Table.Tr key={entry.jurorId} data-testid="outcome-juror-score">
                      <Table.Td>{entry.jurorName}</Table.Td>
                      <Table.Td ta="right" style={figure}>
                        {scoreText(entry.score)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="outcome-criteria-title">
            <Title order={3} id="outcome-criteria-title">
              Moyennes par critère
            </Title>
            <Table withTableBorder fz="sm" aria-labelledby="outcome-criteria-title" data-testid="outcome-criterion-means">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Critère</Table.Th>
                  <Table.Th ta="right" w={110}>
                    Moyenne
                  </Table.Th>
                  <Table.Th ta="right" w={80}>
                    Jurés
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outcome.criterionMeans.map((mean) => (
                  <Table.Tr key={mean.key}>
                    <Table.Td>{mean.label}</Table.Td>
                    <Table.Td ta="right" style={figure}>
                      {scoreText(mean.mean)}
                      {mean.mean !== null && scaleMax(mean.key) !== undefined && ` / ${scaleMax(mean.key)}`}
                    </Table.Td>
                    <Table.Td ta="right">{mean.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
          <OutcomeComments key={outcome.applicationId} outcome={outcome} grid={grid} onQuote={readOnly ? undefined : (quote) => avisForm.current?.quote(quote)} />
          <Stack gap="xs" component="section" aria-labelledby="outcome-avis-title">
            <Title order={3} id="outcome-avis-title">
              Avis de la commission
            </Title>
            <AvisForm key={outcome.applicationId} ref={avisForm} sessionId={sessionId} outcome={outcome} readOnly={readOnly} onDirtyChange={setAvisDirty} />
          </Stack>
        </Stack>
      )}
      <DiscardConfirmModal guard={guard} />
    </Drawer>
  );
}
