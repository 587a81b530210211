// A call's status as a coloured word; the word carries the meaning, the colour only helps the eye.
import { Badge } from '@mantine/core';
import type { CallStatus } from '../../../../core/service/api.ts';
import { CALL_STATUS_LABELS } from '../../../../core/service/calls/calls-api.ts';
import { CALL_STATUS_COLORS } from './call-labels.ts';

type Props = { status: CallStatus; size?: 'sm' | 'md' | 'lg' };

export function CallStatusBadge({ status, size = 'md' }: Props) {
  return (
    <Badge
      color={CALL_STATUS_COLORS[status]}
      variant="light"
      size={size}
      // A table column squeezed by its neighbours must not cut the word ("OUVE…").
      miw="max-content"
      data-testid="call-status"
      data-status={status}
    >
      {CALL_STATUS_LABELS[status]}
    </Badge>
  );
}
