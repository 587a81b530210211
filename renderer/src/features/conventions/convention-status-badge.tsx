// A convention's status as a coloured word; the word carries the meaning, the colour only helps the eye.
import { Badge } from '@mantine/core';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from '../../../../core/service/conventions/conventions-api.ts';
import { CONVENTION_STATUS_COLORS, CONVENTION_STATUS_TEXT } from './convention-labels.ts';

type Props = { status: ConventionStatus; size?: 'sm' | 'md' | 'lg' };

export function ConventionStatusBadge({ status, size = 'md' }: Props) {
  return (
    <Badge color={CONVENTION_STATUS_COLORS[status]} c={CONVENTION_STATUS_TEXT[status]} variant="light" size={size} miw="max-content" data-testid="convention-status" data-status={status}>
      {CONVENTION_STATUS_LABELS[status]}
    </Badge>
  );
}
