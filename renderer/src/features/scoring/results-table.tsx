// The revealed results, one row per application: rank, figures on 20 (two decimals, computed without
// rounding), the disagreement flag, amounts requested and proposed, the running total, the avis.
// At 1280 px the title keeps ~300 px: the jurors counted sit under the mean, the spread under the range,
// and a title longer than two lines ends in an ellipsis (whole on hover and in the drawer).
import { Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ApplicationOutcome } from '../../../../core/service/api.ts';
import { AvisBadge, DisagreementBadge } from './scoring-badges.tsx';
import { scoreText } from './scoring-labels.ts';

type Props = {
  outcomes: ApplicationOutcome[];
  running: { proposedCents: number; overEnvelope: boolean }[];
  onOpen: (outcome: ApplicationOutcome) => void;
};

const figure = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function ResultsTable({ outcomes, running, onOpen }: Props) {
  return (
    // Lever and running total sit under their neighbours: the table then fits beside the navbar at 1280 px.
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder striped highlightOnHover layout="fixed" verticalSpacing="xs" fz="sm" aria-label="Résultats de la notation" data-testid="results-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={54}>Rang</Table.Th>
            <Table.Th>Dossier</Table.Th>
            <Table.Th w={84} ta="right">
              Moyenne /20 (jurés)
            </Table.Th>
            <Table.Th w={80} ta="right">
              Médiane
            </Table.Th>
            <Table.Th w={118} ta="right">
              Min – max (écart type)
            </Table.Th>
            <Table.Th w={100} ta="right">
              Demandé
            </Table.Th>
            <Table.Th w={108} ta="right">
              Proposé (cumul)
            </Table.Th>
            {/* « Favorable sous réserve » is the widest badge. */}
            <Table.Th w={186}>Avis</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcomes.map((outcome, index) => {
            const total = running[index];
            return (
              <Table.Tr key={outcome.applicationId} data-testid="result-row" data-application-id={outcome.applicationId} data-disagreement={outcome.disagreement || undefined}>
                <Table.Td fw={700} data-testid="result-rank">
                  {outcome.rank ?? '—'}
                </Table.Td>
                <Table.Td>
                  <UnstyledButton onClick={() => onOpen(outcome)} aria-haspopup="dialog" c="pacte.7" fw={600} fz="sm" td="underline" title={outcome.title} data-testid="result-open">
                    <Group gap={2} wrap="nowrap" component="span">
                      <Text component="span" inherit lineClamp={2} data-testid="result-title">
                        {outcome.title}
                      </Text>
                      <IconChevronRight size={14} aria-hidden style={{ flexShrink: 0 }} />
                    </Group>
                  </UnstyledButton>
                  {/* On one line, the provider last: a long name is cut, never the number or the lever. */}
                  <Text size="xs" truncate="end" title={outcome.providerName}>
                    n° {outcome.position}
                    {outcome.leverNumber !== null && ` · levier ${outcome.leverNumber}`} · {outcome.providerName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={figure}>
                  <Text fw={700} size="sm" data-testid="result-mean">
                    {scoreText(outcome.mean)}
                  </Text>
                  <Text size="xs">{outcome.jurorsCounted > 1 ? `${outcome.jurorsCounted} jurés` : `${outcome.jurorsCounted} juré`}</Text>
                </Table.Td>
                <Table.Td ta="right" style={figure}>
                  {scoreText(outcome.median)}
                </Table.Td>
                <Table.Td ta="right">
                  <Stack gap={2} align="flex-end">
                    <span style={figure}>{outcome.min === null || outcome.max === null ? '—' : `${scoreText(outcome.min)} – ${scoreText(outcome.max)}`}</span>
                    <Text size="xs" style={figure} data-testid="result-std-dev">
                      ({scoreText(outcome.stdDev)})
                    </Text>
                    {outcome.disagreement && <DisagreementBadge />}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right" style={figure}>
                  {formatEuros(outcome.requestedCents)}
                </Table.Td>
                <Table.Td ta="right" style={figure}>
                  <div data-testid="result-proposed">{outcome.avis ? formatEuros(outcome.avis.proposedCents) : '—'}</div>
                  {total && (
                    <Text size="xs" c={total.overEnvelope ? 'red.9' : undefined} fw={total.overEnvelope ? 700 : undefined} data-testid="result-running" data-over={total.overEnvelope || undefined}>
                      {formatEuros(total.proposedCents)}
                      {total.overEnvelope && (
                        <>
                          <br />
                          au-delà de l’enveloppe
                        </>
                      )}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <AvisBadge kind={outcome.avis?.kind ?? null} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
