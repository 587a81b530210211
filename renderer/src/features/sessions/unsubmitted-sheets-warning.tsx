// Before the deliberation: the members whose sheets are not all submitted, named with how far they got.
// Their drafts will not count; the chair moves on only by ticking that they know it.
import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { UnsubmittedJuror } from '../../../../core/service/api.ts';
import { MEMBER_ATTENDANCE_LABELS } from '../../../../core/service/sessions/sessions-api.ts';

type Props = { unsubmitted: UnsubmittedJuror[]; acknowledged: boolean; onAcknowledge: (value: boolean) => void; error: string | null };

function progressText(juror: UnsubmittedJuror): string {
  const sheets = juror.toScoreCount > 1 ? 'fiches complètes' : 'fiche complète';
  const attendance = juror.attendance === 'convoque' || juror.attendance === 'present' ? '' : ` (${MEMBER_ATTENDANCE_LABELS[juror.attendance].toLowerCase()})`;
  return `${juror.completeCount} / ${juror.toScoreCount} ${sheets}, notation non soumise${attendance}`;
}

export function UnsubmittedSheetsWarning({ unsubmitted, acknowledged, onAcknowledge, error }: Props) {
  const many = unsubmitted.length > 1;
  return (
    <Alert color="orange" c="#853200" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Des fiches ne sont pas soumises" data-testid="status-unsubmitted">
      <Stack gap="sm">
        <Text size="sm" c="var(--mantine-color-text)">
          {many ? `${unsubmitted.length} membres n’ont pas soumis leur notation` : 'Un membre n’a pas soumis sa notation'} : leurs fiches ne compteront pas dans les
          résultats tant qu’elles ne sont pas soumises (fiches papier ou notes d’un ordinateur de juré peuvent encore être saisies en délibération).
        </Text>
        <List size="sm" spacing={4} c="var(--mantine-color-text)">
          {unsubmitted.map((juror) => (
            <List.Item key={juror.jurorId} data-testid="status-unsubmitted-juror">
              <Text span fw={600} size="sm">
                {juror.jurorName}
              </Text>{' '}
              : {progressText(juror)}
            </List.Item>
          ))}
        </List>
        <Checkbox
          label="Je passe en délibération sans attendre ces fiches"
          checked={acknowledged}
          onChange={(event) => onAcknowledge(event.currentTarget.checked)}
          error={error}
          c="var(--mantine-color-text)"
          // Mantine's red falls below 4.5:1 on the orange tint: the darker red of the other alerts.
          styles={{ error: { color: '#a51111' } }}
          data-testid="status-unsubmitted-ack"
        />
      </Stack>
    </Alert>
  );
}
