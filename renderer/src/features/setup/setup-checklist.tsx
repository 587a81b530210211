// "Pour commencer": the five steps of a first setup, each done or not as the host reads it, and the demo
// for whoever wants to try first. A page's content, not a dialog or a banner: the "who uses this computer"
// question of a first start may open over it without the two competing.
import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import type { SetupStatus } from '../../../../core/service/api.ts';
import { SetupDemoPanel } from './setup-demo-panel.tsx';
import { SetupStepItem } from './setup-step-item.tsx';
import { setupSteps } from './setup-steps.ts';

type Props = {
  status: SetupStatus;
  /** Whether "Masquer" was chosen on this computer for this database. */
  hidden: boolean;
  onHiddenChange: (hidden: boolean) => void;
};

export function SetupChecklist({ status, hidden, onHiddenChange }: Props) {
  const steps = setupSteps(status);
  // Offered while no demo is loaded, and kept for the visit that loads it: its result links to the open call.
  const [offerDemo] = useState(!status.demoLoaded);
  const done = steps.filter((step) => step.done).length;

  return (
    <Stack gap="lg" maw={1200} data-testid="setup-checklist">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} maw={880}>
          <Title order={1}>Pour commencer</Title>
          <Text>
            Cinq étapes pour préparer l’application avant la première campagne. Tant qu’il en reste à faire, cette page
            accueille l’ouverture de l’application ; elle s’efface quand tout est fait.
          </Text>
        </Stack>
        {hidden ? (
          <Button variant="default" leftSection={<IconEye size={18} aria-hidden />} onClick={() => onHiddenChange(false)} style={{ flexShrink: 0 }} data-testid="setup-show">
            Afficher à l’ouverture
          </Button>
        ) : (
          <Button variant="default" leftSection={<IconEyeOff size={18} aria-hidden />} onClick={() => onHiddenChange(true)} style={{ flexShrink: 0 }} data-testid="setup-hide">
            Masquer
          </Button>
        )}
      </Group>
      <Text fw={600} data-testid="setup-progress">
        {status.complete ? 'Tout est fait : l’application s’ouvre désormais sur le tableau de bord.' : `${done} étape${done > 1 ? 's' : ''} sur ${steps.length} ${done > 1 ? 'faites' : 'faite'}.`}
      </Text>
      {/* The demo beside the steps from 1000 px on: whoever wants to try first sees it without scrolling. */}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: offerDemo ? 8 : 12 }}>
          <Stack component="ol" gap="sm" m={0} p={0} maw={880} style={{ listStyle: 'none' }} aria-label="Étapes de la mise en route">
            {steps.map((step, index) => (
              <SetupStepItem key={step.key} step={step} number={index + 1} />
            ))}
          </Stack>
        </Grid.Col>
        {offerDemo && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <SetupDemoPanel />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
