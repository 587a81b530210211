// "Nouvel appel à projets" and "Modifier l'appel": loads what the form starts from, then mounts it.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePactDetail, usePactList } from '../pact/use-pact-queries.ts';
import { parseCallId } from './call-id.ts';
import { CALLS_PATH, callPath, pactInForce } from './call-labels.ts';
import { CallForm } from './call-form.tsx';
import { CallNotFound } from './call-not-found.tsx';
import { useCall } from './use-calls.ts';

export function CallFormPage() {
  const params = useParams();
  const editing = params.callId !== undefined;
  const callId = parseCallId(params.callId);
  const call = useCall(callId ?? 0, callId !== null);
  const pacts = usePactList();
  // A new call starts in the current year, whose pact (as on the host) gives the levers shown first.
  const [defaultYear] = useState(() => new Date().getFullYear());
  const pactId = editing ? call.data?.pactId : pacts.data && pactInForce(pacts.data, defaultYear)?.id;
  const pact = usePactDetail(pactId, pactId !== undefined);
  const title = editing ? 'Modifier l’appel à projets' : 'Nouvel appel à projets';
  usePageTitle(call.data ? `Modifier · ${call.data.title}` : title);

  const missing = editing && (callId === null || (call.error instanceof ApiCallError && call.error.code === 'not_found'));
  if (missing) return <CallNotFound />;

  const noPact = pacts.isSuccess && pacts.data.length === 0;
  const failed = [editing ? call : null, pacts, pact].find((query) => query?.isError);
  const ready = pacts.isSuccess && pact.isSuccess && (!editing || call.isSuccess);

  return (
    <Stack gap="lg" data-testid="call-form-page">
      <Stack gap={4}>
        <BackLink to={call.data ? callPath(call.data.id) : CALLS_PATH} label={call.data?.title ?? 'Appels à projets'} />
        <Title order={1}>{title}</Title>
        <Text maw={760}>Les champs marqués d’un astérisque sont obligatoires.</Text>
      </Stack>
      {noPact && (
        <Alert color="orange" variant="light" title="Aucun référentiel du pacte">
          Un appel à projets se rattache au pacte en vigueur : importez d’abord un référentiel dans les Paramètres.
        </Alert>
      )}
      {failed && (
        <ErrorAlert error={failed.error} title="Le formulaire n’a pas pu être préparé" onRetry={() => void failed.refetch()} />
      )}
      {!noPact && !failed && !ready && <PageLoader label="Préparation du formulaire…" />}
      {ready && <CallForm call={call.data} pacts={pacts.data} initialPact={pact.data} defaultYear={defaultYear} />}
    </Stack>
  );
}
