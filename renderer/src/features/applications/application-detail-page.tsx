// One application as filed: who and what, the pact objectives it serves, its public and places, its
// dates, its budget, its indicators, where it stands on eligibility with the trace of every step, and
// (first, once there is one) what the commission decided and the convention that followed.
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AttachmentsSection } from '../attachments/attachments-section.tsx';
import { callPath } from '../calls/call-labels.ts';
import { providerPath } from '../providers/provider-labels.ts';
import { ApplicationBudgetView } from './application-budget-view.tsx';
import { ApplicationDecisionsSection } from './application-decisions-section.tsx';
import { ApplicationFactsTable } from './application-facts-table.tsx';
import { ApplicationIndicatorsView } from './application-indicators-view.tsx';
import { APPLICATIONS_PATH, applicationEditPath, parseId } from './application-labels.ts';
import { ApplicationNotFound } from './application-not-found.tsx';
import { ApplicationObjectivesView } from './application-objectives-view.tsx';
import { ApplicationSavedNotice } from './application-saved-notice.tsx';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { EligibilitySection } from '../eligibility/eligibility-section.tsx';
import { StatusPanel } from './status-panel.tsx';
import { useApplication } from './use-applications.ts';

const section = (id: string, title: string, content: ReactNode) => (
  <Stack gap="sm" component="section" aria-labelledby={id}>
    <Title order={2} id={id}>
      {title}
    </Title>
    {content}
  </Stack>
);

const longText = (text: string, empty: string, testId: string) =>
  text ? (
    <Text style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {text}
    </Text>
  ) : (
    <Text size="sm">{empty}</Text>
  );

export function ApplicationDetailPage() {
  const id = parseId(useParams().id);
  const query = useApplication(id);
  usePageTitle(query.data?.title ?? 'Dossier');

  if (id === null || (query.error instanceof ApiCallError && query.error.code === 'not_found')) return <ApplicationNotFound />;
  if (query.isPending) return <PageLoader label="Chargement du dossier…" />;
  if (query.isError) return <ErrorAlert error={query.error} title="Le dossier n’a pas pu être chargé" onRetry={() => void query.refetch()} />;

  const application = query.data;
  return (
    <Stack gap="xl" maw={1100} data-testid="application-detail">
      <Stack gap={6}>
        <BackLink to={APPLICATIONS_PATH} label="Dossiers" />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1} data-testid="application-title">
            {application.title}
          </Title>
          {/* Long titles wrap; the button keeps its width. */}
          <Button component={Link} to={applicationEditPath(application.id)} style={{ flexShrink: 0 }} leftSection={<IconPencil size={18} aria-hidden />} data-testid="application-edit">
            Modifier
          </Button>
        </Group>
        <Group gap="xs">
          <ApplicationStatusBadge status={application.status} />
          {application.isDemo && <DemoBadge testId="application-demo" />}
          <Text size="sm">
            Dossier n° {application.id} ·{' '}
            <Anchor component={Link} to={providerPath(application.providerId)} data-testid="application-provider-link">
              {application.providerName}
            </Anchor>{' '}
            ·{' '}
            <Anchor component={Link} to={callPath(application.callId)} data-testid="application-call-link">
              {application.callTitle}
            </Anchor>
          </Text>
        </Group>
      </Stack>
      <ApplicationSavedNotice />
      {/* Once decided, the decision is what people come for: first. Before, a line near the status. */}
      {application.decisions.length > 0 && <ApplicationDecisionsSection application={application} />}
      {section(
        'application-summary-title',
        'Résumé et description',
        <Stack gap="sm">
          {longText(application.summary, 'Aucun résumé.', 'application-summary')}
          {application.description && longText(application.description, '', 'application-description')}
        </Stack>,
      )}
      {section('application-objectives-title', 'Objectifs du pacte', <ApplicationObjectivesView objectives={application.objectives} />)}
      {section('application-facts-title', 'Public, territoires et calendrier', <ApplicationFactsTable application={application} />)}
      {section('application-mobility-title', 'Mobilité', longText(application.mobility, 'La façon dont l’action traite la mobilité n’a pas été indiquée.', 'application-mobility'))}
      {section('application-budget-title', 'Budget prévisionnel', <ApplicationBudgetView application={application} />)}
      {section('application-indicators-title', 'Indicateurs proposés', <ApplicationIndicatorsView indicators={application.indicators} />)}
      <AttachmentsSection applicationId={application.id} />
      <EligibilitySection applicationId={application.id} />
      {application.decisions.length === 0 && <ApplicationDecisionsSection application={application} />}
      <StatusPanel application={application} />
    </Stack>
  );
}
