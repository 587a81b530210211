// "Pour essayer d'abord": the demo year, loaded from the checklist for someone who wants to try before
// typing anything; its open call is where they hold a CAI session of their own.
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconDatabaseImport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { callPath } from '../calls/call-labels.ts';
import { useDemoLoad } from '../settings/use-demo-load.ts';
import { setupStatusKey } from './use-setup-status.ts';

export function SetupDemoPanel() {
  const queryClient = useQueryClient();
  const demo = useDemoLoad();
  const load = () => demo.mutate(undefined, { onSuccess: () => void queryClient.invalidateQueries({ queryKey: setupStatusKey }) });

  return (
    <Paper withBorder p="md" bg="gray.0" component="section" aria-labelledby="setup-demo-title" data-testid="setup-demo">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="setup-demo-title">
          Pour essayer d’abord
        </Title>
        <Text size="sm">
          Une année fictive, sans rien saisir : un appel à projets 2018 avec ses dossiers, sa séance CAI close et ses
          conventions, et un second appel, ouvert, dont les dossiers recevables attendent la séance que vous tiendrez. Ces
          données sont marquées «&nbsp;démonstration&nbsp;» partout.
        </Text>
        {!demo.isSuccess && (
          <Button
            variant="default"
            leftSection={<IconDatabaseImport size={18} aria-hidden />}
            loading={demo.isPending}
            onClick={load}
            // A narrow column at 1280 px: the label wraps rather than spill out of the panel.
            h="auto"
            py={8}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            data-testid="setup-demo-load"
          >
            Charger les données de démonstration
          </Button>
        )}
        <div role="status" aria-live="polite">
          {demo.isSuccess && (
            <Alert color="teal" variant="light" styles={{ title: { color: 'var(--mantine-color-text)' } }} icon={<IconCheck aria-hidden />} title="Données de démonstration chargées" data-testid="setup-demo-result">
              <Stack gap={4}>
                <Anchor component={Link} to={callPath(demo.data.callId)} size="sm" fw={600}>
                  Voir l’appel à projets 2018, son année complète
                </Anchor>
                {demo.data.openCall && (
                  <Anchor component={Link} to={callPath(demo.data.openCall.callId)} size="sm" fw={600} data-testid="setup-demo-open-call">
                    Voir l’appel ouvert : {demo.data.openCall.recevable} dossiers recevables à inscrire à une séance
                  </Anchor>
                )}
              </Stack>
            </Alert>
          )}
        </div>
        {demo.isError && <ErrorAlert error={demo.error} title="Les données de démonstration n’ont pas pu être chargées" />}
      </Stack>
    </Paper>
  );
}
