// The applications of one call or one provider, compact, on that call's or provider's page: each links
// to its detail with the commission's latest avis, and "Nouveau dossier" opens the form prefilled with
// the call or the provider. The count and sums are the host's, over all of them, not over the rows shown.
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ApplicationList } from '../../../../core/service/api.ts';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { APPLICATIONS_PATH, applicationCount, applicationPath, newApplicationPath } from './application-labels.ts';
import { ApplicationAvisBadge } from './application-avis-badge.tsx';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { useApplicationList } from './use-applications.ts';

type Props = { callId: number; providerId?: undefined } | { providerId: number; callId?: undefined };

const SHOWN = 200;
const amountStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** "2 000 dossiers · 49 620 810,00 € demandés · 1 200 000,00 € proposés". */
function relatedSentence(list: ApplicationList): string {
  const proposed = list.proposedTotalCents > 0 ? ` · ${formatEuros(list.proposedTotalCents)} proposés` : '';
  return `${applicationCount(list.total)} · ${formatEuros(list.requestedTotalCents)} demandés${proposed}`;
}

export function RelatedApplications(props: Props) {
  const byCall = props.callId !== undefined;
  const filter = byCall ? { callId: props.callId } : { providerId: props.providerId };
  // A provider's applications read newest call first; a call's by title.
  const list = useApplicationList({ ...filter, sort: byCall ? 'title' : 'updated', descending: !byCall, limit: SHOWN });
  const listAddress = `${APPLICATIONS_PATH}?${byCall ? `appel=${props.callId}` : `prestataire=${props.providerId}`}`;

  return (
    <Stack gap="sm" data-testid="related-applications">
      <Group justify="space-between" align="center">
        <Text fw={600} role="status" aria-live="polite" data-testid="related-applications-count">
          {list.isSuccess ? relatedSentence(list.data) : ''}
        </Text>
        <Group gap="sm">
          {list.isSuccess && list.data.total > 0 && (
            <Anchor component={Link} to={listAddress} size="sm">
              Voir dans la liste des dossiers
            </Anchor>
          )}
          <Button component={Link} to={newApplicationPath(filter)} size="sm" variant="light" leftSection={<IconPlus size={16} aria-hidden />} data-testid="related-new-application">
            Nouveau dossier
          </Button>
        </Group>
      </Group>
      {list.isPending && <PageLoader label="Chargement des dossiers…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les dossiers n’ont pas pu être chargés" onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.total === 0 && <Text size="sm">{byCall ? 'Aucun dossier n’est encore rattaché à cet appel.' : 'Ce prestataire n’a encore déposé aucun dossier.'}</Text>}
      {list.isSuccess && list.data.items.length > 0 && (
        <Table withTableBorder layout="fixed" verticalSpacing="xs" aria-label={byCall ? 'Dossiers de l’appel' : 'Dossiers du prestataire'}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Intitulé</Table.Th>
              <Table.Th w={byCall ? '30%' : 80}>{byCall ? 'Prestataire' : 'Appel'}</Table.Th>
              <Table.Th w={130} ta="right">
                Demandé
              </Table.Th>
              <Table.Th w={170}>Avis de la CAI</Table.Th>
              <Table.Th w={120}>Statut</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((application) => (
              <Table.Tr key={application.id} data-testid="related-application-row">
                <Table.Td>
                  <Anchor component={Link} to={applicationPath(application.id)} size="sm" fw={600}>
                    {application.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{byCall ? application.providerName : application.callYear}</Table.Td>
                <Table.Td ta="right" style={amountStyle}>
                  {formatEuros(application.requestedCents)}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <ApplicationAvisBadge kind={application.avisKind} />
                    {application.avisProposedCents !== null && application.avisProposedCents > 0 && (
                      <Text size="xs" style={amountStyle} data-testid="related-application-proposed">
                        {formatEuros(application.avisProposedCents)}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ApplicationStatusBadge status={application.status} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.isSuccess && list.data.total > list.data.items.length && (
        <Text size="sm">
          {`Les ${SHOWN} premiers sont affichés ; `}
          <Anchor component={Link} to={listAddress}>
            voir les {list.data.total.toLocaleString('fr-FR')} dans la liste
          </Anchor>
          .
        </Text>
      )}
    </Stack>
  );
}
