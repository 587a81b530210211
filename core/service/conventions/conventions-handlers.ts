// Conventions: the handler map of every convention, payment and recovery method.
import { listConventions, overdueItems } from '../../../db/queries/convention-read.ts';
import type { Handlers } from '../handlers.ts';
import { amend } from './avenant-handlers.ts';
import type { conventionsMethods } from './conventions-api.ts';
import { draftConventions } from './draft-handlers.ts';
import { abandon, acceptBilan, close, detail, present, resplit, saveSchedule, sign, start, terminate, todayOf, updateConvention, validate } from './lifecycle-handlers.ts';
import { cancelPayment, markPaid, receiveRecovery, recordPayment, recordRecovery } from './payment-handlers.ts';

export const conventionsHandlers: Handlers<keyof typeof conventionsMethods> = {
  'conventions.draft': (input, context) => draftConventions(context, input),
  'conventions.list': (input, context) => listConventions(context.db, input, todayOf(context)),
  'conventions.get': ({ id }, context) => detail(context, id),
  'conventions.listOverdue': (_input, context) => overdueItems(context.db, todayOf(context)),
  'conventions.update': (input, context) => updateConvention(context, input),
  'conventions.present': ({ id, reason }, context) => present(context, id, reason),
  'conventions.validate': ({ id, deliberationRef, deliberationOn }, context) => validate(context, id, deliberationRef, deliberationOn),
  'conventions.sign': ({ id, signedProviderOn, signedCcasOn }, context) => sign(context, id, signedProviderOn, signedCcasOn),
  'conventions.start': ({ id }, context) => start(context, id),
  'conventions.close': ({ id, reason }, context) => close(context, id, reason),
  'conventions.terminate': ({ id, reason }, context) => terminate(context, id, reason),
  'conventions.abandon': ({ id, reason }, context) => abandon(context, id, reason),
  'conventions.resplit': ({ id, advancePercent }, context) => resplit(context, id, advancePercent),
  'conventions.saveSchedule': ({ id, lines }, context) => saveSchedule(context, id, lines),
  'conventions.acceptBilan': ({ id, year, acceptedOn }, context) => acceptBilan(context, id, year, acceptedOn),
  'conventions.amend': (input, context) => amend(context, input),
  'payments.record': (input, context) => recordPayment(context, input),
  'payments.markPaid': ({ id, paidOn }, context) => markPaid(context, id, paidOn),
  'payments.cancel': ({ id, reason }, context) => cancelPayment(context, id, reason),
  'recoveries.record': (input, context) => recordRecovery(context, input),
  'recoveries.receive': ({ id, receivedOn }, context) => receiveRecovery(context, id, receivedOn),
};
