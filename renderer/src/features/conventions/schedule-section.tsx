// "Échéancier": the schedule table and, until the board validates the convention, a new split with another
// advance percentage (the balance takes the rounding remainder, so the lines still sum to the cent).
import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { isAmountEditable } from '../../../../core/domain/conventions/convention-status.ts';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ScheduleTable } from './schedule-table.tsx';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail };

export function ScheduleSection({ convention }: Props) {
  const resplit = useConventionWrite('conventions.resplit');
  const [percent, setPercent] = useState<number | string>(convention.advanceBp / 100);
  const editable = isAmountEditable(convention.status);
  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-schedule-title">
      <Title order={2} id="convention-schedule-title">
        Échéancier
      </Title>
      <Text size="sm" maw={880}>
        Chaque échéance est exigible à son déclencheur et doit être versée dans les 60 jours (échéance légale). Une échéance au-delà est signalée en retard.
      </Text>
      <ScheduleTable lines={convention.schedule} />
      {editable && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (typeof percent === 'number') resplit.mutate({ id: convention.id, advancePercent: percent });
          }}
        >
          <Group gap="sm" align="flex-end">
            <NumberInput label="Avance à la signature" suffix=" %" min={0} max={100} decimalScale={2} decimalSeparator="," allowNegative={false} value={percent} onChange={setPercent} w={200} data-testid="schedule-advance-percent" />
            <Button type="submit" variant="default" loading={resplit.isPending} disabled={typeof percent !== 'number'} data-testid="schedule-resplit">
              Répartir à nouveau
            </Button>
          </Group>
        </form>
      )}
      {resplit.isError && (
        <Alert color="red" c="#a51111" variant="light" title="L’échéancier n’a pas été modifié" role="alert" maw={880}>
          {errorMessage(resplit.error)}
        </Alert>
      )}
    </Stack>
  );
}
