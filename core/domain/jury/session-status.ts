// The life of a CAI session: préparation → notation → délibération → close, and back from close
// to délibération only with a reason, since closing freezes the scores and the avis.

export const SESSION_STATUSES = ['preparation', 'notation', 'deliberation', 'close'] as const;

export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  preparation: 'en préparation',
  notation: 'en notation',
  deliberation: 'en délibération',
  close: 'close',
};

const NEXT: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  preparation: ['notation'],
  notation: ['deliberation'],
  deliberation: ['close'],
  close: ['deliberation'],
};

/** The statuses a session may move to from this one. */
export function nextSessionStatuses(from: SessionStatus): readonly SessionStatus[] {
  return NEXT[from];
}

/** A closed session's scores and avis are frozen: nothing is written to it until it is reopened. */
export function isSessionFrozen(status: SessionStatus): boolean {
  return status === 'close';
}

/** Null when the change is allowed, else why not, in French. Reopening is traced with its reason. */
export function sessionStatusChangeProblem(from: SessionStatus, to: SessionStatus, reason = ''): string | null {
  if (from === to) return `La séance est déjà ${SESSION_STATUS_LABELS[to]}.`;
  if (!NEXT[from].includes(to)) return `Une séance ${SESSION_STATUS_LABELS[from]} ne peut pas passer directement à l’état « ${SESSION_STATUS_LABELS[to]} ».`;
  if (from === 'close' && reason.trim().length === 0) return 'Indiquez pourquoi la séance close est rouverte.';
  return null;
}
