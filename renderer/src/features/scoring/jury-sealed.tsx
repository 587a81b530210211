// After the submit: thanks, and what the seal means; the juror hands the laptop back with "Quitter". On the
// juror's own laptop, the notes still have to reach the chair: "Exporter mes notes" comes first.
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { JurySession } from '../../../../core/service/api.ts';
import { formatDateTime } from '../applications/application-labels.ts';
import { ScorePackExportPanel } from '../packs/score-pack-export-panel.tsx';
import { useLaptopPack } from '../packs/use-packs.ts';
import { plural } from './scoring-labels.ts';

export function JurySealed({ session, onQuit }: { session: JurySession; onQuit: () => void }) {
  const laptop = useLaptopPack();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <Stack gap="lg" maw={720} data-testid="jury-sealed">
      <Title order={1} ref={titleRef} tabIndex={-1} style={{ outline: 'none' }}>
        Merci, {session.jurorName} : votre notation est soumise
      </Title>
      <Alert color="teal" variant="light" icon={<IconLock aria-hidden />} title="Vos fiches sont scellées" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
        <Stack gap="xs">
          <Text size="sm">
            {plural(session.toScoreCount, 'dossier')} noté{session.toScoreCount > 1 ? 's' : ''}
            {session.submittedAt ? `, soumis le ${formatDateTime(session.submittedAt)}` : ''}. Vous ne pouvez plus les modifier ; seul le président du jury peut les rouvrir, en
            indiquant un motif.
          </Text>
          <Text size="sm">Vos notes restent secrètes jusqu’à ce que le président les révèle, en délibération.</Text>
        </Stack>
      </Alert>
      {laptop ? <ScorePackExportPanel pack={laptop} /> : <Text>Vous pouvez quitter le mode juré et rendre l’ordinateur.</Text>}
      <Button w="fit-content" size="md" leftSection={<IconLogout size={18} aria-hidden />} onClick={onQuit} data-testid="jury-sealed-quit">
        Quitter le mode juré
      </Button>
    </Stack>
  );
}
