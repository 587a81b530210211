// "Appels à projets": every call of every year, or, before the first, what a call is for.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CALLS_PATH } from './call-labels.ts';
import { CallEmptyState } from './call-empty-state.tsx';
import { CallTable } from './call-table.tsx';
import { useCallList } from './use-calls.ts';

export function CallListPage() {
  usePageTitle('Appels à projets');
  const list = useCallList();
  const hasCalls = list.isSuccess && list.data.length > 0;

  return (
    <Stack gap="lg" data-testid="calls-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Appels à projets</Title>
          <Text maw={760}>Un appel par année : sa période de dépôt, son enveloppe et ses priorités.</Text>
        </Stack>
        {hasCalls && (
          <Button component={Link} to={`${CALLS_PATH}/nouveau`} leftSection={<IconPlus size={18} aria-hidden />}>
            Nouvel appel à projets
          </Button>
        )}
      </Group>
      {list.isPending && <PageLoader label="Chargement des appels à projets…" />}
      {list.isError && (
        <ErrorAlert error={list.error} title="Les appels à projets n’ont pas pu être chargés" onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess && (hasCalls ? <CallTable calls={list.data} /> : <CallEmptyState />)}
    </Stack>
  );
}
