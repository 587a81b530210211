// Addresses, colours and French wording of the session screens, so the list, form and page agree.
import type { QuorumRule } from '../../../../core/domain/jury/quorum.ts';
import type { MemberAttendance, SessionStatus } from '../../../../core/service/api.ts';

export const SESSIONS_PATH = '/seances';
export const sessionPath = (id: number) => `${SESSIONS_PATH}/${id}`;
export const sessionEditPath = (id: number) => `${SESSIONS_PATH}/${id}/modifier`;
/** Built by the scoring screens: a juror's own sheet, opened with their PIN. */
export const juryModePath = (id: number) => `${SESSIONS_PATH}/${id}/jure`;
/** Built by the scoring screens: results, reveal and avis, for the chair. */
export const deliberationPath = (id: number) => `${SESSIONS_PATH}/${id}/deliberation`;

/** Grey while prepared, blue while jurors score, orange while the commission deliberates, dark once closed. */
export const SESSION_STATUS_COLORS: Record<SessionStatus, string> = { preparation: 'gray', notation: 'pacte', deliberation: 'orange', close: 'dark' };
/** Mantine's light words fall below 4.5:1 on their tint at badge size (RGAA asks for AA): darker words. */
export const SESSION_STATUS_TEXT: Record<SessionStatus, string> = { preparation: '#373a40', notation: '#184068', deliberation: '#853200', close: '#1a1b1e' };

/** The button (and modal title) that moves a session from one status to the next. */
export function transitionLabel(from: SessionStatus, to: SessionStatus): string {
  if (to === 'notation') return 'Ouvrir la notation';
  if (to === 'deliberation') return from === 'close' ? 'Rouvrir la séance' : 'Passer à la délibération';
  if (to === 'close') return 'Clore la séance';
  return 'Revenir en préparation';
}

export { formatLongDate } from '../../../../core/domain/french-parsing.ts';

export function describeQuorumRule(rule: QuorumRule): string {
  if (rule.kind === 'minimum_present') return `au moins ${rule.count} membre${rule.count > 1 ? 's' : ''} présent${rule.count > 1 ? 's' : ''}`;
  return 'majorité des membres titulaires présents ou représentés';
}

/** "5 points sur 20", "2,5 points sur 20". */
export function describeThreshold(points: number): string {
  return `${points.toLocaleString('fr-FR')} point${points >= 2 ? 's' : ''} sur 20`;
}

/** The attendance choices in the order a secretary records them. */
export const ATTENDANCE_ORDER: MemberAttendance[] = ['convoque', 'present', 'excuse', 'absent', 'represente'];
