// The recevabilité of every application of a call at a glance: how many points are met, what is left.
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { applicationPath } from '../applications/application-labels.ts';
import { ApplicationStatusBadge } from '../applications/application-status-badge.tsx';
import { useCallEligibility } from './use-eligibility.ts';

export function CallEligibilityTable({ callId }: { callId: number }) {
  const rows = useCallEligibility(callId);
  if (rows.isPending) return <PageLoader label="Calcul de la recevabilité…" />;
  if (rows.isError) return <ErrorAlert error={rows.error} title="La recevabilité n’a pas pu être calculée" onRetry={() => void rows.refetch()} />;
  if (rows.data.length === 0) return <Text size="sm">Aucun dossier dans cet appel.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped layout="fixed" aria-label="Recevabilité des dossiers de l’appel" data-testid="call-eligibility">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Dossier</Table.Th>
            <Table.Th w={120}>Statut</Table.Th>
            <Table.Th w={90}>Points</Table.Th>
            <Table.Th>Reste à faire</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.data.map((row) => (
            <Table.Tr key={row.applicationId} data-testid="call-eligibility-row">
              <Table.Td>
                <Anchor component={Link} to={applicationPath(row.applicationId)}>
                  {row.title}
                </Anchor>
                <Text size="sm">{row.providerName}</Text>
              </Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>
                {row.okCount} / {row.applicableCount}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.blockers.length === 0 ? 'Rien : tous les points sont conformes.' : row.blockers.join(' · ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
