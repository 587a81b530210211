// "Données de démonstration": a fictional 2018 year to try the app on, loaded once and marked everywhere;
// its open call is where a newcomer holds a CAI session of their own.
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconDatabaseImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DemoLoadResult } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { callPath } from '../calls/call-labels.ts';
import { useDemoLoad } from './use-demo-load.ts';

function demoNotice(result: DemoLoadResult): { title: string; text: string } {
  const counts = `${result.providers} prestataires et ${result.applications} dossiers`;
  return result.status === 'created'
    ? { title: 'Données de démonstration chargées', text: `Un appel à projets, ${counts} ont été ajoutés.` }
    : { title: 'Données de démonstration déjà chargées', text: `Rien n’a changé : l’appel de démonstration, ses ${counts} sont déjà là.` };
}

export function DemoDataSection() {
  const demo = useDemoLoad();
  const notice = demo.isSuccess ? demoNotice(demo.data) : null;

  return (
    <Stack gap="sm" maw={880} component="section" aria-labelledby="demo-data-title" data-testid="demo-data">
      <Title order={2} id="demo-data-title">
        Données de démonstration
      </Title>
      <Text maw={760}>
        Une année fictive pour essayer l’application : un appel à projets 2018 avec ses prestataires et ses dossiers,
        sa séance CAI close et ses conventions, et un second appel, ouvert, dont les dossiers recevables attendent une
        séance. Ces données sont marquées «&nbsp;démonstration&nbsp;» partout.
      </Text>
      <div>
        <Button
          variant="default"
          leftSection={<IconDatabaseImport size={18} aria-hidden />}
          loading={demo.isPending}
          onClick={() => demo.mutate()}
          data-testid="demo-load"
        >
          Charger les données de démonstration
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {notice && demo.data && (
          <Alert
            color="teal"
            variant="light"
            // Mantine's tinted title is below 4.5:1 on the tinted background; the icon and tint carry the colour.
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
            icon={<IconCheck aria-hidden />}
            title={notice.title}
            data-testid="demo-result"
          >
            <Stack gap={4}>
              <Text size="sm">{notice.text}</Text>
              <Anchor component={Link} to={callPath(demo.data.callId)} size="sm" fw={600}>
                Voir l’appel à projets de démonstration
              </Anchor>
              {demo.data.openCall && (
                <Anchor component={Link} to={callPath(demo.data.openCall.callId)} size="sm" fw={600} data-testid="demo-open-call">
                  Voir l’appel ouvert : {demo.data.openCall.recevable} dossiers recevables à inscrire à une séance
                </Anchor>
              )}
            </Stack>
          </Alert>
        )}
      </div>
      {demo.isError && <ErrorAlert error={demo.error} title="Les données de démonstration n’ont pas pu être chargées" />}
    </Stack>
  );
}
