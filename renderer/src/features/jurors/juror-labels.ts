// Addresses and French wording of the jury screens, shared by the jurors list and the session screens.
import { roleTitle, type Civility } from '../../../../core/domain/french-gender.ts';
import type { Juror, JurorRole } from '../../../../core/service/api.ts';
import { JUROR_ROLE_LABELS, jurorRoleTitle } from '../../../../core/service/jurors/jurors-api.ts';

export const JURY_PATH = '/jury';

/** The role without its parenthesis ("préside le jury"), short enough for a table column, agreed with the civility. */
export function jurorRoleLabel(role: JurorRole, civility: Civility = ''): string {
  return jurorRoleTitle(role, civility);
}

/** Titulaire (counts for the default quorum) or suppléant(e). */
export function jurorStanding(juror: Pick<Juror, 'isPermanent'> & { civility?: Civility }): string {
  return juror.isPermanent ? 'Titulaire' : roleTitle('Suppléant', juror.civility ?? '');
}

export const JUROR_ROLE_OPTIONS = (Object.keys(JUROR_ROLE_LABELS) as JurorRole[]).map((role) => ({ value: role, label: JUROR_ROLE_LABELS[role] }));
