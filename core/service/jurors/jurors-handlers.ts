// Jury members: record, correct, list.
import { getJuror, listJurors, saveJuror } from '../../../db/queries/juror-queries.ts';
import type { Handlers } from '../handlers.ts';
import type { jurorsMethods } from './jurors-api.ts';

export const jurorsHandlers: Handlers<keyof typeof jurorsMethods> = {
  'jurors.list': (_input, { db }) => listJurors(db),
  'jurors.create': (input, { db, now }) => getJuror(db, saveJuror(db, input, now().toISOString())),
  'jurors.update': ({ id, ...input }, { db, now }) => getJuror(db, saveJuror(db, input, now().toISOString(), id)),
};
