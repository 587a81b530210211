// One session of the CAI: its facts and status (with the next steps), the way to the jurors' sheets and the
// deliberation, then what is prepared here: jury and attendance with the quorum, agenda, conflicts of interest.
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { nextSessionStatuses } from '../../../../core/domain/jury/session-status.ts';
import type { SessionStatus } from '../../../../core/service/api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { parseId } from '../applications/application-labels.ts';
import { DraftConventionsSection } from '../conventions/draft-conventions-section.tsx';
import { SessionDocumentsPanel } from '../documents/session-documents-panel.tsx';
import { OfflineScoringSection } from '../packs/offline-scoring-section.tsx';
import { AgendaSection } from './agenda-section.tsx';
import { ConflictsSection } from './conflicts-section.tsx';
import { MembersSection } from './members-section.tsx';
import { SessionFacts } from './session-facts.tsx';
import { SESSIONS_PATH, sessionEditPath, transitionLabel } from './session-labels.ts';
import { SessionNotFound } from './session-not-found.tsx';
import { SessionSavedNotice } from './session-saved-notice.tsx';
import { SessionScoringLinks } from './session-scoring-links.tsx';
import { SessionStatusBadge } from './session-status-badge.tsx';
import { SessionStatusModal } from './session-status-modal.tsx';
import { useSession } from './use-sessions.ts';

export function SessionDetailPage() {
  const sessionId = parseId(useParams().id);
  const session = useSession(sessionId ?? 0, sessionId !== null);
  const [nextStatus, setNextStatus] = useState<SessionStatus | null>(null);
  usePageTitle(session.data?.title ?? 'Séance CAI');

  if (sessionId === null || (session.error instanceof ApiCallError && session.error.code === 'not_found')) return <SessionNotFound />;
  if (session.isPending) return <PageLoader label="Chargement de la séance…" />;
  if (session.isError) return <ErrorAlert error={session.error} title="La séance n’a pas pu être chargée" onRetry={() => void session.refetch()} />;

  const detail = session.data;
  return (
    <Stack gap="xl" maw={1100} data-testid="session-detail">
      <Stack gap="sm">
        <BackLink to={SESSIONS_PATH} label="Séances CAI" />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1} data-testid="session-title">
            {detail.title}
          </Title>
          {detail.status !== 'close' && (
            <Button component={Link} to={sessionEditPath(detail.id)} variant="default" leftSection={<IconPencil size={18} aria-hidden />} style={{ flexShrink: 0 }} data-testid="session-edit">
              Modifier
            </Button>
          )}
        </Group>
        <Group gap="sm" role="group" aria-label="Statut de la séance">
          <SessionStatusBadge status={detail.status} size="lg" />
          {detail.isDemo && <DemoBadge testId="session-demo" />}
          {nextSessionStatuses(detail.status).map((to) => (
            <Button key={to} variant={detail.status === 'close' ? 'default' : 'light'} size="sm" onClick={() => setNextStatus(to)} data-testid={`session-to-${to}`}>
              {transitionLabel(detail.status, to)}
            </Button>
          ))}
        </Group>
        <SessionSavedNotice />
      </Stack>
      <SessionFacts session={detail} />
      <SessionScoringLinks session={detail} />
      <MembersSection session={detail} />
      <OfflineScoringSection session={detail} />
      <AgendaSection session={detail} />
      <ConflictsSection session={detail} />
      {detail.status === 'close' && <DraftConventionsSection sessionId={detail.id} />}
      <SessionDocumentsPanel session={detail} />
      <SessionStatusModal sessionId={detail.id} from={detail.status} to={nextStatus} onClose={() => setNextStatus(null)} />
    </Stack>
  );
}
