// The commission's latest avis on an application, as a word with a colour; "Pas d’avis" before any.
// Mantine's light words fall below 4.5:1 on their tint at badge size (RGAA asks for AA): darker words.
import { Badge } from '@mantine/core';
import { AVIS_LABELS, type AvisKind } from '../../../../core/domain/jury/avis.ts';

const TONES: Record<AvisKind | 'none', { color: string; text: string }> = {
  favorable: { color: 'teal', text: '#0b5e45' },
  favorable_sous_reserve: { color: 'pacte', text: '#184068' },
  ajourne: { color: 'orange', text: '#853200' },
  defavorable: { color: 'red', text: '#a51111' },
  none: { color: 'gray', text: '#373a40' },
};

/** The avis filter's choices: the four avis, and the files without one. */
export const AVIS_FILTER_DATA = [
  ...(Object.keys(AVIS_LABELS) as AvisKind[]).map((kind) => ({ value: kind, label: AVIS_LABELS[kind] })),
  { value: 'aucun', label: 'Pas encore d’avis' },
];

/** In a narrow column "Favorable sous réserve" reads "Sous réserve"; the full words stay in its title. */
const COMPACT: Partial<Record<AvisKind, string>> = { favorable_sous_reserve: 'Sous réserve' };

type Props = { kind: AvisKind | null; size?: 'sm' | 'md' | 'lg'; testId?: string; compact?: boolean };

export function ApplicationAvisBadge({ kind, size = 'sm', testId = 'application-avis', compact = false }: Props) {
  const tone = TONES[kind ?? 'none'];
  const label = kind === null ? 'Pas d’avis' : AVIS_LABELS[kind];
  const shown = compact && kind !== null ? (COMPACT[kind] ?? label) : label;
  return (
    <Badge
      color={tone.color}
      c={tone.text}
      variant="light"
      size={size}
      tt="none"
      miw="max-content"
      title={shown === label ? undefined : label}
      aria-label={shown === label ? undefined : label}
      data-testid={testId}
      data-avis={kind ?? 'aucun'}
    >
      {shown}
    </Badge>
  );
}
