// The conventions rules through the service on a real database file, with random sequences: no
// payment ever exceeds what is due, a refused act changes nothing, an avenant's lines make the new
// amount and keep what they replace, and the list's 23 000 € flag agrees with a sum made here.
// One closed session is built once; each run works on its own copy of that file (few runs: each is real I/O).
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConventionDetail } from '../../core/service/api.ts';
import { boardSession } from '../support/board-session.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { openTestService, tempDir, type TestService } from '../support/test-app.ts';
import { receiveBilan } from '../support/received-bilan.ts';

const THRESHOLD = 2_300_000;
const clock = () => new Date('2019-03-01T09:00:00.000Z');

type Base = { file: string; conventions: { id: number; providerId: number }[] };

/** A closed session of the board plan, its four conventions drafted; `signed`: the first one signed, its 2018 bilan accepted. */
async function buildBase(signed: boolean): Promise<Base> {
  const dir = tempDir();
  const app = openTestService({ file: path.join(dir, 'base.sqlite'), now: clock, actor: 'Marie Le Gall' });
  const setup = await boardSession(app.service);
  const { drafted } = await app.service.invoke('conventions.draft', { sessionId: setup.sessionId });
  if (signed) {
    const id = drafted[0]?.id ?? 0;
    await app.service.invoke('conventions.present', { id });
    await app.service.invoke('conventions.validate', { id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
    await app.service.invoke('conventions.sign', { id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
    await receiveBilan(app.service, id, 2018, '2019-02-10');
    await app.service.invoke('conventions.acceptBilan', { id, year: 2018, acceptedOn: '2019-02-15' });
  }
  app.close();
  return { file: app.file, conventions: drafted.map((row) => ({ id: row.id, providerId: row.providerId })) };
}

/** A fresh copy of the base for one run. */
function openCopy(base: Base): TestService {
  const file = path.join(tempDir(), 'run.sqlite');
  copyFileSync(base.file, file);
  return openTestService({ file, now: clock, actor: 'Marie Le Gall' });
}

type Command =
  | { act: 'record'; line: number; amount: number; paid: boolean }
  | { act: 'markPaid'; payment: number }
  | { act: 'cancel'; payment: number }
  | { act: 'amend'; total: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ act: fc.constant('record' as const), line: fc.nat(9), amount: fc.oneof(fc.integer({ min: -100, max: 1_200_000 }), fc.integer({ min: 1, max: 50_000 })), paid: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ act: fc.constant('markPaid' as const), payment: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ act: fc.constant('cancel' as const), payment: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ act: fc.constant('amend' as const), total: fc.integer({ min: 0, max: 2_500_000 }) }) },
);

/** Mostly an ordered payment (what may be paid or cancelled), now and then any: a paid or cancelled one must be refused. */
function pickPayment(detail: ConventionDetail, index: number): number {
  const ordered = detail.payments.filter((payment) => payment.status === 'mandate');
  const pool = ordered.length > 0 && index % 3 !== 0 ? ordered : detail.payments;
  return pool[index % Math.max(1, pool.length)]?.id ?? 1;
}

function input(cmd: Command, detail: ConventionDetail): { method: string; payload: unknown } {
  switch (cmd.act) {
    case 'record': {
      // Now and then a superseded line: the service must refuse it.
      const line = detail.schedule[cmd.line % detail.schedule.length];
      const payload = { conventionId: detail.id, lineRank: line?.rank ?? 1, amountCents: cmd.amount, ...(cmd.paid ? { paidOn: '2019-03-01' } : { orderedOn: '2019-03-01', mandateRef: 'M-1' }) };
      return { method: 'payments.record', payload };
    }
    case 'markPaid':
      return { method: 'payments.markPaid', payload: { id: pickPayment(detail, cmd.payment), paidOn: '2019-03-02' } };
    case 'cancel':
      return { method: 'payments.cancel', payload: { id: pickPayment(detail, cmd.payment), reason: 'Erreur de saisie.' } };
    case 'amend':
      return { method: 'conventions.amend', payload: { id: detail.id, totalCents: cmd.total, reason: 'Avenant de test.', signedOn: '2019-03-01' } };
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** What must hold after every step, whatever happened before. */
function checkInvariants(detail: ConventionDetail, seen: Map<number, { plannedCents: number; supersededBy: number | null }>): void {
  for (const line of detail.schedule) {
    expect(line.paidCents + line.orderedCents, `échéance n° ${line.rank}`).toBeLessThanOrEqual(line.plannedCents);
    expect(line.plannedCents).toBeGreaterThanOrEqual(0);
    // A line that money was paid or ordered on is never replaced.
    if (line.paidCents + line.orderedCents > 0) expect(line.supersededBy).toBeNull();
  }
  expect(detail.paidCents).toBeLessThanOrEqual(detail.totalCents);
  expect(detail.paidCents).toBe(sum(detail.payments.filter((payment) => payment.status === 'paye').map((payment) => payment.amountCents)));
  // The current lines make each year's amount, and the years make the total.
  for (const year of detail.years) {
    expect(sum(detail.schedule.filter((line) => line.supersededBy === null && line.year === year.year).map((line) => line.plannedCents)), `année ${year.year}`).toBe(year.amountCents);
  }
  expect(sum(detail.years.map((year) => year.amountCents))).toBe(detail.totalCents);
  // Superseded lines are kept, unchanged, and stay superseded.
  for (const [id, before] of seen) {
    const line = detail.schedule.find((candidate) => candidate.id === id);
    expect(line, `échéance ${id} conservée`).toBeDefined();
    expect(line?.plannedCents).toBe(before.plannedCents);
    if (before.supersededBy !== null) expect(line?.supersededBy).toBe(before.supersededBy);
  }
  for (const line of detail.schedule) seen.set(line.id, { plannedCents: line.plannedCents, supersededBy: line.supersededBy });
}

describe('payments and avenants through the service, random sequences', () => {
  it('never bring a line’s paid + ordered above its planned amount nor the paid total above the total; refusals change nothing; avenants make the new amount', { timeout: 240_000 }, async () => {
    const base = await buildBase(true);
    const conventionId = base.conventions[0]?.id ?? 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const app = openCopy(base);
        try {
          let detail = await app.service.invoke('conventions.get', { id: conventionId });
          const seen = new Map<number, { plannedCents: number; supersededBy: number | null }>();
          checkInvariants(detail, seen);
          for (const cmd of commands) {
            const { method, payload } = input(cmd, detail);
            // Told apart before the call, from the figures the screen shows: what would go over is refused.
            const target = cmd.act === 'record' ? detail.schedule[cmd.line % detail.schedule.length] : undefined;
            const overDue = cmd.act === 'record' && target !== undefined && (target.supersededBy !== null || cmd.amount > target.remainingCents || cmd.amount <= 0);
            const before = snapshotTables(app.database.sqlite);
            const result = await app.service.call(method, payload);
            if (!result.ok) {
              expect(snapshotTables(app.database.sqlite)).toEqual(before);
              expect(result.error.message).toMatch(/[éèêàçù«»’]/u);
            } else {
              expect(overDue, `${method} ${JSON.stringify(payload)}`).toBe(false);
            }
            detail = await app.service.invoke('conventions.get', { id: conventionId });
            checkInvariants(detail, seen);
          }
        } finally {
          app.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});

type Amounts = { a: number; b: number; multiYear: boolean; abandoned: boolean };

describe('the 23 000 € flag of conventions.list', () => {
  it('agrees with the yearly sum per provider computed here, abandoned conventions left out of the sums', { timeout: 240_000 }, async () => {
    const base = await buildBase(false);
    const amounts = fc.array(
      fc.record({
        a: fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(THRESHOLD, THRESHOLD + 1, THRESHOLD - 1, 1_150_000, 1_150_001)),
        b: fc.integer({ min: 0, max: 2_500_000 }),
        multiYear: fc.boolean(),
        abandoned: fc.boolean(),
      }),
      { minLength: base.conventions.length, maxLength: base.conventions.length },
    );
    await fc.assert(
      fc.asyncProperty(amounts, async (plan: Amounts[]) => {
        const app = openCopy(base);
        try {
          for (const [index, { id }] of base.conventions.entries()) {
            const entry = plan[index] as Amounts;
            const years = entry.multiYear ? [{ year: 2018, amountCents: entry.a }, { year: 2019, amountCents: entry.b }] : [{ year: 2018, amountCents: entry.a }];
            await app.service.invoke('conventions.update', { id, startsOn: '2018-01-08', endsOn: entry.multiYear ? '2019-12-14' : '2018-12-14', years, reason: 'Montant revu.' });
            if (entry.abandoned) await app.service.invoke('conventions.abandon', { id, reason: 'Action abandonnée.' });
          }
          // Independently: the sum per provider and calendar year over the conventions not abandoned.
          const totals = new Map<string, number>();
          base.conventions.forEach(({ providerId }, index) => {
            const entry = plan[index] as Amounts;
            if (entry.abandoned) return;
            const add = (year: number, cents: number) => totals.set(`${providerId}:${year}`, (totals.get(`${providerId}:${year}`) ?? 0) + cents);
            add(2018, entry.a);
            if (entry.multiYear) add(2019, entry.b);
          });
          const { rows } = await app.service.invoke('conventions.list', {});
          for (const [index, { id, providerId }] of base.conventions.entries()) {
            const entry = plan[index] as Amounts;
            const years = entry.multiYear ? [2018, 2019] : [2018];
            const expected = years.some((year) => (totals.get(`${providerId}:${year}`) ?? 0) > THRESHOLD);
            const row = rows.find((candidate) => candidate.id === id);
            expect(row?.mandatory, `convention ${id} : ${JSON.stringify(entry)}`).toBe(expected);
            expect(row?.totalCents).toBe(entry.a + (entry.multiYear ? entry.b : 0));
            const detail = await app.service.invoke('conventions.get', { id });
            for (const year of detail.providerYears) {
              expect(year.totalCents).toBe(totals.get(`${providerId}:${year.year}`) ?? 0);
              expect(year.mandatory).toBe(year.totalCents > THRESHOLD);
            }
          }
        } finally {
          app.close();
        }
      }),
      { numRuns: 10 },
    );
  });
});
