// "Recevabilité": the checklist of one application. The app fills the computed points from the file;
// the manager ticks the others after reading the papers, and each tick keeps who and when.
import { Alert, Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconListCheck } from '@tabler/icons-react';
import type { EligibilityItem } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { formatDateTime } from '../applications/application-labels.ts';
import { eligibilityPointId } from './eligibility-point.ts';
import { EligibilityStateBadge } from './eligibility-state-badge.tsx';
import { EligibilityTickHistory } from './eligibility-tick-history.tsx';
import { useEligibility, useTick } from './use-eligibility.ts';

type Props = { applicationId: number };

export function EligibilitySection({ applicationId }: Props) {
  const eligibility = useEligibility(applicationId);
  const tick = useTick(applicationId);
  const content = () => {
    if (eligibility.isPending) return <PageLoader label="Calcul de la recevabilité…" />;
    if (eligibility.isError) return <ErrorAlert error={eligibility.error} title="La recevabilité n’a pas pu être calculée" onRetry={() => void eligibility.refetch()} />;
    const { items, okCount, applicableCount, recevableRefusal, ticks } = eligibility.data;
    const tickCell = (item: EligibilityItem) => {
      if (item.mode === 'computed') return <Text size="sm">Calculé</Text>;
      if (item.state === 'not_applicable') return <Text size="sm">—</Text>;
      return (
        <Checkbox
          label="Vérifié"
          checked={item.state === 'ok'}
          disabled={tick.isPending}
          onChange={(event) => tick.mutate({ itemKey: item.key, isChecked: event.currentTarget.checked })}
          data-testid={`eligibility-tick-${item.key}`}
        />
      );
    };
    return (
      <Stack gap="sm">
        <Text data-testid="eligibility-count">
          {okCount} point{okCount > 1 ? 's' : ''} conforme{okCount > 1 ? 's' : ''} sur {applicableCount}
        </Text>
        {recevableRefusal === null ? (
          <Alert color="teal" c="#0b5e45" icon={<IconCircleCheck aria-hidden />} data-testid="eligibility-ready">
            Tous les points sont conformes : le dossier peut être déclaré recevable.
          </Alert>
        ) : (
          <Alert color="orange" c="#853200" icon={<IconListCheck aria-hidden />} data-testid="eligibility-blockers">
            {recevableRefusal}
          </Alert>
        )}
        {tick.isError && (
          <Alert color="red.9" title="Le point n’a pas été modifié" data-testid="eligibility-tick-error">
            {errorMessage(tick.error)}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder layout="fixed" aria-label="Points de recevabilité" data-testid="eligibility-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Point</Table.Th>
                <Table.Th w={130}>État</Table.Th>
                <Table.Th w={120}>Vérification</Table.Th>
                <Table.Th w={230}>Détail</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.key} id={eligibilityPointId(item.key)} tabIndex={-1} data-testid="eligibility-item" data-key={item.key}>
                  <Table.Td>{item.label}</Table.Td>
                  <Table.Td>
                    <EligibilityStateBadge state={item.state} />
                  </Table.Td>
                  <Table.Td>{tickCell(item)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {item.checkedBy && item.checkedAt ? `Coché par ${item.checkedBy} le ${formatDateTime(item.checkedAt)}. ` : ''}
                      {item.detail}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <EligibilityTickHistory ticks={ticks} />
      </Stack>
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="application-eligibility-title" data-testid="eligibility-section">
      <Title order={2} id="application-eligibility-title">
        Recevabilité
      </Title>
      {content()}
    </Stack>
  );
}
