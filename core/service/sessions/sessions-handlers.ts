// CAI sessions: create, correct, list, read, and move through préparation → notation → délibération → close.
import { randomBytes } from 'node:crypto';
import { getCall } from '../../../db/queries/call-queries.ts';
import { getGridSummary } from '../../../db/queries/grid-queries.ts';
import { requireJurors } from '../../../db/queries/juror-queries.ts';
import { agendaApplicationIds } from '../../../db/queries/session-agenda.ts';
import { getSession, listSessions, memberRows, sessionRow, type SessionRow } from '../../../db/queries/session-read.ts';
import { insertSession, jurorsWithSheets, setSessionMembers, updateSession, type SessionFields } from '../../../db/queries/session-write.ts';
import { SESSION_STATUS_LABELS } from '../../domain/jury/session-status.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import { agendaHandlers } from './agenda-handlers.ts';
import { conflictsHandlers } from './conflicts-handlers.ts';
import { defaultGridId, gridsHandlers } from './grids-handlers.ts';
import { membersHandlers } from './members-handlers.ts';
import { pinHandlers } from './pin-handlers.ts';
import { refusal } from './session-guards.ts';
import type { SessionDetail, sessionFieldsSchema, sessionsMethods } from './sessions-api.ts';
import { statusHandlers } from './status-handlers.ts';
import type { z } from 'zod';

type SessionInput = z.output<typeof sessionFieldsSchema>;

/** The call, grid and jury named exist; the chair is one of the convened jurors, each convened once. */
function checkedFields(context: ServiceContext, input: SessionInput, currentGridId?: number): SessionFields {
  const { db } = context;
  getCall(db, input.callId);
  const gridId = input.gridId ?? currentGridId ?? defaultGridId(context);
  getGridSummary(db, gridId);
  const jurors = requireJurors(db, input.jurorIds, 'jurorIds');
  const twice = input.jurorIds.filter((id, index) => input.jurorIds.indexOf(id) !== index);
  if (twice.length > 0) throw refusal('validation', `${jurors.get(twice[0] as number)?.name ?? 'Un membre'} est convoqué deux fois.`, 'jurorIds');
  if (input.chairJurorId !== null && !input.jurorIds.includes(input.chairJurorId)) {
    throw refusal('validation', 'Le président doit faire partie des membres du jury convoqués.', 'chairJurorId');
  }
  const { jurorIds: _jurorIds, ...fields } = input;
  return { ...fields, gridId };
}

function createSession(context: ServiceContext, input: SessionInput): SessionDetail {
  const { db } = context;
  const fields = checkedFields(context, input);
  // Binds the jury packs and score packs of this session: never shown, never leaves the chair's machine in clear.
  const packSecret = randomBytes(32).toString('hex');
  const id = insertSession(db, fields, packSecret, context.now().toISOString());
  setSessionMembers(db, id, input.jurorIds);
  return getSession(db, id);
}

/** What may not change once scoring has started: the grid and the jury the scores were given under. */
function checkUpdate(context: ServiceContext, session: SessionRow, fields: SessionFields, jurorIds: readonly number[]): void {
  const { db } = context;
  if (session.status === 'close') throw refusal('precondition', 'La séance est close : rouvrez-la (avec un motif) avant de la modifier.');
  const members = memberRows(db, session.id);
  const current = new Set(members.map((member) => member.id));
  const juryChanged = current.size !== jurorIds.length || jurorIds.some((id) => !current.has(id)) || fields.chairJurorId !== session.chairJurorId;
  const status = SESSION_STATUS_LABELS[session.status];
  if (session.status !== 'preparation' && fields.gridId !== session.gridId) {
    throw refusal('precondition', `La séance est ${status} : sa grille ne peut plus changer (elle ne change qu’en préparation).`, 'gridId');
  }
  if (session.status !== 'preparation' && juryChanged) {
    throw refusal('precondition', `La séance est ${status} : son jury et son président ne peuvent plus changer (ils ne changent qu’en préparation).`, 'jurorIds');
  }
  if (fields.callId !== session.callId && agendaApplicationIds(db, session.id).length > 0) {
    throw refusal('precondition', 'Retirez d’abord les dossiers de l’ordre du jour : ils appartiennent à l’appel à projets actuel.', 'callId');
  }
  const removed = members.filter((member) => !jurorIds.includes(member.id));
  const scored = jurorsWithSheets(db, session.id, removed.map((member) => member.id));
  const withSheets = removed.filter((member) => scored.has(member.id));
  if (withSheets.length > 0) {
    throw refusal('precondition', `Ces membres ont déjà des fiches de notation et restent au jury : ${withSheets.map((member) => member.name).join(', ')}.`, 'jurorIds');
  }
  for (const member of members) {
    const holder = removed.find((candidate) => candidate.id === member.representedByJurorId);
    if (holder && jurorIds.includes(member.id)) {
      throw refusal('precondition', `${holder.name} représente ${member.name} : changez d’abord la présence de ${member.name}.`, 'jurorIds');
    }
  }
}

function updateExisting(context: ServiceContext, id: number, input: SessionInput): SessionDetail {
  const { db } = context;
  const session = sessionRow(db, id);
  const fields = checkedFields(context, input, session.gridId);
  checkUpdate(context, session, fields, input.jurorIds);
  updateSession(db, id, fields, context.now().toISOString());
  setSessionMembers(db, id, input.jurorIds);
  return getSession(db, id);
}

const sessionRecordHandlers: Handlers<'sessions.list' | 'sessions.get' | 'sessions.create' | 'sessions.update'> = {
  'sessions.list': ({ callId }, { db }) => listSessions(db, callId),
  'sessions.get': ({ id }, { db }) => getSession(db, id),
  'sessions.create': (input, context) => createSession(context, input),
  'sessions.update': ({ id, ...input }, context) => updateExisting(context, id, input),
};

export const sessionsHandlers: Handlers<keyof typeof sessionsMethods> = {
  ...gridsHandlers,
  ...sessionRecordHandlers,
  ...membersHandlers,
  ...pinHandlers,
  ...statusHandlers,
  ...agendaHandlers,
  ...conflictsHandlers,
};
