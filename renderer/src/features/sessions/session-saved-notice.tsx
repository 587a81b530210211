// "Séance créée / enregistrée", once, on arriving from the form — and gone as soon as the session moves on:
// "Définissez le code PIN… avant d’ouvrir la notation" would be stale once the notation is open.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { SavedNotice } from '../../components/saved-notice.tsx';
import { parseId } from '../applications/application-labels.ts';
import { useSession } from './use-sessions.ts';

export function SessionSavedNotice() {
  const sessionId = parseId(useParams().id);
  const status = useSession(sessionId ?? 0, sessionId !== null).data?.status;
  const [shownAt] = useState(status);
  const location = useLocation();
  const navigate = useNavigate();
  const stale = status !== undefined && status !== shownAt;
  const { pathname, state } = location;

  // Clearing the history state, as the notice's own close button does, keeps it from coming back on "back".
  useEffect(() => {
    if (stale && state !== null) void navigate(pathname, { replace: true, state: null });
  }, [stale, state, pathname, navigate]);

  if (stale) return <div role="status" aria-live="polite" />;
  return (
    <SavedNotice
      createdTitle="Séance créée"
      createdText="Définissez le code PIN de chaque membre et remplissez l’ordre du jour avant d’ouvrir la notation."
      updatedText="La séance a été mise à jour."
      testId="session-saved"
    />
  );
}
