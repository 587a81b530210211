// An application's status as a coloured word; the word carries the meaning, the colour only helps the eye.
import { Badge } from '@mantine/core';
import type { ApplicationStatus } from '../../../../core/service/api.ts';
import { APPLICATION_STATUS_LABELS } from '../../../../core/service/applications/applications-api.ts';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_TEXT } from './application-labels.ts';

type Props = { status: ApplicationStatus; size?: 'sm' | 'md' | 'lg' };

export function ApplicationStatusBadge({ status, size = 'md' }: Props) {
  return (
    <Badge color={APPLICATION_STATUS_COLORS[status]} c={APPLICATION_STATUS_TEXT[status]} variant="light" size={size} miw="max-content" data-testid="application-status" data-status={status}>
      {APPLICATION_STATUS_LABELS[status]}
    </Badge>
  );
}
