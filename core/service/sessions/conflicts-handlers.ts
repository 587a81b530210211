// Conflicts of interest: a juror declares one per application or per provider; the chair, with their PIN,
// adds or confirms one (pinned). A withdrawn conflict stays on record with who, when and why.
import { agendaApplicationIds, providerOnAgenda } from '../../../db/queries/session-agenda.ts';
import { activeConflictOn, conflictRow, insertConflict, pinConflict, withdrawConflict, type ConflictTarget } from '../../../db/queries/session-conflicts.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import { touchSession } from '../../../db/queries/session-write.ts';
import type { Db } from '../../../db/open-database.ts';
import type { Handlers } from '../handlers.ts';
import { openSession, refusal, requireMember } from './session-guards.ts';
import { requireChairPin } from './session-pins.ts';

/** A conflict is declared on what the session discusses: an application on its agenda, or a provider with one there. */
function checkTarget(db: Db, sessionId: number, applicationId: number | null, providerId: number | null): ConflictTarget {
  if (applicationId !== null) {
    if (!agendaApplicationIds(db, sessionId).includes(applicationId)) {
      throw refusal('validation', `Le dossier n° ${applicationId} n’est pas à l’ordre du jour de cette séance.`, 'applicationId');
    }
    return { applicationId, providerId: null };
  }
  if (providerId === null || !providerOnAgenda(db, sessionId, providerId)) {
    throw refusal('validation', `Le prestataire n° ${String(providerId)} n’a aucun dossier à l’ordre du jour de cette séance.`, 'providerId');
  }
  return { applicationId: null, providerId };
}

export const conflictsHandlers: Handlers<'sessions.declareConflict' | 'sessions.withdrawConflict'> = {
  'sessions.declareConflict': ({ sessionId, jurorId, applicationId, providerId, type, note, chairPin }, { db, now, actor }) => {
    openSession(db, sessionId);
    const { member } = requireMember(db, sessionId, jurorId);
    const target = checkTarget(db, sessionId, applicationId, providerId);
    if (chairPin !== undefined) requireChairPin(db, sessionId, chairPin);
    const existing = activeConflictOn(db, sessionId, jurorId, target);
    if (existing) {
      // The chair confirming a conflict the juror declared pins it; anything else is a second declaration.
      if (chairPin !== undefined && !existing.isPinned) pinConflict(db, existing.id);
      else {
        const what = target.applicationId !== null ? 'ce dossier' : 'ce prestataire';
        throw refusal('conflict', `${member.name} a déjà déclaré un conflit d’intérêts avec ${what}.`, target.applicationId !== null ? 'applicationId' : 'providerId');
      }
    } else {
      const at = now().toISOString();
      insertConflict(db, { sessionId, jurorId, ...target, type, note, declaredBy: actor, isPinned: chairPin !== undefined, createdAt: at });
    }
    touchSession(db, sessionId, now().toISOString());
    return getSession(db, sessionId);
  },
  'sessions.withdrawConflict': ({ conflictId, reason, chairPin }, { db, now, actor }) => {
    const conflict = conflictRow(db, conflictId);
    openSession(db, conflict.sessionId);
    if (conflict.withdrawnAt !== null) throw refusal('conflict', 'Ce conflit d’intérêts a déjà été retiré.');
    if (conflict.isPinned && chairPin === undefined) {
      throw refusal('forbidden', 'Ce conflit d’intérêts a été confirmé par le président : son code PIN est requis pour le retirer.', 'chairPin');
    }
    // A PIN given is checked even where none is needed: a wrong one is never silently accepted.
    if (chairPin !== undefined) requireChairPin(db, conflict.sessionId, chairPin);
    const at = now().toISOString();
    withdrawConflict(db, conflictId, { at, by: actor, reason });
    touchSession(db, conflict.sessionId, at);
    return getSession(db, conflict.sessionId);
  },
};
