// "Statut et historique": where the application stands, the steps it may take next, and its trace. Once
// the commission has decided on the file, the steps are closed and the host's reason says where to go.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApplicationRecord } from '../../../../core/service/api.ts';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { StatusChangeModal } from './status-change-modal.tsx';
import { StatusHistoryTable } from './status-history-table.tsx';
import { transitionsFrom } from './status-transitions.ts';
import type { Transition } from './status-transitions.ts';

type Props = { application: ApplicationRecord };

export function StatusPanel({ application }: Props) {
  const [chosen, setChosen] = useState<Transition | null>(null);
  const transitions = transitionsFrom(application.status);
  return (
    <Stack gap="sm" component="section" aria-labelledby="application-status-title" data-testid="status-panel">
      <Title order={2} id="application-status-title">
        Statut et historique
      </Title>
      <Group gap="xs">
        <Text fw={600}>Statut actuel :</Text>
        <ApplicationStatusBadge status={application.status} size="lg" />
      </Group>
      {application.statusReason && application.history.length > 1 && (
        <Text size="sm" data-testid="status-reason-current">
          Motif : {application.statusReason}
        </Text>
      )}
      {application.statusLock && (
        <Alert color="gray" icon={<IconLock aria-hidden />} title="Statut figé par la décision de la commission" data-testid="status-locked">
          {application.statusLock}
        </Alert>
      )}
      <Group gap="sm" role="group" aria-label="Changer le statut">
        {transitions.map((transition) => (
          <Button
            key={transition.to}
            variant={transition.to === 'irrecevable' ? 'outline' : 'light'}
            color={transition.to === 'irrecevable' ? 'red.9' : undefined}
            disabled={!transition.possible || application.statusLock !== null}
            onClick={() => setChosen(transition)}
            data-testid={`status-to-${transition.to}`}
          >
            {transition.label}
          </Button>
        ))}
      </Group>
      {application.status === 'brouillon' && <Text size="sm">Déposez le dossier pour pouvoir statuer sur sa recevabilité.</Text>}
      <StatusHistoryTable history={application.history} />
      <StatusChangeModal applicationId={application.id} from={application.status} transition={chosen} onClose={() => setChosen(null)} />
    </Stack>
  );
}
