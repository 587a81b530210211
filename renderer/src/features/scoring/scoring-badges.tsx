// The badges of jury mode and the deliberation: words first, colour as a second sign. Mantine's light
// words fall below 4.5:1 on their tint at badge size (RGAA asks for AA), so each gets a darker text.
import { Badge } from '@mantine/core';
import type { AvisKind } from '../../../../core/service/api.ts';
import { AVIS_LABELS } from '../../../../core/service/scoring/scoring-api.ts';
import { JURY_ITEM_STATE_LABELS, type JuryItemState } from './scoring-labels.ts';

type Tone = { color: string; text: string };

const GREEN: Tone = { color: 'teal', text: '#0b5e45' };
const ORANGE: Tone = { color: 'orange', text: '#853200' };
const RED: Tone = { color: 'red', text: '#a51111' };
const GREY: Tone = { color: 'gray', text: '#373a40' };
const VIOLET: Tone = { color: 'violet', text: '#4c2ca3' };
const BLUE: Tone = { color: 'pacte', text: '#184068' };

/** In sentence case: "Favorable sous réserve" in capitals would not fit its column. */
function ToneBadge({ tone, label, testId, state }: { tone: Tone; label: string; testId: string; state?: string }) {
  return (
    <Badge color={tone.color} c={tone.text} variant="light" tt="none" miw="max-content" data-testid={testId} data-state={state}>
      {label}
    </Badge>
  );
}

const ITEM_TONES: Record<JuryItemState, Tone> = { todo: GREY, started: ORANGE, complete: GREEN, conflict: VIOLET };

export function JuryItemStateBadge({ state }: { state: JuryItemState }) {
  return <ToneBadge tone={ITEM_TONES[state]} label={JURY_ITEM_STATE_LABELS[state]} testId="jury-item-state" state={state} />;
}

const AVIS_TONES: Record<AvisKind, Tone> = { favorable: GREEN, favorable_sous_reserve: BLUE, ajourne: ORANGE, defavorable: RED };

export function AvisBadge({ kind }: { kind: AvisKind | null }) {
  if (kind === null) return <ToneBadge tone={GREY} label="Pas d’avis" testId="avis-badge" state="none" />;
  return <ToneBadge tone={AVIS_TONES[kind]} label={AVIS_LABELS[kind]} testId="avis-badge" state={kind} />;
}

export function DisagreementBadge() {
  return <ToneBadge tone={ORANGE} label="Désaccord" testId="disagreement-badge" />;
}

export function SubmittedBadge({ submitted, started }: { submitted: boolean; started: boolean }) {
  if (submitted) return <ToneBadge tone={GREEN} label="Soumise" testId="juror-submitted" state="submitted" />;
  return started ? <ToneBadge tone={ORANGE} label="En cours" testId="juror-submitted" state="started" /> : <ToneBadge tone={GREY} label="Pas commencée" testId="juror-submitted" state="none" />;
}
