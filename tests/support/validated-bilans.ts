// Bilans with their figures written straight into the tables (status 'valide' by default), for the roll-up
// suites: they need many bilans in known states, not the road a manager takes to validate one.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Service } from '../../core/service/create-service.ts';
import { openService } from '../../core/service/open-service.ts';
import { boardSession } from './board-session.ts';
import { repoRoot, TEST_PACK_KDF_COST, tempDir } from './test-app.ts';

export type BilanFigure = { code: string; value: number; dimension?: string; category?: string };

export type InsertedBilan = { conventionId: number; year: number; status?: 'valide' | 'recu' | 'incomplet' | 'rejete' | 'attendu' | 'dispense'; figures: readonly BilanFigure[] };

/** One bilan and its values; returns its id. */
export function insertBilan(sqlite: Database.Database, bilan: InsertedBilan): number {
  const at = '2026-01-15T10:00:00.000Z';
  const { id } = sqlite
    .prepare(
      `insert into bilans (convention_id, year, status, due_on, received_on, decided_on, decided_by, created_at, created_by, updated_at)
       values (?, ?, ?, ?, ?, ?, 'Test', ?, 'Test', ?) returning id`,
    )
    .get(bilan.conventionId, bilan.year, bilan.status ?? 'valide', `${bilan.year + 1}-06-30`, `${bilan.year + 1}-03-01`, `${bilan.year + 1}-04-01`, at, at) as { id: number };
  const insertValue = sqlite.prepare('insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, ?, ?, ?)');
  for (const figure of bilan.figures) insertValue.run(id, figure.code, figure.dimension ?? 'total', figure.category ?? '', figure.value);
  return id;
}

/** Sets a convention's target for a year and code. */
export function insertTarget(sqlite: Database.Database, conventionId: number, year: number, code: string, targetValue: number): void {
  sqlite
    .prepare("insert into convention_indicator_targets (convention_id, year, code, target_value, updated_at, updated_by) values (?, ?, ?, ?, '2026-01-01T00:00:00.000Z', 'Test')")
    .run(conventionId, year, code, targetValue);
}

export type RollupConvention = { id: number; number: string; providerId: number; providerName: string; applicationId: number; leverCode: string; objectiveCode: string };

/**
 * The four conventions drafted from the board session (levers 6, 6, 1 and 3; Mobiliclés holds two), each
 * with its primary operational objective; the first also gets a secondary objective in lever 2.
 */
export async function rollupConventions(service: Service, sqlite: Database.Database): Promise<RollupConvention[]> {
  const setup = await boardSession(service);
  await service.invoke('conventions.draft', { sessionId: setup.sessionId });
  const rows = sqlite
    .prepare(
      `select c.id, c.number, c.provider_id as providerId, p.name as providerName, c.application_id as applicationId, pl.code as leverCode, oo.code as objectiveCode
       from conventions c join providers p on p.id = c.provider_id
       join application_objectives ao on ao.application_id = c.application_id and ao.is_primary = 1
       join pact_operational_objectives oo on oo.id = ao.operational_objective_id
       join pact_objectives po on po.id = oo.objective_id join pact_levers pl on pl.id = po.lever_id
       order by c.id`,
    )
    .all() as RollupConvention[];
  const first = rows[0];
  if (first) {
    const secondary = sqlite.prepare("select oo.id from pact_operational_objectives oo join pact_objectives po on po.id = oo.objective_id join pact_levers pl on pl.id = po.lever_id where pl.code = '2' order by oo.id limit 1").get() as { id: number };
    sqlite.prepare('insert into application_objectives (application_id, operational_objective_id, is_primary) values (?, ?, 0)').run(first.applicationId, secondary.id);
  }
  return rows;
}

export type RollupBase = { file: string; conventions: RollupConvention[]; remove: () => void };

/**
 * The board session's four conventions in a file built once per suite (beforeAll): each test then works on
 * its own copy (copyOfBase), so that a test costs its own work, not the whole session's.
 */
export async function buildRollupBase(): Promise<RollupBase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-rollup-base-'));
  const file = path.join(dir, 'base.sqlite');
  const opened = openService({ databaseFile: file, appRoot: repoRoot, packKdfCost: TEST_PACK_KDF_COST, now: () => new Date('2026-03-01T09:00:00.000Z') });
  try {
    const conventions = await rollupConventions(opened.service, opened.database.sqlite);
    return { file, conventions, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } finally {
    opened.close();
  }
}

/** A copy of the base in this test's own folder (removed when the test ends). */
export function copyOfBase(base: RollupBase): string {
  const file = path.join(tempDir(), 'pacte.sqlite');
  copyFileSync(base.file, file);
  return file;
}
