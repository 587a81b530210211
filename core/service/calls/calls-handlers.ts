// Calls for projects: create, update, list, read.
import { getCall, listCalls, saveCall, type CallRecord } from '../../../db/queries/call-queries.ts';
import { resolvePactId } from '../../../db/queries/pact-read.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import type { callCreateSchema, callsMethods } from './calls-api.ts';
import type { z } from 'zod';

function toRecord(input: z.output<typeof callCreateSchema>, { db }: ServiceContext): CallRecord {
  // The pact in force in the call's year, unless one is named: a 2018 call serves the PRI 2017–2021.
  return { ...input, pactId: resolvePactId(db, input.pactId, input.year) };
}

export const callsHandlers: Handlers<keyof typeof callsMethods> = {
  'calls.list': (_input, { db }) => listCalls(db),
  'calls.get': ({ id }, { db }) => getCall(db, id),
  'calls.create': (input, context) => getCall(context.db, saveCall(context.db, toRecord(input, context), context.now().toISOString())),
  'calls.update': ({ id, ...input }, context) => getCall(context.db, saveCall(context.db, toRecord(input, context), context.now().toISOString(), id)),
};
