// Runs the demo year through the real handlers, inside the demo's transaction: each input is parsed by
// the method's own schema (its defaults applied, as for a user), and each act happens at a fixed
// instant taken from the demo's data, never the clock's.
import { api, type MethodInput, type MethodOutput } from '../api.ts';
import { applicationsHandlers } from '../applications/applications-handlers.ts';
import { attachmentsHandlers } from '../attachments/attachments-handlers.ts';
import { bilanContentHandlers } from '../bilans/bilan-content-handlers.ts';
import { bilansHandlers } from '../bilans/bilans-handlers.ts';
import type { ServiceContext } from '../context.ts';
import { conventionsHandlers } from '../conventions/conventions-handlers.ts';
import { eligibilityHandlers } from '../eligibility/eligibility-handlers.ts';
import { indicatorsHandlers } from '../indicators/indicators-handlers.ts';
import type { Handler } from '../handlers.ts';
import { jurorsHandlers } from '../jurors/jurors-handlers.ts';
import { pactReviewsHandlers } from '../pact-reviews/pact-reviews-handlers.ts';
import { scoringHandlers } from '../scoring/scoring-handlers.ts';
import { sessionsHandlers } from '../sessions/sessions-handlers.ts';

const demoHandlerMap = { ...applicationsHandlers, ...attachmentsHandlers, ...eligibilityHandlers, ...jurorsHandlers, ...sessionsHandlers, ...scoringHandlers, ...conventionsHandlers, ...indicatorsHandlers, ...bilanContentHandlers, ...bilansHandlers, ...pactReviewsHandlers };

export type DemoMethod = keyof typeof demoHandlerMap;

export type DemoRunner = {
  /** The context the handlers see: the demo's clock and manager in place of the real ones. */
  context: ServiceContext;
  /** Sets the demo's clock to `isoDate` at `time` (UTC); each act of the same day then follows one minute later. */
  at: (isoDate: string, time?: string) => void;
  run: <M extends DemoMethod>(method: M, input: MethodInput<M>) => MethodOutput<M>;
};

export function demoRunner(context: ServiceContext, actor: string): DemoRunner {
  let instant = new Date(0);
  const demoContext: ServiceContext = { ...context, actor, now: () => new Date(instant) };
  return {
    context: demoContext,
    at: (isoDate, time = '09:00') => {
      const next = new Date(`${isoDate}T${time}:00.000Z`);
      if (Number.isNaN(next.getTime())) throw new Error(`Demo data: invalid date "${isoDate}T${time}".`);
      if (next > instant) instant = next;
      // Several acts of one day: each a minute after the one before, so that histories keep their order.
      else if (isoDate === instant.toISOString().slice(0, 10)) instant = new Date(instant.getTime() + 60_000);
      else throw new Error(`Demo data: ${isoDate} comes before ${instant.toISOString()}; the demo's acts must be in date order.`);
    },
    run: (method, input) => {
      const parsed = api[method].input.parse(input);
      const handler = demoHandlerMap[method] as Handler<typeof method>;
      const result = handler(parsed as never, demoContext);
      // The whole demo is one synchronous transaction: an asynchronous handler cannot take part in it.
      if (result instanceof Promise) throw new Error(`Demo data: ${method} is asynchronous and cannot run inside the demo's transaction.`);
      return result as never;
    },
  };
}
