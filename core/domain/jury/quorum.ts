// Attendance at a CAI session and its quorum: whether the commission may validly give its avis,
// said in a sentence the minutes can print as is.

export const ATTENDANCE_STATUSES = ['present', 'excuse', 'absent', 'represente'] as const;

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Readonly<Record<AttendanceStatus, string>> = {
  present: 'présent',
  excuse: 'excusé',
  absent: 'absent',
  represente: 'représenté',
};

export type QuorumRule = { kind: 'majority_of_permanent' } | { kind: 'minimum_present'; count: number };

export const DEFAULT_QUORUM_RULE: QuorumRule = { kind: 'majority_of_permanent' };

export type AttendanceMember = {
  memberId: number | string;
  name?: string;
  /** Titulaire (true) or suppléant (false). */
  permanent: boolean;
  /** Null or absent: not recorded yet, which counts as not there. */
  attendance?: AttendanceStatus | null;
  /** For 'represente': the member who holds this one's voice. */
  representedBy?: number | string | null;
};

export type QuorumResult = { reached: boolean; counted: number; required: number; statement: string };

function plural(count: number, singular: string, pluralForm: string): string {
  // French: 0 and 1 take the singular.
  return count > 1 ? pluralForm : singular;
}

/**
 * The quorum of a session. The default rule asks a strict majority of the permanent members
 * present or represented (a represented member's voice is there); substitutes do not count towards
 * it, since each attends in a permanent member's place. The 'minimum_present' rule counts the
 * members in the room, permanent or substitute, and not the represented ones, who are not.
 */
export function quorum(members: readonly AttendanceMember[], rule: QuorumRule = DEFAULT_QUORUM_RULE): QuorumResult {
  if (rule.kind === 'minimum_present') {
    if (!Number.isSafeInteger(rule.count) || rule.count < 1) throw new RangeError(`A minimum attendance is a positive integer: ${String(rule.count)}`);
    const counted = members.filter((member) => member.attendance === 'present').length;
    const reached = counted >= rule.count;
    const statement = `${reached ? 'Quorum atteint' : 'Quorum non atteint'} : ${counted} ${plural(counted, 'membre présent', 'membres présents')} (${rule.count} requis).`;
    return { reached, counted, required: rule.count, statement };
  }
  const permanent = members.filter((member) => member.permanent);
  const counted = permanent.filter((member) => member.attendance === 'present' || member.attendance === 'represente').length;
  const required = Math.floor(permanent.length / 2) + 1;
  const reached = counted >= required;
  const who = plural(counted, 'membre titulaire présent ou représenté', 'membres titulaires présents ou représentés');
  const statement = `${reached ? 'Quorum atteint' : 'Quorum non atteint'} : ${counted} ${who} sur ${permanent.length} (${required} requis).`;
  return { reached, counted, required, statement };
}

const display = (member: AttendanceMember) => member.name?.trim() || `n° ${String(member.memberId)}`;

/**
 * What is wrong with an attendance list, in French: a represented member names a member of the
 * session who is present, not themselves; a representative is named only for 'represente'.
 */
export function attendanceProblems(members: readonly AttendanceMember[]): string[] {
  const problems: string[] = [];
  const byId = new Map(members.map((member) => [member.memberId, member]));
  if (byId.size !== members.length) problems.push('Un membre figure deux fois dans la liste de présence.');
  for (const member of members) {
    const representative = member.representedBy ?? null;
    if (member.attendance !== 'represente') {
      if (representative !== null) problems.push(`${display(member)} n’est pas représenté : retirez le nom de son représentant.`);
      continue;
    }
    if (representative === null) {
      problems.push(`Indiquez qui représente ${display(member)}.`);
      continue;
    }
    const holder = byId.get(representative);
    if (representative === member.memberId) problems.push(`${display(member)} ne peut pas se représenter lui-même.`);
    else if (holder === undefined) problems.push(`Le représentant de ${display(member)} n’est pas membre de la séance.`);
    else if (holder.attendance !== 'present') problems.push(`${display(holder)}, qui représente ${display(member)}, doit être présent.`);
  }
  return problems;
}
