// The dashboard's figures against counts made here, independently, over every row of a generated base:
// money per lever (fast-check: any calls, envelopes, avis, conventions, payments, recoveries), bilans by
// status, key indicators by lever, the pact's completion, and the to-do list whose links open real pages.
// Rows are written straight into the tables (what the dashboard reads, not how the screens make them);
// each run works inside a savepoint rolled back after it, on one migrated file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../core/service/api.ts';
import { openTestService, repoRoot } from '../support/test-app.ts';

const TODAY = '2021-03-15';
const clock = () => new Date(`${TODAY}T10:00:00.000Z`);
const AT = '2020-01-01T00:00:00.000Z';
const CONVENTION_STATUSES = ['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee', 'resiliee', 'abandonnee'] as const;
const VALIDATED = new Set(['validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee', 'resiliee']);
const COMMITTED = new Set(['signee', 'en_cours', 'soldee', 'cloturee', 'resiliee']);
const AVIS_KINDS = ['favorable', 'favorable_sous_reserve', 'ajourne', 'defavorable'] as const;

type Lever = { id: number; number: number; operationalId: number };
type Fixture = { sqlite: Database.Database; get: (year?: number) => Promise<Dashboard>; levers: Lever[]; pactId: number; gridId: number };

function fixture(): Fixture {
  const app = openTestService({ now: clock, actor: 'Test' });
  const sqlite = app.database.sqlite;
  const pactId = (sqlite.prepare('select id from pacts order by id limit 1').get() as { id: number }).id;
  const levers = sqlite
    .prepare(
      `select l.id, l.number, min(oo.id) as operationalId from pact_levers l join pact_objectives o on o.lever_id = l.id
       join pact_operational_objectives oo on oo.objective_id = o.id where l.pact_id = ? group by l.id order by l.number`,
    )
    .all(pactId) as Lever[];
  const gridId = (sqlite.prepare('select id from evaluation_grids order by id limit 1').get() as { id: number }).id;
  return { sqlite, get: (year) => app.service.invoke('dashboard.get', year === undefined ? {} : { year }), levers, pactId, gridId };
}

/** Runs `body` on the fixture's file, then undoes everything it wrote. */
async function inSavepoint<T>(sqlite: Database.Database, body: () => Promise<T>): Promise<T> {
  sqlite.exec('savepoint run');
  try {
    return await body();
  } finally {
    sqlite.exec('rollback to run; release run');
  }
}

type GeneratedApp = {
  call: number;
  lever: number;
  avis: { kind: (typeof AVIS_KINDS)[number]; proposed: number }[];
  convention: { status: (typeof CONVENTION_STATUSES)[number]; total: number; payments: { status: 'mandate' | 'paye' | 'annule'; amount: number }[]; recoveries: { amount: number; received: boolean }[] } | null;
};
type GeneratedCall = { year: number; envelope: number; leverShares: number[] };

const cents = fc.integer({ min: 1, max: 5_000_000 });
const generatedCall = fc.record({ year: fc.constantFrom(2019, 2020), envelope: fc.integer({ min: 0, max: 50_000_000 }), leverShares: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }) });
const generatedApp = fc.record({
  call: fc.nat(2),
  lever: fc.nat(6),
  avis: fc.array(fc.record({ kind: fc.constantFrom(...AVIS_KINDS), proposed: fc.nat(3_000_000) }), { maxLength: 2 }),
  convention: fc.option(
    fc.record({
      status: fc.constantFrom(...CONVENTION_STATUSES),
      total: fc.nat(4_000_000),
      payments: fc.array(fc.record({ status: fc.constantFrom('mandate' as const, 'paye' as const, 'annule' as const), amount: cents }), { maxLength: 3 }),
      recoveries: fc.array(fc.record({ amount: cents, received: fc.boolean() }), { maxLength: 2 }),
    }),
  ),
});

