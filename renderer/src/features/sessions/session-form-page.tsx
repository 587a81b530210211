// "Nouvelle séance" and "Modifier la séance": loads the calls, grids and jurors the form offers, then mounts it.
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { parseId } from '../applications/application-labels.ts';
import { CALLS_PATH } from '../calls/call-labels.ts';
import { useCallList } from '../calls/use-calls.ts';
import { useJurorList } from '../jurors/use-jurors.ts';
import { SessionForm } from './session-form.tsx';
import { SESSIONS_PATH, sessionPath } from './session-labels.ts';
import { SessionNotFound } from './session-not-found.tsx';
import { useGridList, useSession } from './use-sessions.ts';

export function SessionFormPage() {
  const params = useParams();
  const [searchParams] = useSearchParams();
  const editing = params.id !== undefined;
  const sessionId = parseId(params.id);
  const session = useSession(sessionId ?? 0, sessionId !== null);
  const calls = useCallList();
  const grids = useGridList();
  const jurors = useJurorList();
  const title = editing ? 'Modifier la séance' : 'Nouvelle séance';
  usePageTitle(session.data ? `Modifier · ${session.data.title}` : title);

  if (editing && (sessionId === null || (session.error instanceof ApiCallError && session.error.code === 'not_found'))) return <SessionNotFound />;

  const queries = [editing ? session : null, calls, grids, jurors];
  const failed = queries.find((query) => query?.isError);
  const ready = calls.isSuccess && grids.isSuccess && jurors.isSuccess && (!editing || session.isSuccess);
  const noCall = calls.isSuccess && calls.data.length === 0;

  return (
    <Stack gap="lg" data-testid="session-form-page">
      <Stack gap={4}>
        <BackLink to={session.data ? sessionPath(session.data.id) : SESSIONS_PATH} label={session.data?.title ?? 'Séances CAI'} />
        <Title order={1}>{title}</Title>
        <Text maw={760}>Les champs marqués d’un astérisque sont obligatoires.</Text>
      </Stack>
      {noCall && (
        <Alert color="orange" c="#853200" variant="light" title="Aucun appel à projets">
          Une séance examine les dossiers d’un appel à projets : <Anchor component={Link} to={`${CALLS_PATH}/nouveau`}>créez d’abord l’appel</Anchor>.
        </Alert>
      )}
      {failed && <ErrorAlert error={failed.error} title="Le formulaire n’a pas pu être préparé" onRetry={() => void failed.refetch()} />}
      {!failed && !ready && <PageLoader label="Préparation du formulaire…" />}
      {ready && !noCall && (
        <SessionForm session={session.data} calls={calls.data} grids={grids.data} jurors={jurors.data} prefillCallId={editing ? null : parseId(searchParams.get('appel'))} />
      )}
    </Stack>
  );
}
