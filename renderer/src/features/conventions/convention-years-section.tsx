// The amount of each year (one for an annual convention, up to four for a multi-year one) and its bilan:
// "Bilan accepté" records the day the year's report was accepted, which makes that year's balance due.
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { acceptsPayments } from '../../../../core/domain/conventions/convention-status.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { figureStyle, showDate } from './convention-labels.ts';
import { DateActModal } from './date-act-modal.tsx';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail };

export function ConventionYearsSection({ convention }: Props) {
  const accept = useConventionWrite('conventions.acceptBilan');
  const [year, setYear] = useState<number | null>(null);
  const canAccept = acceptsPayments(convention.status) || convention.status === 'soldee';
  const close = () => {
    accept.reset();
    setYear(null);
  };
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
          {convention.years.map((entry) => (
            <Table.Tr key={entry.year} data-testid="convention-year-row" data-year={entry.year}>
              <Table.Td>{entry.year}</Table.Td>
              <Table.Td ta="right" style={figureStyle}>
                {formatEuros(entry.amountCents)}
              </Table.Td>
              <Table.Td>
                {entry.bilanAcceptedOn ? (
                  <Text size="sm">Accepté le {showDate(entry.bilanAcceptedOn)}</Text>
                ) : canAccept ? (
                  <Button size="xs" variant="light" leftSection={<IconChecklist size={16} aria-hidden />} onClick={() => setYear(entry.year)} data-testid={`convention-bilan-${entry.year}`}>
                    Bilan accepté…
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    En attente
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <DateActModal
        key={year ?? 0}
        opened={year !== null}
        title={`Bilan ${year ?? ''} accepté`}
        text="Le bilan annuel (compte rendu financier et bilan d’activité) est accepté : le solde de l’année devient exigible, à verser dans les 60 jours."
        dateLabel="Date d’acceptation"
        submitLabel="Enregistrer l’acceptation"
        datePath="acceptedOn"
        loading={accept.isPending}
        error={accept.error}
        onSubmit={(acceptedOn) => year !== null && accept.mutate({ id: convention.id, year, acceptedOn }, { onSuccess: close })}
        onClose={close}
        testId="bilan-modal"
      />
    </Stack>
  );
}
