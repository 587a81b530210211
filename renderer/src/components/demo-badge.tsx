// Marks demonstration data so that nobody takes it for the organisation's real records.
import { Badge } from '@mantine/core';

type Props = { testId?: string };

export function DemoBadge({ testId = 'demo-badge' }: Props) {
  return (
    // Never squeezed by a long name beside it: cut, "DÉMONSTRA…" would no longer say what it marks.
    <Badge color="orange" variant="outline" size="sm" style={{ flexShrink: 0 }} data-testid={testId}>
      démonstration
    </Badge>
  );
}
