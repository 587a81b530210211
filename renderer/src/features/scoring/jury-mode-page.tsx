// #/seances/:id/jure — jury mode, for a juror at the chair's laptop: name and PIN, then their own
// agenda, then one sheet at a time, then the submit. The jury token is held in this page's state only.
// A closed space while the notation is open: Back and Forward leave the juror where they are, "Quitter"
// returns to the jury login, and only the chair's PIN leads out.
import { Button, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { JurySession } from '../../../../core/service/api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { parseId } from '../applications/application-labels.ts';
import { useLaptopPack } from '../packs/use-packs.ts';
import { SESSIONS_PATH, sessionPath } from '../sessions/session-labels.ts';
import { JuryLeaveModal } from './jury-leave-modal.tsx';
import { JuryAgenda } from './jury-agenda.tsx';
import { JuryLogin } from './jury-login.tsx';
import { JurySealed } from './jury-sealed.tsx';
import { JuryShell } from './jury-shell.tsx';
import { JurySheet } from './jury-sheet.tsx';
import { useCloseJury, useJurySession, useSessionDetail } from './use-jury.ts';
import { useJuryClosedSpace } from './use-jury-closed-space.ts';

type Settle = () => Promise<void>;

export function JuryModePage() {
  const sessionId = parseId(useParams().id);
  const preselectedJurorId = parseId(useSearchParams()[0].get('jure'));
  const detail = useSessionDetail(sessionId);
  const [juryToken, setJuryToken] = useState<string | null>(null);
  const [applicationId, setApplicationId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const jury = useJurySession(juryToken);
  const close = useCloseJury();
  const laptop = useLaptopPack();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  // On a juror's own laptop there is no administration to keep them from; on the chair's, while a juror is
  // signed in or the notation is open, nothing leaves jury mode but the chair's "Fermer le mode juré".
  const closed = laptop === null && (juryToken !== null || detail.data?.status === 'notation');
  const space = useJuryClosedSpace(closed);
  // The open sheet's pending saves: sent and answered before the submit or the token's end.
  const settle = useRef<Settle>(() => Promise.resolve());
  const tokenRef = useRef<string | null>(null);
  useEffect(() => {
    tokenRef.current = juryToken;
  }, [juryToken]);

  // Leaving the page some other way (the address bar) still ends the token: nobody could use it again.
  useEffect(
    () => () => {
      if (tokenRef.current !== null) void client.call('jury.close', { juryToken: tokenRef.current }).catch(() => undefined);
    },
    [],
  );

  const opened = (session: JurySession) => {
    setNotice(null);
    setApplicationId(null);
    setJuryToken(session.juryToken);
  };

  const quit = async (message: string | null = null) => {
    const token = juryToken;
    setApplicationId(null);
    await settle.current();
    if (token !== null) close.mutate(token);
    setJuryToken(null);
    setNotice(message);
    void detail.refetch();
  };

  const left = () => {
    space.release();
    setLeaving(false);
    void navigate(sessionId !== null && detail.data ? sessionPath(sessionId) : SESSIONS_PATH);
  };
  const chair = detail.data?.members.find((member) => member.isChair);
  // The chair's PIN is asked while a sheet could be opened; a session without a chair has none to ask.
  const leave = () => (detail.data?.status === 'notation' && chair ? setLeaving(true) : left());

  const body = () => {
    if (sessionId === null || (detail.error instanceof ApiCallError && detail.error.code === 'not_found')) {
      return <ErrorAlert error={new ApiCallError('sessions.get', { code: 'not_found', message: 'Cette séance n’existe pas (ou plus).' })} title="Séance introuvable" />;
    }
    if (detail.isPending) return <PageLoader label="Chargement de la séance…" />;
    if (detail.isError) return <ErrorAlert error={detail.error} title="La séance n’a pas pu être chargée" onRetry={() => void detail.refetch()} />;
    if (juryToken === null) return <JuryLogin session={detail.data} notice={notice} onOpened={opened} preselectedJurorId={preselectedJurorId} />;
    if (jury.isPending) return <PageLoader label="Ouverture de vos fiches…" />;
    if (jury.isError) {
      return (
        <Stack gap="md" align="flex-start">
          <ErrorAlert error={jury.error} title="Vos fiches n’ont pas pu être ouvertes" />
          <Button onClick={() => void quit(errorMessage(jury.error))}>Revenir à l’identification</Button>
        </Stack>
      );
    }
    const session = jury.data;
    if (session.isSubmitted) return <JurySealed session={session} onQuit={() => void quit()} />;
    if (applicationId !== null) {
      return (
        <JurySheet
          key={applicationId}
          juryToken={juryToken}
          session={session}
          applicationId={applicationId}
          onOpen={setApplicationId}
          onBack={() => setApplicationId(null)}
          onSettleReady={(next) => (settle.current = next)}
        />
      );
    }
    return <JuryAgenda juryToken={juryToken} session={session} settle={() => settle.current()} onOpen={setApplicationId} />;
  };

  return (
    <JuryShell jurorName={juryToken !== null ? (jury.data?.jurorName ?? null) : null} quitting={close.isPending} onQuit={() => void quit()} onLeave={detail.isPending && sessionId !== null ? null : leave}>
      {body()}
      {sessionId !== null && <JuryLeaveModal sessionId={sessionId} chairName={chair?.name ?? ''} chairCivility={chair?.civility} opened={leaving} onClose={() => setLeaving(false)} onLeft={left} />}
    </JuryShell>
  );
}
