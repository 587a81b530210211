// Marks demonstration data so that nobody takes it for the organisation's real calls.
import { Badge } from '@mantine/core';

export function DemoBadge() {
  return (
    <Badge color="orange" variant="outline" size="sm" data-testid="call-demo">
      démonstration
    </Badge>
  );
}
