// The amount of each year (one for an annual convention, up to four for a multi-year one) and its bilan:
// its status and a link to it. Validating the bilan, on its page, is what makes the year's balance due.
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { bilanPath, LATE_COLOR } from '../bilans/bilan-labels.ts';
import { BilanStatusBadge } from '../bilans/bilan-status-badge.tsx';
import { useBilanList } from '../bilans/use-bilans.ts';
import { figureStyle, showDate } from './convention-labels.ts';

type Props = { convention: ConventionDetail };

export function ConventionYearsSection({ convention }: Props) {
  // A convention owes its bilans once signed; before, the list has none for it.
  const bilans = useBilanList({ conventionId: convention.id, limit: 10, offset: 0 });
  const bilanOf = (year: number) => bilans.data?.rows.find((row) => row.year === year);
  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-years-title">
      <Title order={2} id="convention-years-title">
        Montants par année
      </Title>
      <Table withTableBorder layout="fixed" maw={880} aria-labelledby="convention-years-title" data-testid="convention-years">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>Année</Table.Th>
            <Table.Th w={160} ta="right">
              Montant
            </Table.Th>
            <Table.Th>Bilan de l’année</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {convention.years.map((entry) => {
            const bilan = bilanOf(entry.year);
            return (
              <Table.Tr key={entry.year} data-testid="convention-year-row" data-year={entry.year}>
                <Table.Td>{entry.year}</Table.Td>
                <Table.Td ta="right" style={figureStyle}>
                  {formatEuros(entry.amountCents)}
                </Table.Td>
                <Table.Td>
                  {bilan ? (
                    <Group gap="sm" wrap="nowrap">
                      <BilanStatusBadge status={bilan.status} size="sm" />
                      {bilan.late && (
                        <Text span size="sm" fw={600} c={LATE_COLOR}>
                          en retard
                        </Text>
                      )}
                      <Anchor component={Link} to={bilanPath(bilan)} size="sm" underline="always" data-testid={`convention-bilan-${entry.year}`}>
                        Voir le bilan {entry.year}
                      </Anchor>
                      {entry.bilanAcceptedOn && <Text size="sm">— solde libéré le {showDate(entry.bilanAcceptedOn)}</Text>}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {entry.bilanAcceptedOn ? `Solde libéré le ${showDate(entry.bilanAcceptedOn)}` : 'Attendu une fois la convention signée'}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
