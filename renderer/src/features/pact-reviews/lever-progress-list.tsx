// The review lever by lever: a ring with the completion rate (réalisées / actions of the lever, abandoned
// ones counted), the counts, the abandoned actions named; opened, the actions of each objective.
import { Accordion, Group, RingProgress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatCompletion, type LeverProgress, type PactActionProgressRow } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';
import { ActionProgressRow, type ProgressChange } from './action-progress-row.tsx';

type Props = {
  levers: LeverProgress[];
  readOnly: boolean;
  busy: boolean;
  onChange: (action: PactActionProgressRow, change: ProgressChange) => void;
  onAbandon: (action: PactActionProgressRow) => void;
};

function LeverSummary({ lever }: { lever: LeverProgress }) {
  const rate = formatCompletion(lever.realisees, lever.actions);
  return (
    <Group gap="md" wrap="nowrap">
      <RingProgress
        size={76}
        thickness={7}
        roundCaps
        sections={[{ value: (lever.rate ?? 0) * 100, color: 'teal.8' }]}
        label={
          <Text ta="center" fz={11} fw={700} style={{ whiteSpace: 'nowrap' }}>
            {rate}
          </Text>
        }
        aria-hidden
      />
      <Stack gap={2}>
        <Text fw={600}>
          Levier {lever.number} – {lever.title}
        </Text>
        <Text size="sm" data-testid={`lever-${lever.number}-rate`}>
          {rate} réalisées ({lever.realisees} sur {lever.actions} actions) · {lever.enCours} en cours · {lever.nonEngagees} non engagées · {lever.abandonnees} abandonnée{lever.abandonnees > 1 ? 's' : ''}
          {lever.late > 0 ? ` · ${lever.late} en retard` : ''}
        </Text>
      </Stack>
    </Group>
  );
}

export function LeverProgressList({ levers, readOnly, busy, onChange, onAbandon }: Props) {
  // Only the opened lever's actions are drawn: a pact has some 170 actions, each with its controls.
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="levers-title">
      <Title order={2} id="levers-title" size="h3">
        Avancement par levier
      </Title>
      <Accordion variant="separated" value={opened} onChange={setOpened} chevronPosition="right">
        {levers.map((lever) => (
          <Accordion.Item key={lever.leverId} value={String(lever.leverId)} data-testid={`lever-${lever.number}`}>
            <Accordion.Control aria-label={`Levier ${lever.number} – ${lever.title} : ${formatCompletion(lever.realisees, lever.actions)} réalisées`}>
              <LeverSummary lever={lever} />
            </Accordion.Control>
            <Accordion.Panel>
              {opened === String(lever.leverId) && (
                <Stack gap="md">
                  {lever.abandoned.length > 0 && (
                    <Text size="sm" c="#a51111">
                      Abandonnées : {lever.abandoned.map((action) => `${action.code} (${action.reason})`).join(' ; ')}
                    </Text>
                  )}
                  {lever.objectives.map((objective) => (
                    <Stack key={objective.id} gap={4}>
                      <Title order={3} size="h5">
                        {objective.code} – {objective.title}
                      </Title>
                      {objective.operational.map((operational) => (
                        <Table.ScrollContainer key={operational.id} minWidth={900}>
                          <Table verticalSpacing={6} aria-label={`Actions de l’objectif ${operational.code}`}>
                            <Table.Thead>
                              <Table.Tr>
                                <Table.Th colSpan={2}>
                                  {operational.code} – {operational.title}
                                </Table.Th>
                                <Table.Th>Statut</Table.Th>
                                <Table.Th>Délai</Table.Th>
                                <Table.Th>Commentaire</Table.Th>
                              </Table.Tr>
                            </Table.Thead>
                            <Table.Tbody>
                              {operational.actions.map((action) => (
                                <ActionProgressRow key={`${action.id}-${action.comment}`} action={action} readOnly={readOnly} busy={busy} onChange={(change) => onChange(action, change)} onAbandon={() => onAbandon(action)} />
                              ))}
                            </Table.Tbody>
                          </Table>
                        </Table.ScrollContainer>
                      ))}
                    </Stack>
                  ))}
                </Stack>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