/** Writes the generated calls and applications; returns each call's id. */
function writeBase(f: Fixture, calls: GeneratedCall[], apps: GeneratedApp[]): number[] {
  const { sqlite } = f;
  const callIds = calls.map((call) => {
    const id = (sqlite.prepare("insert into calls (year, title, pact_id, envelope_cents, status, created_at, updated_at) values (?, 'Appel', ?, ?, 'clos', ?, ?) returning id").get(call.year, f.pactId, call.envelope, AT, AT) as { id: number }).id;
    // Lever envelopes: shares of a tenth of the envelope each, never above the whole.
    f.levers.forEach((lever, index) => {
      const share = call.leverShares[index] ?? 0;
      if (share > 0) sqlite.prepare('insert into call_lever_envelopes (call_id, lever_id, envelope_cents) values (?, ?, ?)').run(id, lever.id, Math.floor((call.envelope * share) / 20));
    });
    return id;
  });
  const sessions = callIds.map((callId) =>
    [1, 2].map((rank) => (sqlite.prepare(`insert into cai_sessions (call_id, grid_id, title, held_on, status, quorum_rule, pack_secret, created_at, updated_at) values (?, ?, 'CAI ${rank}', '2019-12-0${rank}', ?, '{}', 'x', ?, ?) returning id`).get(callId, f.gridId, rank === 1 ? 'close' : 'deliberation', AT, AT) as { id: number }).id),
  );
  const providerId = (sqlite.prepare("insert into providers (name, legal_form, search_name, created_at, updated_at) values ('Prestataire', 'association', 'prestataire', ?, ?) returning id").get(AT, AT) as { id: number }).id;
  apps.forEach((app, index) => {
    const callIndex = app.call % calls.length;
    const applicationId = (sqlite.prepare("insert into applications (call_id, provider_id, title, title_key, status, created_at, updated_at) values (?, ?, ?, ?, 'recevable', ?, ?) returning id").get(callIds[callIndex], providerId, `Action ${index}`, `action ${index}`, AT, AT) as { id: number }).id;
    const lever = app.lever === 0 ? undefined : f.levers[app.lever - 1];
    if (lever) sqlite.prepare('insert into application_objectives (application_id, operational_objective_id, is_primary) values (?, ?, 1)').run(applicationId, lever.operationalId);
    app.avis.forEach((avis, rank) => {
      sqlite.prepare("insert into avis (session_id, application_id, kind, proposed_cents, decided_by, decided_at) values (?, ?, ?, ?, 'Test', ?)").run(sessions[callIndex]?.[rank], applicationId, avis.kind, avis.proposed, AT);
    });
    const convention = app.convention;
    if (!convention) return;
    const conventionId = (sqlite.prepare("insert into conventions (number, application_id, session_id, provider_id, object, open_data_object, starts_on, ends_on, total_cents, status, advance_bp, created_at, created_by, updated_at) values (?, ?, ?, ?, 'Objet', 'Objet', '2020-01-01', '2020-12-31', ?, ?, 7000, ?, 'Test', ?) returning id").get(`CONV-${index}`, applicationId, sessions[callIndex]?.[0], providerId, convention.total, convention.status, AT, AT) as { id: number }).id;
    const lineId = (sqlite.prepare("insert into schedule_lines (convention_id, year, rank, kind, planned_cents, trigger, created_at) values (?, 2020, 1, 'avance', ?, 'signature', ?) returning id").get(conventionId, convention.total, AT) as { id: number }).id;
    for (const payment of convention.payments) sqlite.prepare("insert into payments (convention_id, schedule_line_id, amount_cents, status, created_at, created_by, updated_at) values (?, ?, ?, ?, ?, 'Test', ?)").run(conventionId, lineId, payment.amount, payment.status, AT, AT);
    for (const recovery of convention.recoveries) sqlite.prepare("insert into recoveries (convention_id, amount_cents, cause, decision_ref, received_on, created_at, created_by) values (?, ?, 'autre', 'R', ?, ?, 'Test')").run(conventionId, recovery.amount, recovery.received ? '2020-11-01' : null, AT);
  });
  return callIds;
}

type Amounts = { envelopeCents: number; proposedCents: number; validatedCents: number; committedCents: number; paidCents: number; recoveredCents: number };
const zero = (): Amounts => ({ envelopeCents: 0, proposedCents: 0, validatedCents: 0, committedCents: 0, paidCents: 0, recoveredCents: 0 });

