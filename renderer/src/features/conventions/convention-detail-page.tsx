// One convention: its number, status and the next acts (present, validate, sign, start, close, end), the 23 000 €
// notice, the parties and facts, the amounts by year with their bilans, the schedule, payments, recoveries,
// avenants, documents and the history; a correction form while it is still a draft before the board.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isAmountEditable } from '../../../../core/domain/conventions/convention-status.ts';
import { CONVENTION_INSTRUMENT_LABELS } from '../../../../core/service/conventions/conventions-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { parseId } from '../applications/application-labels.ts';
import { AvenantsSection } from './avenants-section.tsx';
import { ConventionDocumentsSection } from './convention-documents-section.tsx';
import { ConventionEditForm } from './convention-edit-form.tsx';
import { ConventionFacts } from './convention-facts.tsx';
import { ConventionHistoryTable } from './convention-history-table.tsx';
import { CONVENTIONS_PATH } from './convention-labels.ts';
import { ConventionParties } from './convention-parties.tsx';
import { ConventionStatusBadge } from './convention-status-badge.tsx';
import { ConventionTransitionModal } from './convention-transition-modal.tsx';
import { TRANSITION_LABELS, availableTransitions, isDangerous, type TransitionTarget } from './convention-transitions.ts';
import { ConventionTargetsSection } from './convention-targets-section.tsx';
import { ConventionYearsSection } from './convention-years-section.tsx';
import { PaymentsSection } from './payments-section.tsx';
import { RecoveriesSection } from './recoveries-section.tsx';
import { ScheduleSection } from './schedule-section.tsx';
import { ThresholdNotice } from './threshold-notice.tsx';
import { useConvention } from './use-conventions.ts';

export function ConventionDetailPage() {
  const conventionId = parseId(useParams().id);
  const query = useConvention(conventionId ?? 0, conventionId !== null);
  const [target, setTarget] = useState<TransitionTarget | null>(null);
  const [editing, setEditing] = useState(false);
  usePageTitle(query.data ? `Convention ${query.data.number}` : 'Convention');

  if (conventionId === null || (query.error instanceof ApiCallError && query.error.code === 'not_found')) {
    return (
      <Stack gap="md" data-testid="convention-not-found">
        <BackLink to={CONVENTIONS_PATH} label="Conventions" />
        <Title order={1}>Convention introuvable</Title>
        <Text>Cette convention n’existe pas ou plus. Retrouvez les conventions dans la liste.</Text>
      </Stack>
    );
  }
  if (query.isPending) return <PageLoader label="Chargement de la convention…" />;
  if (query.isError) return <ErrorAlert error={query.error} title="La convention n’a pas pu être chargée" onRetry={() => void query.refetch()} />;

  const convention = query.data;
  const transitions = availableTransitions(convention);
  const editable = isAmountEditable(convention.status);
  return (
    <Stack gap="xl" maw={1100} data-testid="convention-detail">
      <Stack gap="sm">
        <BackLink to={CONVENTIONS_PATH} label="Conventions" />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={1} data-testid="convention-title">
              {CONVENTION_INSTRUMENT_LABELS[convention.instrument]} {convention.number}
            </Title>
            <Text size="lg">
              {convention.providerName} — {convention.applicationTitle}
            </Text>
          </Stack>
          {editable && !editing && (
            <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)} style={{ flexShrink: 0 }} data-testid="convention-edit">
              Corriger
            </Button>
          )}
        </Group>
        <Group gap="sm" role="group" aria-label="Statut de la convention">
          <ConventionStatusBadge status={convention.status} size="lg" />
          {convention.isDemo && <DemoBadge testId="convention-demo" />}
          {transitions.map((to) => (
            <Button key={to} size="sm" variant={isDangerous(to) ? 'subtle' : 'light'} color={isDangerous(to) ? 'red.9' : undefined} c={isDangerous(to) ? '#a51111' : undefined} onClick={() => setTarget(to)} data-testid={`convention-to-${to}`}>
              {TRANSITION_LABELS[to]}
            </Button>
          ))}
        </Group>
        {convention.overdueCount > 0 && (
          <Alert color="red" c="#a51111" variant="light" maw={880} data-testid="convention-overdue">
            {convention.overdueCount === 1 ? 'Une échéance a dépassé' : `${convention.overdueCount} échéances ont dépassé`} le délai légal de paiement (60 jours après le déclencheur).
          </Alert>
        )}
      </Stack>
      <ThresholdNotice convention={convention} />
      {editing && <ConventionEditForm convention={convention} onDone={() => setEditing(false)} />}
      <ConventionParties convention={convention} />
      <ConventionFacts convention={convention} />
      <ConventionYearsSection convention={convention} />
      <ConventionTargetsSection convention={convention} />
      <ScheduleSection convention={convention} />
      <PaymentsSection convention={convention} />
      <RecoveriesSection convention={convention} />
      <AvenantsSection convention={convention} />
      <ConventionDocumentsSection convention={convention} />
      <ConventionHistoryTable history={convention.history} />
      <ConventionTransitionModal key={target ?? 'none'} convention={convention} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
