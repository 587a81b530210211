// On a closed session's page: "Préparer les conventions" drafts one convention per favourable avis (a second
// run drafts nothing new), then says what was drafted, what was not and why, and leads to the list.
import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileCertificate, IconListDetails } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { conventionCount, conventionPath, sessionConventionsPath } from './convention-labels.ts';
import { useConventionList, useDraftConventions } from './use-conventions.ts';

type Props = { sessionId: number };

export function DraftConventionsSection({ sessionId }: Props) {
  const draft = useDraftConventions();
  const existing = useConventionList({ sessionId });
  const count = existing.data?.totals.count ?? 0;
  const report = draft.data;

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-conventions-title" data-testid="session-conventions">
      <Title order={2} id="session-conventions-title">
        Conventions
      </Title>
      <Text size="sm" maw={760}>
        La séance est close : une convention est rédigée pour chaque avis favorable (sous réserve compris, ses conditions y sont reprises), au montant proposé. Les
        conventions déjà préparées ne sont pas refaites.
      </Text>
      <Group gap="sm">
        <Button leftSection={<IconFileCertificate size={18} aria-hidden />} loading={draft.isPending} onClick={() => draft.mutate(sessionId)} data-testid="session-draft-conventions">
          Préparer les conventions
        </Button>
        {count > 0 && (
          <Button component={Link} to={sessionConventionsPath(sessionId)} variant="default" leftSection={<IconListDetails size={18} aria-hidden />} data-testid="session-conventions-link">
            Voir les conventions de la séance ({count})
          </Button>
        )}
      </Group>
      <div role="status" aria-live="polite">
        {report && (
          <Alert color={report.drafted.length > 0 ? 'teal' : 'pacte'} c={report.drafted.length > 0 ? '#0b5e45' : undefined} variant="light" maw={880} title={report.drafted.length > 0 ? `${conventionCount(report.drafted.length)} préparée${report.drafted.length > 1 ? 's' : ''}` : 'Aucune nouvelle convention'} data-testid="draft-report">
            <Stack gap="xs">
              {report.drafted.length > 0 && (
                <List size="sm" data-testid="draft-drafted">
                  {report.drafted.map((convention) => (
                    <List.Item key={convention.id}>
                      <Anchor component={Link} to={conventionPath(convention.id)} size="sm" underline="always">
                        {convention.number}
                      </Anchor>{' '}
                      — {convention.providerName}, {convention.applicationTitle} : {formatEuros(convention.totalCents)}
                    </List.Item>
                  ))}
                </List>
              )}
              {report.skipped.length > 0 && (
                <>
                  <Text size="sm" fw={600}>
                    Non préparées :
                  </Text>
                  <List size="sm" data-testid="draft-skipped">
                    {report.skipped.map((skipped) => (
                      <List.Item key={skipped.applicationId}>
                        {skipped.title} — {skipped.reason}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              <Anchor component={Link} to={sessionConventionsPath(sessionId)} size="sm" data-testid="draft-report-link">
                Voir les conventions de la séance
              </Anchor>
            </Stack>
          </Alert>
        )}
      </div>
      {draft.isError && (
        <Alert color="red" c="#a51111" variant="light" title="Les conventions n’ont pas été préparées" role="alert" maw={880} data-testid="draft-error">
          {errorMessage(draft.error)}
        </Alert>
      )}
    </Stack>
  );
}
