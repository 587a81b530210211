// The same indicator under the actions' secondary objectives: shown apart, never added to the primary
// figures above (an action counts once, under its primary objective).
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { MethodInput, RollupOptions } from '../../../../core/service/api.ts';
import { figureText } from './rollup-figures.tsx';
import { useRollup } from './use-rollups.ts';

type Props = { input: MethodInput<'rollups.get'>; indicator: RollupOptions['indicators'][number] };

export function SecondaryObjectives({ input, indicator }: Props) {
  const rows = useRollup(input, true);
  if (!rows.data || rows.data.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="rollups-secondary">
      <Stack gap="xs">
        <Title order={2} size="h5">
          Objectifs secondaires (à part)
        </Title>
        <Text size="sm">Les mêmes actions, sous leurs objectifs secondaires : ces chiffres ne s’ajoutent pas à ceux des objectifs principaux.</Text>
        <Table withTableBorder striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Objectif opérationnel secondaire</Table.Th>
              <Table.Th scope="col" ta="right">
                {indicator.aggregation === 'ratio' ? 'Taux' : 'Réalisé'}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Bilans
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right">{figureText(indicator, row.value)}</Table.Td>
                <Table.Td ta="right">{row.bilans}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
