// Marks demonstration data so that nobody takes it for the organisation's real records.
import { Badge } from '@mantine/core';

type Props = { testId?: string };

export function DemoBadge({ testId = 'demo-badge' }: Props) {
  return (
    <Badge color="orange" variant="outline" size="sm" data-testid={testId}>
      démonstration
    </Badge>
  );
}
