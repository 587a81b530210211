// One call: its facts, envelopes per lever, priorities and the applications filed under it.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { CallEligibilityTable } from '../eligibility/call-eligibility-table.tsx';
import { IconPencil, IconTableImport } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { RelatedApplications } from '../applications/related-applications.tsx';
import { usePactList } from '../pact/use-pact-queries.ts';
import { parseCallId } from './call-id.ts';
import { CALLS_PATH, callEditPath } from './call-labels.ts';
import { CallFactsTable } from './call-facts-table.tsx';
import { CallLeverTable } from './call-lever-table.tsx';
import { CallNotFound } from './call-not-found.tsx';
import { CallSavedNotice } from './call-saved-notice.tsx';
import { CallStatusBadge } from './call-status-badge.tsx';
import { useCall } from './use-calls.ts';

export function CallDetailPage() {
  const callId = parseCallId(useParams().callId);
  const call = useCall(callId ?? 0, callId !== null);
  // Only for the pact's full title beside its code; the page reads well without it.
  const pacts = usePactList();
  usePageTitle(call.data?.title ?? 'Appel à projets');

  if (callId === null || (call.error instanceof ApiCallError && call.error.code === 'not_found')) return <CallNotFound />;
  if (call.isPending) return <PageLoader label="Chargement de l’appel à projets…" />;
  if (call.isError) {
    return <ErrorAlert error={call.error} title="L’appel à projets n’a pas pu être chargé" onRetry={() => void call.refetch()} />;
  }

  const detail = call.data;
  return (
    <Stack gap="lg" maw={880} data-testid="call-detail">
      <Stack gap={6}>
        <BackLink to={CALLS_PATH} label="Appels à projets" />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1} data-testid="call-title">
            {detail.title}
          </Title>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Button component={Link} to={`/import?appel=${detail.id}`} variant="default" leftSection={<IconTableImport size={18} aria-hidden />}>
              Importer un tableur
            </Button>
            <Button component={Link} to={callEditPath(detail.id)} leftSection={<IconPencil size={18} aria-hidden />} data-testid="call-edit">
              Modifier
            </Button>
          </Group>
        </Group>
        <Group gap="xs">
          <CallStatusBadge status={detail.status} />
          {detail.isDemo && <DemoBadge testId="call-demo" />}
        </Group>
      </Stack>
      <CallSavedNotice />
      <CallFactsTable call={detail} pact={pacts.data?.find((pact) => pact.id === detail.pactId)} />
      <Stack gap="sm" component="section" aria-labelledby="call-levers-title">
        <Title order={2} id="call-levers-title">
          Enveloppes par levier
        </Title>
        <CallLeverTable call={detail} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="call-priorities-title">
        <Title order={2} id="call-priorities-title">
          Priorités
        </Title>
        {detail.priorities ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="call-priorities">
            {detail.priorities}
          </Text>
        ) : (
          <Text size="sm">Aucune priorité n’a été indiquée.</Text>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="call-applications-title">
        <Title order={2} id="call-applications-title">
          Dossiers
        </Title>
        <RelatedApplications callId={detail.id} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="call-eligibility-title">
        <Title order={2} id="call-eligibility-title">
          Recevabilité des dossiers
        </Title>
        <Text size="sm" data-testid="call-checklist-summary">
          {detail.checklistItems.length === 0
            ? 'Points vérifiés : les points habituels (dossier complet, SIRET, contrat d’engagement républicain, compte rendu financier, budget équilibré, objectif du pacte).'
            : `Points vérifiés : les points habituels, et pour cet appel : ${detail.checklistItems.map((item) => `« ${item.label} »`).join(', ')}.`}
        </Text>
        <CallEligibilityTable callId={detail.id} />
      </Stack>
    </Stack>
  );
}
