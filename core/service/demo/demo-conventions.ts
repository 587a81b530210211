// Drafts the conventions of the demo session, sets their targets and walks each through its script, all
// conventions' acts merged in date order, then the bilans left open (demo-bilans.ts), through the same
// handlers as the screens and the CLI.
import { DEFAULT_ADVANCE_BP } from '../../domain/conventions/schedule.ts';
import type { ConventionDetail } from '../conventions/conventions-api.ts';
import { runDemoBilans, setDemoTargets, validateDemoBilan } from './demo-bilans.ts';
import { runDemoPactReview } from './demo-pact-review.ts';
import { DEMO_CONVENTIONS, type ConventionStep, type LineRef } from './demo-convention-plan.ts';
import type { DemoRunner } from './demo-runner.ts';

/** Drafted a week after the session. */
export const DEMO_DRAFTED_ON = '2017-12-20';

function currentLine(detail: ConventionDetail, ref: LineRef) {
  const line = detail.schedule.find((candidate) => candidate.supersededBy === null && candidate.kind === ref.kind && candidate.year === ref.year);
  if (!line) throw new Error(`Demo data, ${detail.number}: no current ${ref.kind} line for ${ref.year}.`);
  return line;
}

function orderedPayment(detail: ConventionDetail, ref: LineRef): number {
  const rank = currentLine(detail, ref).rank;
  const payment = detail.payments.find((candidate) => candidate.lineRank === rank && candidate.status === 'mandate');
  if (!payment) throw new Error(`Demo data, ${detail.number}: no ordered payment on line ${rank}.`);
  return payment.id;
}

function runStep(runner: DemoRunner, id: number, step: ConventionStep): void {
  const detail = () => runner.run('conventions.get', { id });
  switch (step.act) {
    case 'arrete':
      runner.run('conventions.update', { id, instrument: 'arrete' });
      return;
    case 'present':
      runner.run('conventions.present', { id });
      return;
    case 'validate':
      runner.run('conventions.validate', { id, deliberationRef: step.deliberationRef, deliberationOn: step.on });
      return;
    case 'sign':
      runner.run('conventions.sign', { id, signedProviderOn: step.providerOn, signedCcasOn: step.on });
      return;
    case 'pay':
    case 'order': {
      const line = currentLine(detail(), step.line);
      const when = step.act === 'pay' ? { paidOn: step.on, orderedOn: step.on } : { orderedOn: step.on };
      runner.run('payments.record', { conventionId: id, lineRank: line.rank, amountCents: line.remainingCents, mandateRef: step.mandateRef, ...when });
      return;
    }
    case 'paid':
      runner.run('payments.markPaid', { id: orderedPayment(detail(), step.line), paidOn: step.on });
      return;
    case 'cancel':
      runner.run('payments.cancel', { id: orderedPayment(detail(), step.line), reason: step.reason });
      return;
    case 'bilan':
      // The bilan received, then validated: the validation releases the year's balance (conventions.acceptBilan's act).
      validateDemoBilan(runner, id, step.year, step.on);
      return;
    case 'amend':
      runner.run('conventions.amend', { id, totalCents: step.totalEuros * 100, reason: step.reason, deliberationRef: step.deliberationRef, deliberationOn: step.deliberationOn, signedOn: step.on });
      return;
    case 'terminate':
      runner.run('conventions.terminate', { id, reason: step.reason });
      return;
    case 'recover':
      runner.run('recoveries.record', { conventionId: id, amountCents: step.euros * 100, cause: step.cause, decisionRef: step.decisionRef, dueOn: step.dueOn, note: step.note });
      return;
    case 'abandon':
      runner.run('conventions.abandon', { id, reason: step.reason });
      return;
    case 'close':
      runner.run('conventions.close', { id });
      return;
  }
}

/** Drafts the session's conventions and plays every script; returns how many conventions there are. */
export function runDemoConventions(runner: DemoRunner, sessionId: number): number {
  runner.at(DEMO_DRAFTED_ON);
  const { drafted } = runner.run('conventions.draft', { sessionId });
  const ids = new Map(drafted.map((row) => [row.applicationTitle, row.id]));
  const scripted = new Set(DEMO_CONVENTIONS.map((script) => script.title));
  const unscripted = drafted.filter((row) => !scripted.has(row.applicationTitle)).map((row) => row.applicationTitle);
  if (unscripted.length > 0) throw new Error(`Demo data: no script for the conventions of ${unscripted.join(', ')}.`);
  // The demo's schedules are written for the default advance; an organisation set otherwise gets them re-split before the board.
  for (const row of drafted) {
    if (runner.run('conventions.get', { id: row.id }).advanceBp === DEFAULT_ADVANCE_BP) continue;
    runner.at(DEMO_DRAFTED_ON);
    runner.run('conventions.resplit', { id: row.id, advancePercent: DEFAULT_ADVANCE_BP / 100 });
  }
  runner.at(DEMO_DRAFTED_ON);
  setDemoTargets(runner, drafted.map((row) => row.id));
  const acts = DEMO_CONVENTIONS.flatMap((script, order) => {
    const id = ids.get(script.title);
    if (id === undefined) throw new Error(`Demo data: "${script.title}" has a script but no convention (no favourable avis?).`);
    script.steps.forEach((step, index) => {
      const before = script.steps[index - 1];
      if (before && before.on > step.on) throw new Error(`Demo data, "${script.title}": ${step.act} on ${step.on} comes before ${before.act} on ${before.on}.`);
    });
    return script.steps.map((step) => ({ id, order, step }));
  });
  // Every convention's acts in one calendar: the tables then read in the order things happened.
  for (const { id, step } of acts.sort((a, b) => (a.step.on < b.step.on ? -1 : a.step.on > b.step.on ? 1 : 0))) {
    runner.at(step.on);
    runStep(runner, id, step);
  }
  runDemoBilans(runner, ids);
  runDemoPactReview(runner);
  return drafted.length;
}
