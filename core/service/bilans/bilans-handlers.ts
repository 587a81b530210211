// The bilans' lifecycle and lists: the handler map (the content and the workbook are bilan-content-handlers.ts).
import { listBilans } from '../../../db/queries/bilan-read.ts';
import type { Handlers } from '../handlers.ts';
import { generateFicheBilan } from '../documents/fiche-bilan-data.ts';
import { bilanById, dispenseBilan, markBilanIncomplete, rejectBilan, setBilanAppraisal, validateBilan, yearBilan } from './bilan-lifecycle.ts';
import type { bilansMethods } from './bilans-api.ts';

const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

export const bilansHandlers: Handlers<keyof typeof bilansMethods> = {
  'bilans.list': (input, context) => listBilans(context.db, input, todayOf(context.now())),
  'bilans.get': (input, context) => ('id' in input ? bilanById(context, input.id) : yearBilan(context, input.conventionId, input.year)),
  'bilans.validate': ({ id, decidedOn }, context) => validateBilan(context, id, decidedOn),
  'bilans.reject': ({ id, reason }, context) => rejectBilan(context, id, reason),
  'bilans.markIncomplete': ({ id, reason }, context) => markBilanIncomplete(context, id, reason),
  'bilans.dispense': ({ conventionId, year, reason }, context) => dispenseBilan(context, conventionId, year, reason),
  'bilans.setAppraisal': ({ id, appraisal }, context) => setBilanAppraisal(context, id, appraisal),
  'documents.ficheBilan': ({ bilanId }, context) => generateFicheBilan(context, bilanId),
};
