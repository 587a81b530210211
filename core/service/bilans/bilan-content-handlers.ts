// The handlers of a bilan's content and of the provider's workbook (rules and write in bilan-content-save.ts).
import type { Handlers } from '../handlers.ts';
import type { bilanContentMethods } from './bilan-content-api.ts';
import { applyBilanSave, prepareBilanSave, saveRefusal, todayOf } from './bilan-content-save.ts';
import { bilanContentView, bilanContentViewOf } from './bilan-content-view.ts';
import { importBilanWorkbook } from './workbook-import.ts';
import { buildBilanWorkbook } from './workbook-write.ts';

export const bilanContentHandlers: Handlers<keyof typeof bilanContentMethods> = {
  'bilans.content': (input, context) => ('bilanId' in input ? bilanContentView(context.db, input.bilanId) : bilanContentViewOf(context.db, input.conventionId, input.year)),
  'bilans.saveContent': (input, context) => {
    const prepared = prepareBilanSave(context.db, input, todayOf(context));
    if (!prepared.ok) throw saveRefusal(prepared.issues);
    return applyBilanSave(context.db, prepared.plan, context.actor, context.now().toISOString());
  },
  'bilans.workbook': async ({ conventionId, year }, context) => buildBilanWorkbook(context.db, conventionId, year),
  'bilans.importWorkbook': async (input, context) => importBilanWorkbook(context, input),
};