/** The same figures from the generated data alone: lever number → amounts (0: no lever). */
function expectedMoney(f: Fixture, calls: GeneratedCall[], apps: GeneratedApp[], year: number): Map<number, Amounts> {
  const money = new Map<number, Amounts>();
  const add = (lever: number, key: keyof Amounts, value: number) => {
    const amounts = money.get(lever) ?? zero();
    amounts[key] += value;
    money.set(lever, amounts);
  };
  calls.forEach((call) => {
    if (call.year !== year) return;
    let split = 0;
    f.levers.forEach((lever, index) => {
      const share = call.leverShares[index] ?? 0;
      const amount = share > 0 ? Math.floor((call.envelope * share) / 20) : 0;
      split += amount;
      add(lever.number, 'envelopeCents', amount);
    });
    add(0, 'envelopeCents', call.envelope - split);
  });
  for (const app of apps) {
    if (calls[app.call % calls.length]?.year !== year) continue;
    const lever = app.lever;
    const last = app.avis[app.avis.length - 1];
    if (last && (last.kind === 'favorable' || last.kind === 'favorable_sous_reserve')) add(lever, 'proposedCents', last.proposed);
    const convention = app.convention;
    if (!convention) continue;
    if (VALIDATED.has(convention.status)) add(lever, 'validatedCents', convention.total);
    if (COMMITTED.has(convention.status)) add(lever, 'committedCents', convention.total);
    for (const payment of convention.payments) if (payment.status === 'paye') add(lever, 'paidCents', payment.amount);
    for (const recovery of convention.recoveries) if (recovery.received) add(lever, 'recoveredCents', recovery.amount);
  }
  return money;
}

const amountsOf = ({ envelopeCents, proposedCents, validatedCents, committedCents, paidCents, recoveredCents }: Amounts): Amounts => ({ envelopeCents, proposedCents, validatedCents, committedCents, paidCents, recoveredCents });

