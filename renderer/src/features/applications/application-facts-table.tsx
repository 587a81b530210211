// The action at a glance: publics and participants, territories, dates, renewal, duration.
import { Badge, Group, Table, Text } from '@mantine/core';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import type { ApplicationDetail } from '../../../../core/service/api.ts';
import { DURATION_LABELS, PUBLIC_LABELS } from '../../../../core/service/applications/applications-api.ts';
import { needsQpvBadge } from './application-labels.ts';

type Props = { application: ApplicationDetail };

const none = (text: string) => (
  <Text span size="sm" c="dimmed">
    {text}
  </Text>
);

function period({ startsOn, endsOn }: ApplicationDetail): string | null {
  if (startsOn && endsOn) return `du ${formatFrenchDate(startsOn)} au ${formatFrenchDate(endsOn)}`;
  if (startsOn) return `à partir du ${formatFrenchDate(startsOn)}`;
  if (endsOn) return `jusqu’au ${formatFrenchDate(endsOn)}`;
  return null;
}

export function ApplicationFactsTable({ application }: Props) {
  const publics = application.publics.map((key) => (key === 'autre' && application.publicOther ? `${PUBLIC_LABELS.autre} : ${application.publicOther}` : PUBLIC_LABELS[key]));
  const dates = period(application);
  return (
    <Table variant="vertical" withTableBorder layout="fixed" data-testid="application-facts">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={220}>Publics visés</Table.Th>
          <Table.Td data-testid="application-publics">{publics.length > 0 ? publics.join(' · ') : none('Non précisés')}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Participants attendus</Table.Th>
          <Table.Td data-testid="application-participants">
            {`${application.expectedParticipants.toLocaleString('fr-FR')}, dont ${application.expectedRsaParticipants.toLocaleString('fr-FR')} allocataire${application.expectedRsaParticipants > 1 ? 's' : ''} du RSA`}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Territoires</Table.Th>
          <Table.Td data-testid="application-territories">
            {application.territories.length === 0
              ? none('Non précisés')
              : (
                <Group gap={6}>
                  {application.territories.map((territory) => (
                    <Badge key={territory.id} variant={territory.isPriority ? 'filled' : 'light'} color={territory.isPriority ? 'grape' : 'gray'} tt="none" size="md">
                      {territory.name}
                      {needsQpvBadge(territory) && ' · QPV'}
                    </Badge>
                  ))}
                </Group>
              )}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Dates de l’action</Table.Th>
          <Table.Td data-testid="application-dates">{dates ?? none('Non fixées')}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Nouvelle action ou renouvellement</Table.Th>
          <Table.Td data-testid="application-renewal">{application.isRenewal ? 'Renouvellement' : 'Nouvelle action'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Durée</Table.Th>
          <Table.Td data-testid="application-duration">{DURATION_LABELS[application.duration]}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
