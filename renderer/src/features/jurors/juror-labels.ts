// Addresses and French wording of the jury screens, shared by the jurors list and the session screens.
import type { Juror, JurorRole } from '../../../../core/service/api.ts';
import { JUROR_ROLE_LABELS } from '../../../../core/service/jurors/jurors-api.ts';

export const JURY_PATH = '/jury';

/** The role without its parenthesis ("préside le jury"), short enough for a table column. */
export function jurorRoleLabel(role: JurorRole): string {
  return JUROR_ROLE_LABELS[role].replace(/\s*\(.*\)$/u, '');
}

/** Titulaire (counts for the default quorum) or suppléant. */
export function jurorStanding(juror: Pick<Juror, 'isPermanent'>): string {
  return juror.isPermanent ? 'Titulaire' : 'Suppléant';
}

export const JUROR_ROLE_OPTIONS = (Object.keys(JUROR_ROLE_LABELS) as JurorRole[]).map((role) => ({ value: role, label: JUROR_ROLE_LABELS[role] }));
