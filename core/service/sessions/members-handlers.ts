// The convened jury on the day: attendance, and who holds a represented member's voice (PINs: pin-handlers.ts).
import { getSession } from '../../../db/queries/session-read.ts';
import { setMemberAttendance, touchSession } from '../../../db/queries/session-write.ts';
import { AppError } from '../../domain/app-error.ts';
import { attendanceProblems } from '../../domain/jury/quorum.ts';
import type { Handlers } from '../handlers.ts';
import { openSession, requireMember } from './session-guards.ts';

export const membersHandlers: Handlers<'sessions.setAttendance'> = {
  'sessions.setAttendance': ({ sessionId, jurorId, attendance, representedByJurorId }, { db, now }) => {
    openSession(db, sessionId);
    const { member: current, members } = requireMember(db, sessionId, jurorId);
    if (current.attendance === attendance && current.representedByJurorId === representedByJurorId) return getSession(db, sessionId);
    // The whole list as it would be: also catches a representative marked absent while someone relies on them.
    const after = members.map((member) => {
      const changed = member.id === jurorId;
      const state = changed ? attendance : member.attendance;
      return {
        memberId: member.id,
        name: member.name,
        permanent: member.isPermanent,
        attendance: state === 'convoque' ? null : state,
        representedBy: changed ? representedByJurorId : member.representedByJurorId,
      };
    });
    const problems = attendanceProblems(after);
    if (problems.length > 0) {
      throw new AppError('validation', problems.join(' '), problems.map((message) => ({ path: attendance === 'represente' ? 'representedByJurorId' : 'attendance', message })));
    }
    setMemberAttendance(db, sessionId, jurorId, attendance, representedByJurorId);
    touchSession(db, sessionId, now().toISOString());
    return getSession(db, sessionId);
  },
};
