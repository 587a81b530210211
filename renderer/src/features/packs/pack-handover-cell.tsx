// One member's hand-over on the session page, as the host recorded it: the jury pack given to them (when,
// by whom, encrypted or not, how many times), and their notes received back.
import { Stack, Text } from '@mantine/core';
import type { JuryPackHandover, ScorePackReturn } from '../../../../core/service/api.ts';
import { formatDateTime } from '../applications/application-labels.ts';

type Props = { handovers: JuryPackHandover[]; returns: ScorePackReturn[] };

/** handovers and returns: this member's, the latest first (as juryPack.list gives them). */
export function PackHandoverCell({ handovers, returns }: Props) {
  const [last] = handovers;
  const [back] = returns;
  if (!last) {
    return (
      <Text size="sm" data-testid="offline-handover" data-state="none">
        Aucun dossier remis
      </Text>
    );
  }
  const earlier = handovers.length - 1;
  return (
    <Stack gap={2}>
      <Text size="sm" data-testid="offline-handover" data-state="handed">
        Remis le {formatDateTime(last.exportedAt)} par {last.exportedBy}, {last.isEncrypted ? 'chiffré' : 'non chiffré'}
        {earlier > 0 ? ` (${earlier > 1 ? `${earlier} dossiers remis avant` : '1 dossier remis avant'})` : ''}
      </Text>
      {back && (
        <Text size="sm" data-testid="offline-returned">
          Notes reçues le {formatDateTime(back.importedAt)}
        </Text>
      )}
    </Stack>
  );
}
