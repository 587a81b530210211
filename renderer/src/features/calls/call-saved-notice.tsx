// "Appel à projets créé / enregistré": said once on arriving from the form, then dismissed for good.
import { Notification } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import type { SavedNotice } from './call-form.tsx';

function readNotice(state: unknown): SavedNotice['savedNotice'] | null {
  if (typeof state !== 'object' || state === null || !('savedNotice' in state)) return null;
  const notice = (state as SavedNotice).savedNotice;
  return notice === 'created' || notice === 'updated' ? notice : null;
}

export function CallSavedNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = readNotice(location.state);

  return (
    <div role="status" aria-live="polite">
      {notice && (
        <Notification
          icon={<IconCheck size={18} aria-hidden />}
          color="teal"
          title={notice === 'created' ? 'Appel à projets créé' : 'Modifications enregistrées'}
          // Clearing the history state keeps the notice from coming back on reload or on "back".
          onClose={() => void navigate(location.pathname, { replace: true, state: null })}
          closeButtonProps={{ 'aria-label': 'Fermer la notification' }}
          withBorder
          maw={640}
          data-testid="call-saved"
        >
          {notice === 'created'
            ? 'Les dossiers de demande pourront être rattachés à cet appel.'
            : 'L’appel à projets a été mis à jour.'}
        </Notification>
      )}
    </div>
  );
}