describe('the dashboard’s money per lever', () => {
  it('equals, lever by lever and in total, a count made here from the generated calls, avis, conventions, payments and recoveries', { timeout: 20_000 }, async () => {
    const f = fixture();
    await fc.assert(
      fc.asyncProperty(fc.array(generatedCall, { minLength: 1, maxLength: 3 }), fc.array(generatedApp, { maxLength: 14 }), fc.constantFrom(2019, 2020), async (calls, apps, year) => {
        await inSavepoint(f.sqlite, async () => {
          writeBase(f, calls, apps);
          const dashboard = await f.get(year);
          const expected = expectedMoney(f, calls, apps, year);
          const hasCall = calls.some((call) => call.year === year);
          expect(dashboard.callCount).toBe(calls.filter((call) => call.year === year).length);
          // Every lever of the year's pact, in order, then "Sans levier" only when it holds something.
          const leverRows = dashboard.money.rows.filter((row) => row.leverNumber !== null);
          expect(leverRows.map((row) => row.leverNumber)).toEqual(hasCall ? f.levers.map((lever) => lever.number) : []);
          for (const row of leverRows) expect(amountsOf(row), row.label).toEqual(expected.get(row.leverNumber ?? -1) ?? zero());
          const none = dashboard.money.rows.find((row) => row.key === 'none');
          const expectedNone = expected.get(0) ?? zero();
          if (none) expect(amountsOf(none)).toEqual(expectedNone);
          else expect(Object.values(expectedNone).every((value) => value === 0)).toBe(true);
          const total = zero();
          for (const amounts of expected.values()) for (const key of Object.keys(total) as (keyof Amounts)[]) total[key] += amounts[key];
          expect(dashboard.money.total).toEqual(total);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the dashboard’s other figures', () => {
  it('counts bilans, indicators against targets and the pact’s completion as a count over every row does', { timeout: 10_000 }, async () => {
    const f = fixture();
    await inSavepoint(f.sqlite, async () => {
      const apps: GeneratedApp[] = [1, 2, 2, 6, 0, 3, 6].map((lever, index) => ({ call: 0, lever, avis: [], convention: { status: index === 6 ? 'validee_ca' : 'en_cours', total: 1_000_000, payments: [], recoveries: [] } }));
      writeBase(f, [{ year: 2020, envelope: 10_000_000, leverShares: [1, 1, 1, 1, 1, 1] }], apps);
      const conventions = f.sqlite.prepare('select id from conventions order by id').all() as { id: number }[];
      for (const { id } of conventions) f.sqlite.prepare('insert into convention_years (convention_id, year, amount_cents) values (?, 2020, 1000000)').run(id);
      const statuses = ['valide', 'valide', 'recu', 'incomplet', 'valide'] as const;
      const figures = [
        { IC01: 12, IC10: 10, IC12: 4, IC13: 1, IC17: 0 },
        { IC01: 20, IC10: 18, IC12: 9, IC13: 2, IC17: 1 },
        { IC01: 99, IC10: 99, IC12: 99, IC13: 0, IC17: 0 },
        { IC01: 7, IC10: 5, IC12: 1, IC13: 0, IC17: 0 },
        { IC01: 8, IC10: 6, IC12: 2, IC13: 1, IC17: 1 },
      ];
      statuses.forEach((status, index) => {
        const conventionId = conventions[index]?.id;
        const due = index === 3 ? '2021-01-31' : '2021-06-30';
        const bilanId = (f.sqlite.prepare("insert into bilans (convention_id, year, status, due_on, created_at, created_by, updated_at) values (?, 2020, ?, ?, ?, 'Test', ?) returning id").get(conventionId, status, due, AT, AT) as { id: number }).id;
        for (const [code, value] of Object.entries(figures[index] ?? {})) f.sqlite.prepare("insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, 'total', '', ?)").run(bilanId, code, value);
        for (const [code, target] of [['IC01', 15], ['IC10', 12], ['IC14', 6]] as const) f.sqlite.prepare("insert into convention_indicator_targets (convention_id, year, code, target_value, updated_at, updated_by) values (?, 2020, ?, ?, ?, 'Test')").run(conventionId, code, target, AT);
      });
      const reviewId = (f.sqlite.prepare("insert into pact_reviews (pact_id, kind, year, created_at, created_by, updated_at) values (?, 'annuelle', 2020, ?, 'Test', ?) returning id").get(f.pactId, AT, AT) as { id: number }).id;
      const actions = f.sqlite.prepare('select id from pact_actions where pact_id = ? order by id').all(f.pactId) as { id: number }[];
      const progress = ['realisee', 'en_cours', 'abandonnee', 'non_engagee'] as const;
      actions.forEach(({ id }, index) => {
        if (index % 3 === 2) return;
        const status = progress[index % 4] ?? 'realisee';
        f.sqlite.prepare("insert into pact_action_progress (review_id, pact_action_id, status, reason, updated_at, updated_by) values (?, ?, ?, ?, ?, 'Test')").run(reviewId, id, status, status === 'abandonnee' ? 'Motif' : '', AT);
      });

      const dashboard = await f.get(2020);
      // Bilans: the rows written, and the convention en cours without a row is expected; the validated one owes none yet.
      const universe = [...statuses, 'attendu'];
      const count = (status: string) => universe.filter((candidate) => candidate === status).length;
      expect(dashboard.bilans).toEqual({ attendu: count('attendu'), recu: count('recu'), incomplet: count('incomplet'), valide: count('valide'), rejete: 0, dispense: 0, late: 1, total: universe.length });

      // Indicators: Σ of validated bilans' totals per lever, targets of the same conventions.
      const validated = statuses.map((status, index) => ({ status, lever: apps[index]?.lever ?? 0, figures: figures[index] ?? { IC01: 0, IC10: 0, IC12: 0, IC13: 0, IC17: 0 } })).filter((bilan) => bilan.status === 'valide');
      const sum = (lever: number | 'all', pick: (figure: (typeof figures)[number]) => number) => validated.filter((bilan) => lever === 'all' || bilan.lever === lever).reduce((total, bilan) => total + pick(bilan.figures), 0);
      const participants = dashboard.indicators.find((indicator) => indicator.code === 'IC01');
      for (const row of participants?.rows ?? []) {
        const lever = row.leverNumber ?? 0;
        const reported = validated.filter((bilan) => bilan.lever === lever).length;
        expect(row.value, row.label).toBe(reported === 0 ? null : sum(lever, (figure) => figure.IC01));
        expect(row.target, row.label).toBe(reported === 0 ? null : 15 * reported);
      }
      expect(participants?.total).toEqual({ value: sum('all', (figure) => figure.IC01), target: 15 * validated.length });
      const rate = dashboard.indicators.find((indicator) => indicator.code === 'IC14');
      const positive = (figure: (typeof figures)[number]) => figure.IC12 + figure.IC13 + figure.IC17;
      expect(rate?.total.value).toBeCloseTo((100 * sum('all', positive)) / sum('all', (figure) => figure.IC10), 9);
      expect(rate?.total.target).toBeCloseTo(50, 9);
      const leverTwo = rate?.rows.find((row) => row.leverNumber === 2);
      expect(leverTwo?.value).toBeCloseTo((100 * sum(2, positive)) / sum(2, (figure) => figure.IC10), 9);

      // The pact: every action counted, an untouched one as non engagée.
      const statusOf = (index: number) => (index % 3 === 2 ? 'non_engagee' : (progress[index % 4] ?? 'realisee'));
      const all = actions.map((_action, index) => statusOf(index));
      expect(dashboard.pact?.reviewId).toBe(reviewId);
      expect(dashboard.pact?.total).toMatchObject({ actions: all.length, realisee: all.filter((status) => status === 'realisee').length, abandonnee: all.filter((status) => status === 'abandonnee').length, enCours: all.filter((status) => status === 'en_cours').length });
      expect(dashboard.pact?.levers.reduce((total, lever) => total + lever.actions, 0)).toBe(all.length);
    });
  });
});

describe('the dashboard’s year and to-do list', () => {
  it('opens on the latest year with a call, else the current year; a new base says so', async () => {
    const f = fixture();
    const empty = await f.get();
    expect(empty).toMatchObject({ year: 2021, years: [], callCount: 0, pact: null });
    expect(empty.money.rows).toEqual([]);
    expect(empty.todo.every((group) => group.count === 0 && group.items.length === 0)).toBe(true);
    await inSavepoint(f.sqlite, async () => {
      writeBase(f, [{ year: 2019, envelope: 100, leverShares: [0, 0, 0, 0, 0, 0] }, { year: 2020, envelope: 100, leverShares: [0, 0, 0, 0, 0, 0] }], []);
      expect((await f.get()).year).toBe(2020);
      expect((await f.get()).years).toEqual([2020, 2019]);
    });
  });

  it('counts every waiting item, and each item opens an existing page of the app', async () => {
    const f = fixture();
    await inSavepoint(f.sqlite, async () => {
      const apps: GeneratedApp[] = Array.from({ length: 8 }, (_value, index) => ({ call: 0, lever: 1, avis: [], convention: { status: index < 6 ? 'validee_ca' : 'signee', total: 1_000_000, payments: [], recoveries: [] } }));
      writeBase(f, [{ year: 2020, envelope: 10_000_000, leverShares: [1, 0, 0, 0, 0, 0] }], apps);
      // The two signed ones: their advance, due 60 days after the signature, never paid; a 2019 year whose bilan was due on 30 June 2020.
      f.sqlite.prepare("update conventions set signed_ccas_on = '2020-02-01', signed_provider_on = '2020-02-01' where status = 'signee'").run();
      for (const { id } of f.sqlite.prepare("select id from conventions where status = 'signee'").all() as { id: number }[]) {
        f.sqlite.prepare('insert into convention_years (convention_id, year, amount_cents) values (?, 2019, 1000000)').run(id);
      }
      const dashboard = await f.get(2020);
      const group = (kind: string) => dashboard.todo.find((candidate) => candidate.kind === kind);
      const countOf = (sql: string) => (f.sqlite.prepare(sql).get() as { n: number }).n;
      expect(group('sessions')?.count).toBe(countOf("select count(*) as n from cai_sessions where status <> 'close'"));
      expect(group('signatures')?.count).toBe(countOf("select count(*) as n from conventions where status = 'validee_ca'"));
      expect(group('signatures')?.items).toHaveLength(5);
      expect(group('payments')?.count).toBe(2);
      expect(group('bilans')?.count).toBe(2);

      // Each address is a route of the app, and names a row that exists.
      const router = readFileSync(path.join(repoRoot, 'renderer', 'src', 'app', 'router.tsx'), 'utf8');
      const filters = readFileSync(path.join(repoRoot, 'renderer', 'src', 'features', 'conventions', 'use-convention-filters.ts'), 'utf8');
      const exists = (table: string, id: string) => countOf(`select count(*) as n from ${table} where id = ${Number(id)}`) === 1;
      for (const item of dashboard.todo.flatMap((candidate) => [candidate, ...candidate.items])) {
        const [pathname = '', query = ''] = item.href.split('?');
        const match = /^\/(seances|conventions|indicateurs\/bilans)(?:\/(\d+))?$/u.exec(pathname);
        expect(match, item.href).not.toBeNull();
        const [, section = '', id] = match ?? [];
        expect(router).toContain(`path: '${section.split('/')[0] ?? ''}'`);
        if (id !== undefined) expect(exists({ seances: 'cai_sessions', conventions: 'conventions', 'indicateurs/bilans': 'bilans' }[section] ?? '', id), item.href).toBe(true);
        for (const key of new URLSearchParams(query).keys()) if (section === 'conventions') expect(filters).toContain(`'${key}'`);
      }
    });
  });
});
