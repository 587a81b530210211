// A bilan's status as a coloured word; the word carries the meaning, the colour only helps the eye.
import { Badge } from '@mantine/core';
import { BILAN_STATUS_LABELS, type BilanStatus } from '../../../../core/service/bilans/bilans-api.ts';
import { BILAN_STATUS_COLORS, BILAN_STATUS_TEXT } from './bilan-labels.ts';

type Props = { status: BilanStatus; size?: 'sm' | 'md' | 'lg' };

export function BilanStatusBadge({ status, size = 'md' }: Props) {
  return (
    <Badge color={BILAN_STATUS_COLORS[status]} c={BILAN_STATUS_TEXT[status]} variant="light" size={size} miw="max-content" data-testid="bilan-status" data-status={status}>
      {BILAN_STATUS_LABELS[status]}
    </Badge>
  );
}
