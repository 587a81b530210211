// The demo's second call: open, its applications examined and recevable but on no session's agenda,
// so that whoever tries the app can hold a CAI session of their own (PINs, scores, deliberation)
// without attaching a file or ticking a point. Its acts happen before the main call's session was
// created (28 November 2017), so that the rest of the demo reads the same with or without it.
import path from 'node:path';
import type { ServiceContext } from '../context.ts';
import { demoRunner } from './demo-runner.ts';
import { recevabilite, type RecevabilitePlan } from './demo-year.ts';
import { DEMO_ACTOR } from './demo-year-plan.ts';

export const DEMO_OPEN_CALL_FILE = path.join('demo', 'appel-2018-quartiers.json');

/**
 * The instant the applications of the open call were recorded and deposited: an hour after the main
 * call's (its closing day), so that the oldest change of the demo stays one of the main call's drafts.
 */
export const DEMO_OPEN_CALL_RECORDED_AT = '2017-11-17T17:00:00.000Z';

export const DEMO_OPEN_CALL_RECEVABILITE: RecevabilitePlan = {
  attachedOn: '2017-11-20',
  tickedOn: '2017-11-23',
  decidedOn: '2017-11-27',
  tickNote: 'Pièce vérifiée (démonstration).',
  // Arrived after the others: the call is open, its recevabilité is for whoever tries the app.
  leftDeposited: ['Cafés numériques des parents aux Champs-Manceaux'],
  irrecevable: [],
};

/** Pieces, ticks and decisions on the open call's deposited applications, through the real handlers. */
export function examineOpenCall(context: ServiceContext, callId: number): void {
  const runner = demoRunner(context, DEMO_ACTOR);
  const applications = runner.run('applications.list', { callId, limit: 5000 }).items;
  recevabilite(runner, applications, DEMO_OPEN_CALL_RECEVABILITE);
}
