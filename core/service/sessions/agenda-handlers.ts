// The agenda of a session: recevable applications of its call, in discussion order.
import type { Db } from '../../../db/open-database.ts';
import { agendaApplicationIds, agendaCandidates, appendAgenda, recevableNotOnAgenda, replaceAgenda } from '../../../db/queries/session-agenda.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import { applicationsWithSheets, touchSession } from '../../../db/queries/session-write.ts';
import { AppError } from '../../domain/app-error.ts';
import { APPLICATION_STATUS_LABELS } from '../applications/applications-api.ts';
import type { Handlers } from '../handlers.ts';
import { openSession } from './session-guards.ts';

/**
 * Every application that may not be on this session's agenda, each with why, in one refusal. One
 * already there stays even if its status has changed since: it may carry scores, and reordering the
 * agenda must not be blocked by it.
 */
function checkCandidates(db: Db, callId: number, applicationIds: readonly number[], current: readonly number[]): void {
  const found = agendaCandidates(db, applicationIds);
  const problems: { index: number; message: string }[] = [];
  applicationIds.forEach((id, index) => {
    const application = found.get(id);
    if (!application) problems.push({ index, message: `dossier n° ${id} inconnu` });
    else if (application.callId !== callId) problems.push({ index, message: `« ${application.title} » (${application.providerName}) relève d’un autre appel à projets` });
    else if (application.status !== 'recevable' && !current.includes(id)) {
      problems.push({ index, message: `« ${application.title} » (${application.providerName}) n’est pas recevable (${APPLICATION_STATUS_LABELS[application.status].toLowerCase()})` });
    }
    if (applicationIds.indexOf(id) !== index) problems.push({ index, message: `le dossier n° ${id} figure deux fois` });
  });
  if (problems.length > 0) {
    throw new AppError(
      'validation',
      `Seuls les dossiers recevables de l’appel de la séance vont à l’ordre du jour : ${problems.map((problem) => problem.message).join(' ; ')}.`,
      problems.map((problem) => ({ path: `applicationIds.${problem.index}`, message: problem.message })),
    );
  }
}

export const agendaHandlers: Handlers<'sessions.setAgenda' | 'sessions.fillAgenda'> = {
  'sessions.setAgenda': ({ sessionId, applicationIds }, { db, now }) => {
    const session = openSession(db, sessionId);
    const current = agendaApplicationIds(db, sessionId);
    checkCandidates(db, session.callId, applicationIds, current);
    if (current.length === applicationIds.length && current.every((id, index) => applicationIds[index] === id)) return getSession(db, sessionId);
    // Once scoring has started, an application with sheets stays: its scores would lose their place in the results.
    if (session.status !== 'preparation') {
      const removed = current.filter((id) => !applicationIds.includes(id));
      const scored = applicationsWithSheets(db, sessionId, removed);
      if (scored.size > 0) {
        const titles = [...agendaCandidates(db, [...scored]).values()].map((application) => `« ${application.title} »`);
        throw new AppError('precondition', `Ces dossiers ont déjà des fiches de notation et restent à l’ordre du jour : ${titles.join(', ')}.`, [{ path: 'applicationIds', message: 'Dossiers déjà notés.' }]);
      }
    }
    replaceAgenda(db, sessionId, applicationIds);
    touchSession(db, sessionId, now().toISOString());
    return getSession(db, sessionId);
  },
  'sessions.fillAgenda': ({ sessionId }, { db, now }) => {
    const session = openSession(db, sessionId);
    const missing = recevableNotOnAgenda(db, session.callId, sessionId);
    if (missing.length === 0) return getSession(db, sessionId);
    appendAgenda(db, sessionId, missing);
    touchSession(db, sessionId, now().toISOString());
    return getSession(db, sessionId);
  },
};
