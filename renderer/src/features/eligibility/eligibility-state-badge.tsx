// The state of one point of recevabilité, in words and colour (the colour is never the only sign).
import { Badge } from '@mantine/core';
import type { EligibilityState } from '../../../../core/service/api.ts';
import { ELIGIBILITY_STATE_LABELS } from '../../../../core/service/eligibility/eligibility-api.ts';

const COLORS: Record<EligibilityState, string> = { ok: 'teal', missing: 'red', to_check: 'orange', not_applicable: 'gray' };
/** Mantine's light words, even its darkest shades, fall below 4.5:1 on their tint at badge size (RGAA asks for AA). */
const TEXT: Record<EligibilityState, string> = { ok: '#0b5e45', missing: '#a51111', to_check: '#853200', not_applicable: '#373a40' };

export function EligibilityStateBadge({ state }: { state: EligibilityState }) {
  return (
    <Badge color={COLORS[state]} c={TEXT[state]} variant="light" miw="max-content" data-testid="eligibility-state" data-state={state}>
      {ELIGIBILITY_STATE_LABELS[state]}
    </Badge>
  );
}
