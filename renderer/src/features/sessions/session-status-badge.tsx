// A session's status as a coloured word; the word carries the meaning, the colour only helps the eye.
import { Badge } from '@mantine/core';
import type { SessionStatus } from '../../../../core/service/api.ts';
import { SESSION_STATUS_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { SESSION_STATUS_COLORS, SESSION_STATUS_TEXT } from './session-labels.ts';

type Props = { status: SessionStatus; size?: 'sm' | 'md' | 'lg' };

export function SessionStatusBadge({ status, size = 'md' }: Props) {
  return (
    <Badge color={SESSION_STATUS_COLORS[status]} c={SESSION_STATUS_TEXT[status]} variant="light" size={size} miw="max-content" data-testid="session-status" data-status={status}>
      {SESSION_STATUS_LABELS[status]}
    </Badge>
  );
}
