// "Créé / enregistré": said once on arriving from a form (through the history state), then dismissed for good.
import { Notification } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';

/** What a form puts in the history state when it navigates to the saved record. */
export type SavedState = { savedNotice: 'created' | 'updated' };

function readNotice(state: unknown): SavedState['savedNotice'] | null {
  if (typeof state !== 'object' || state === null || !('savedNotice' in state)) return null;
  const notice = (state as SavedState).savedNotice;
  return notice === 'created' || notice === 'updated' ? notice : null;
}

export type SavedNoticeProps = {
  createdTitle: string;
  createdText: string;
  updatedText: string;
  testId: string;
};

export function SavedNotice({ createdTitle, createdText, updatedText, testId }: SavedNoticeProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = readNotice(location.state);

  return (
    <div role="status" aria-live="polite">
      {notice && (
        <Notification
          icon={<IconCheck size={18} aria-hidden />}
          color="teal"
          title={notice === 'created' ? createdTitle : 'Modifications enregistrées'}
          // Clearing the history state keeps the notice from coming back on reload or on "back".
          onClose={() => void navigate(location.pathname, { replace: true, state: null })}
          closeButtonProps={{ 'aria-label': 'Fermer la notification' }}
          withBorder
          maw={640}
          data-testid={testId}
        >
          {notice === 'created' ? createdText : updatedText}
        </Notification>
      )}
    </div>
  );
}
