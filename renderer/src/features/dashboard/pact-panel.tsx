// How far the pact's own action plan has gone, lever by lever, at its latest review: one ring per lever
// (réalisées, en cours, abandonnées over every action of the lever) and the same counts in a table.
import { Anchor, RingProgress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardPact } from '../../../../core/service/api.ts';
import { ChartPanel } from './chart-panel.tsx';
import { formatPercent } from './dashboard-format.ts';

const KIND_LABELS: Record<DashboardPact['kind'], string> = { annuelle: 'revue annuelle', mi_parcours: 'évaluation à mi-parcours', finale: 'évaluation finale' };

type Props = { pact: DashboardPact | null };

const share = (count: number, all: number) => (all === 0 ? 0 : (count / all) * 100);

export function PactPanel({ pact }: Props) {
  if (!pact) {
    return (
      <ChartPanel
        testId="dashboard-pact"
        title="Plan d’action du pacte"
        chart={
          <Text data-testid="dashboard-pact-empty">
            Aucune revue du plan d’action pour l’instant : l’avancement des actions du pacte s’affichera après la première revue, dans{' '}
            <Anchor component={Link} to="/indicateurs/revues" underline="always">
              Indicateurs › Revues du pacte
            </Anchor>
            .
          </Text>
        }
        table={null}
      />
    );
  }
  const title = `Plan d’action du pacte : ${KIND_LABELS[pact.kind]} ${pact.year}${pact.status === 'brouillon' ? ' (en préparation)' : ''}`;
  return (
    <ChartPanel
      testId="dashboard-pact"
      title={title}
      description={`${pact.total.realisee} actions réalisées sur ${pact.total.actions} (${formatPercent(pact.total.completionPercent)}), ${pact.total.abandonnee} abandonnées.`}
      chart={
        <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="md">
          {pact.levers.map((lever) => (
            <Stack key={lever.leverNumber} gap={4} align="center">
              <RingProgress
                size={110}
                thickness={12}
                roundCaps={false}
                sections={[
                  { value: share(lever.realisee, lever.actions), color: 'teal.7' },
                  { value: share(lever.enCours, lever.actions), color: 'pacte.4' },
                  { value: share(lever.abandonnee, lever.actions), color: 'red.7' },
                ]}
                label={
                  <Text ta="center" fw={700} size="sm">
                    {formatPercent(lever.completionPercent)}
                  </Text>
                }
                role="img"
                aria-label={`Levier ${lever.leverNumber} : ${lever.realisee} réalisées, ${lever.enCours} en cours, ${lever.abandonnee} abandonnées sur ${lever.actions} actions.`}
              />
              <Text size="sm" ta="center" fw={500}>
                Levier {lever.leverNumber}
              </Text>
              <Text size="xs" c="dimmed" ta="center">
                {lever.realisee} / {lever.actions} réalisées
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      }
      table={
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped fz="sm" data-testid="dashboard-pact-rows">
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {['Levier', 'Actions', 'Réalisées', 'En cours', 'Non engagées', 'Abandonnées', 'Taux de réalisation'].map((label, index) => (
                  <Table.Th key={label} scope="col" ta={index === 0 ? undefined : 'right'}>
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...pact.levers.map((lever) => ({ ...lever, key: String(lever.leverNumber) })), { ...pact.total, key: 'total', label: 'Total' }].map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={row.key === 'total' ? 700 : 500}>
                    {row.label}
                  </Table.Th>
                  {[row.actions, row.realisee, row.enCours, row.nonEngagee, row.abandonnee].map((count, index) => (
                    <Table.Td key={index} ta="right">
                      {count}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{formatPercent(row.completionPercent)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
