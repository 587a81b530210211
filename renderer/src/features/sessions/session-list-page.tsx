// "Séances CAI": every session of the commission, latest first, or what a session is for before the first.
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { JuryPackHint } from '../packs/jury-pack-links.tsx';
import { SESSIONS_PATH } from './session-labels.ts';
import { SessionTable } from './session-table.tsx';
import { SessionsTabs } from './sessions-tabs.tsx';
import { useSessionList } from './use-sessions.ts';

function NewSessionButton() {
  return (
    <Button component={Link} to={`${SESSIONS_PATH}/nouvelle`} leftSection={<IconPlus size={18} aria-hidden />} data-testid="session-new">
      Nouvelle séance
    </Button>
  );
}

export function SessionListPage() {
  usePageTitle('Séances CAI');
  const list = useSessionList();
  const hasSessions = list.isSuccess && list.data.length > 0;

  return (
    <SessionsTabs active="seances" intro="La commission se réunit pour noter les dossiers recevables et donner son avis : jury, présences et quorum, ordre du jour, conflits d’intérêts." actions={hasSessions ? <NewSessionButton /> : undefined}>
      <Stack gap="md" data-testid="sessions-page">
        {list.isPending && <PageLoader label="Chargement des séances…" />}
        {list.isError && <ErrorAlert error={list.error} title="Les séances n’ont pas pu être chargées" onRetry={() => void list.refetch()} />}
        {list.isSuccess &&
          (hasSessions ? (
            <SessionTable sessions={list.data} />
          ) : (
            <Paper withBorder p="xl" maw={760} data-testid="sessions-empty">
              <Stack gap="md" align="flex-start">
                <Title order={2}>Aucune séance pour l’instant</Title>
                <Text>
                  Une séance de la CAI réunit le jury convoqué pour un appel à projets : chaque membre note les dossiers recevables
                  selon la grille d’évaluation, sans voir les notes des autres, puis la commission délibère et rend son avis.
                </Text>
                <Text>Enregistrez d’abord les membres du jury (onglet « Membres du jury »), puis créez la séance.</Text>
                <NewSessionButton />
                <JuryPackHint />
              </Stack>
            </Paper>
          ))}
      </Stack>
    </SessionsTabs>
  );
}
