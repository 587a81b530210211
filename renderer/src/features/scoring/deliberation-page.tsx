// #/seances/:id/deliberation — the chair's screen: each juror's progress, the chair's acts on paper
// sheets, then the reveal (chair's PIN) and, only after it, the results, the envelope and the avis.
import { Alert, Button, Group, Notification, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconEye, IconFileUpload, IconLock, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import type { SessionDetail, SessionResults } from '../../../../core/service/api.ts';
import { SESSION_STATUS_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime, parseId } from '../applications/application-labels.ts';
import { SessionStatusBadge } from '../sessions/session-status-badge.tsx';
import { CsvImportModal } from './csv-import-modal.tsx';
import { JurorProgressTable } from './juror-progress-table.tsx';
import { PaperSheetModal } from './paper-sheet-modal.tsx';
import { ReopenModal } from './reopen-modal.tsx';
import { ResultsSection } from './results-section.tsx';
import { RevealModal } from './reveal-modal.tsx';
import { sessionPath } from '../sessions/session-labels.ts';
import { useGridDefinition, useSessionResults } from './use-deliberation.ts';
import { useSessionDetail } from './use-jury.ts';

type Dialog = 'reveal' | 'paper' | 'csv' | 'reopen' | null;

function SealedPanel({ status, onReveal }: { status: SessionResults['status']; onReveal: () => void }) {
  return (
    <Paper withBorder p="lg" data-testid="results-sealed">
      <Stack gap="sm" align="flex-start">
        <Group gap="xs">
          <IconLock size={22} aria-hidden />
          <Title order={2} size="h3">
            Les notes sont scellées
          </Title>
        </Group>
        <Text>Aucune note, moyenne ni classement n’est affiché avant que le président ne révèle les notes, avec son code PIN.</Text>
        {status === 'deliberation' ? (
          <Button leftSection={<IconEye size={18} aria-hidden />} onClick={onReveal} data-testid="reveal-open">
            Révéler les notes
          </Button>
        ) : (
          <Text size="sm">Les notes pourront être révélées quand la séance sera en délibération (elle est {SESSION_STATUS_LABELS[status]}).</Text>
        )}
      </Stack>
    </Paper>
  );
}

function Header({ session, results }: { session: SessionDetail; results: SessionResults }) {
  return (
    <Stack gap={6}>
      <BackLink to={sessionPath(session.id)} label="Séance" />
      <Title order={1}>Délibération</Title>
      <Group gap="xs">
        <SessionStatusBadge status={results.status} />
        <Text>
          {session.title} · {formatFrenchDate(session.heldOn)} · {session.callTitle}
        </Text>
      </Group>
      {results.revealedAt && (
        <Text size="sm" data-testid="revealed-at">
          Notes révélées le {formatDateTime(results.revealedAt)}
          {session.revealedBy ? ` par ${session.revealedBy}` : ''}.
        </Text>
      )}
    </Stack>
  );
}

export function DeliberationPage() {
  const sessionId = parseId(useParams().id);
  const detail = useSessionDetail(sessionId);
  const results = useSessionResults(sessionId);
  const grid = useGridDefinition(detail.data?.gridId ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(detail.data ? `Délibération · ${detail.data.title}` : 'Délibération');

  if (sessionId === null || (detail.error instanceof ApiCallError && detail.error.code === 'not_found')) {
    return <ErrorAlert error={new ApiCallError('sessions.get', { code: 'not_found', message: 'Cette séance n’existe pas (ou plus).' })} title="Séance introuvable" />;
  }
  if (detail.isPending || results.isPending) return <PageLoader label="Chargement de la délibération…" />;
  if (detail.isError) return <ErrorAlert error={detail.error} title="La séance n’a pas pu être chargée" onRetry={() => void detail.refetch()} />;
  if (results.isError) return <ErrorAlert error={results.error} title="Les résultats n’ont pas pu être chargés" onRetry={() => void results.refetch()} />;

  const session = detail.data;
  const data = results.data;
  const chairActs = data.status === 'notation' || data.status === 'deliberation';
  const saved = (message: string) => setNotice(message);

  return (
    <Stack gap="xl" maw={1300} data-testid="deliberation">
      <Stack gap="md">
        <Header session={session} results={data} />
        {/* Always there, so that a screen reader hears the notice when it comes. */}
        <div role="status" aria-live="polite">
          {notice && (
            <Notification icon={<IconCheck size={18} aria-hidden />} color="teal" withBorder maw={720} onClose={() => setNotice(null)} closeButtonProps={{ 'aria-label': 'Fermer la notification' }} data-testid="deliberation-notice">
              {notice}
            </Notification>
          )}
        </div>
      </Stack>
      {data.status === 'close' && (
        <Alert color="gray" variant="light" title="Séance close">
          Les notes et les avis sont figés. Rouvrez la séance (avec un motif) pour les modifier.
        </Alert>
      )}
      <Stack gap="sm" component="section" aria-labelledby="progress-title">
        <Title order={2} id="progress-title">
          Avancement de la notation
        </Title>
        <JurorProgressTable progress={data.progress} chairJurorId={session.chairJurorId} chairCivility={session.members.find((member) => member.isChair)?.civility} />
        {chairActs && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setDialog('paper')} data-testid="paper-open">
              Saisir une fiche papier
            </Button>
            <Button variant="default" leftSection={<IconFileUpload size={18} aria-hidden />} onClick={() => setDialog('csv')} data-testid="csv-open">
              Importer des fiches papier (CSV)
            </Button>
            <Button variant="default" leftSection={<IconLockOpen size={18} aria-hidden />} onClick={() => setDialog('reopen')} data-testid="reopen-open">
              Rouvrir la fiche d’un juré
            </Button>
          </Group>
        )}
      </Stack>
      {data.revealedAt === null ? (
        <SealedPanel status={data.status} onReveal={() => setDialog('reveal')} />
      ) : (
        <ResultsSection sessionId={session.id} results={data} grid={grid.data?.definition} readOnly={data.status === 'close'} />
      )}
      <RevealModal sessionId={session.id} opened={dialog === 'reveal'} progress={data.progress} onClose={() => setDialog(null)} />
      <PaperSheetModal session={session} grid={grid.data?.definition} opened={dialog === 'paper'} onClose={() => setDialog(null)} onSaved={saved} />
      <CsvImportModal sessionId={session.id} opened={dialog === 'csv'} onClose={() => setDialog(null)} onSaved={saved} />
      <ReopenModal sessionId={session.id} progress={data.progress} opened={dialog === 'reopen'} onClose={() => setDialog(null)} onSaved={saved} />
    </Stack>
  );
}
