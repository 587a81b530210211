// A signed convention and a bilan written straight into the tables, as bilans.saveContent leaves it:
// the lifecycle's tests do not depend on the content's own rules (tests/core/bilans/content-*.test.ts).
// The board session behind the convention is built once per file; each test works on a copy.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openService } from '../../../core/service/open-service.ts';
import { signedConvention } from '../../support/signed-convention.ts';
import { openTestService, repoRoot, tempDir, TEST_PACK_KDF_COST, type TestService } from '../../support/test-app.ts';

export type Clock = { at: (iso: string) => void; now: () => Date };

export function clock(start: string): Clock {
  let current = new Date(start);
  return { at: (iso) => (current = new Date(iso)), now: () => current };
}

type Base = { file: string; conventionId: number; otherIds: number[] };

let base: Promise<Base> | null = null;

/** Built once per test file (a board session is seconds of work); each test opens its own copy. */
async function buildBase(): Promise<Base> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-bilans-base-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const time = clock('2018-01-10T09:00:00.000Z');
  const file = path.join(dir, 'base.sqlite');
  const opened = openService({ databaseFile: file, appRoot: repoRoot, now: time.now, actor: 'Marie Le Gall', packKdfCost: TEST_PACK_KDF_COST });
  const { id, drafted } = await signedConvention(opened.service, opened.database.sqlite);
  opened.close();
  return { file, conventionId: id, otherIds: drafted.map((row) => row.id).filter((other) => other !== id) };
}

/** For a beforeAll: the base's build is not charged to the first test. */
export async function prepareBase(): Promise<void> {
  base ??= buildBase();
  await base;
}

/**
 * The 'Vélo-école' convention of the board session, signed, advance paid, one avenant (2018 only);
 * the three other conventions of the session drafted (not signed).
 */
export async function signedApp(time: Clock): Promise<TestService & { conventionId: number; otherIds: number[] }> {
  base ??= buildBase();
  const { file, conventionId, otherIds } = await base;
  const copy = path.join(tempDir(), 'pacte.sqlite');
  copyFileSync(file, copy);
  const app = openTestService({ file: copy, now: time.now, actor: 'Marie Le Gall' });
  return { ...app, conventionId, otherIds };
}

export type ReceivedOptions = { values?: boolean; financialLines?: boolean; status?: string; receivedOn?: string };

/** A received bilan of (convention, year) with figures and a financial report (each may be left out). */
export function insertReceivedBilan(sqlite: Database.Database, conventionId: number, year: number, options: ReceivedOptions = {}): number {
  const at = '2019-02-01T09:00:00.000Z';
  const { lastInsertRowid } = sqlite
    .prepare(
      `insert into bilans (convention_id, year, status, outcome, due_on, received_on, qualitative, created_at, created_by, updated_at)
       values (?, ?, ?, 'realisee', ?, ?, 'Douze personnes ont suivi la vélo-école.', ?, 'Marie Le Gall', ?)`,
    )
    .run(conventionId, year, options.status ?? 'recu', `${year + 1}-06-30`, options.receivedOn ?? '2019-02-01', at, at);
  const bilanId = Number(lastInsertRowid);
  if (options.values !== false) {
    const value = sqlite.prepare("insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, ?, ?, ?)");
    value.run(bilanId, 'IC01', 'total', '', 12);
    value.run(bilanId, 'IC01', 'sex', 'F', 7);
    value.run(bilanId, 'IC01', 'sex', 'H', 5);
  }
  if (options.financialLines !== false) {
    const line = sqlite.prepare('insert into financial_report_lines (bilan_id, side, position, account, label, planned_cents, actual_cents) values (?, ?, ?, ?, ?, ?, ?)');
    line.run(bilanId, 'charge', 1, '64', 'Salaires', 1_200_000, 1_150_000);
    line.run(bilanId, 'produit', 1, '74', 'Subvention CCAS', 1_600_000, 1_600_000);
  }
  return bilanId;
}
