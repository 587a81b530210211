// "Dossier créé / enregistré": said once on arriving from the form, then dismissed for good.
import { Notification } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import type { ApplicationSavedState } from './application-form.tsx';

function readNotice(state: unknown): ApplicationSavedState['savedNotice'] | null {
  if (typeof state !== 'object' || state === null || !('savedNotice' in state)) return null;
  const notice = (state as ApplicationSavedState).savedNotice;
  return notice === 'created' || notice === 'updated' ? notice : null;
}

export function ApplicationSavedNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = readNotice(location.state);

  return (
    <div role="status" aria-live="polite">
      {notice && (
        <Notification
          icon={<IconCheck size={18} aria-hidden />}
          color="teal"
          title={notice === 'created' ? 'Dossier créé' : 'Modifications enregistrées'}
          // Clearing the history state keeps the notice from coming back on reload or on "back".
          onClose={() => void navigate(location.pathname, { replace: true, state: null })}
          closeButtonProps={{ 'aria-label': 'Fermer la notification' }}
          withBorder
          maw={640}
          data-testid="application-saved"
        >
          {notice === 'created'
            ? 'Le dossier est en brouillon : déposez-le quand il est complet.'
            : 'Le dossier a été mis à jour.'}
        </Notification>
      )}
    </div>
  );
}
