// "Nouveau dossier" (optionally ?appel=ID&prestataire=ID, from a call's or a provider's page) and
// "Modifier le dossier": loads what the form picks from, then mounts it.
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCallList } from '../calls/use-calls.ts';
import { ApplicationForm } from './application-form.tsx';
import { APPLICATIONS_PATH, applicationPath, parseId } from './application-labels.ts';
import { ApplicationNotFound } from './application-not-found.tsx';
import { useApplication, useTerritories } from './use-applications.ts';

export function ApplicationFormPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const editing = params.id !== undefined;
  const id = parseId(params.id);
  const application = useApplication(editing ? id : null);
  const calls = useCallList();
  const territories = useTerritories();
  const title = editing ? 'Modifier le dossier' : 'Nouveau dossier';
  usePageTitle(application.data ? `Modifier · ${application.data.title}` : title);

  if (editing && (id === null || (application.error instanceof ApiCallError && application.error.code === 'not_found'))) return <ApplicationNotFound />;

  const noCall = calls.isSuccess && calls.data.length === 0;
  const failed = [editing ? application : null, calls, territories].find((query) => query?.isError);
  const ready = calls.isSuccess && territories.isSuccess && (!editing || application.isSuccess);
  const prefill = {
    callId: parseId(search.get('appel')) ?? undefined,
    providerId: parseId(search.get('prestataire')) ?? undefined,
  };

  return (
    <Stack gap="lg" data-testid="application-form-page">
      <Stack gap={4}>
        <BackLink to={application.data ? applicationPath(application.data.id) : APPLICATIONS_PATH} label={application.data?.title ?? 'Dossiers'} />
        <Title order={1}>{title}</Title>
        <Text maw={760}>Les champs marqués d’un astérisque sont obligatoires ; le reste peut être complété plus tard.</Text>
      </Stack>
      {noCall && (
        <Alert color="orange" variant="light" title="Aucun appel à projets">
          Un dossier se rattache à un appel à projets :{' '}
          <Anchor component={Link} to="/appels-a-projets/nouveau">
            ouvrez d’abord l’appel de l’année
          </Anchor>
          .
        </Alert>
      )}
      {failed && <ErrorAlert error={failed.error} title="Le formulaire n’a pas pu être préparé" onRetry={() => void failed.refetch()} />}
      {!noCall && !failed && !ready && <PageLoader label="Préparation du formulaire…" />}
      {ready && !noCall && (
        // Another prefill or another application is another form, not the same one with stale values.
        <ApplicationForm
          key={`${params.id ?? 'nouveau'}?${search.toString()}`}
          application={application.data}
          calls={calls.data}
          territories={territories.data}
          prefill={prefill}
        />
      )}
    </Stack>
  );
}
