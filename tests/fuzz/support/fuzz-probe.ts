// One fuzzed input against the real service: a copy of a prepared database file, the real `call()`,
// and the checks of the issue. An error is a French refusal (never 'internal'), an error wrote
// nothing (no commit seen by a second connection, no row count changed, no attachment file left),
// every commit carries its audit entry, and the audit chain still verifies.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Result } from '../../../core/service/api.ts';
import type { Service } from '../../../core/service/create-service.ts';
import { openService } from '../../../core/service/open-service.ts';
import { repoRoot, TEST_PACK_KDF_COST } from '../../support/test-app.ts';
import { frenchProblem } from './french-text.ts';
import { recordProblem, statsOf } from './fuzz-report.ts';

export type FuzzApp = { service: Service; sqlite: Database.Database; file: string; attachmentsDir: string; internals: unknown[] };

/** A database prepared once (migrated, seeded), closed and checkpointed: each input runs on a copy of it. */
export type DbTemplate<T> = { folder: string; file: string; data: T };

const root = mkdtempSync(path.join(os.tmpdir(), 'pacte-fuzz-'));
let copies = 0;

type OpenedFuzzApp = FuzzApp & { close: () => void };

function open(file: string, actor: string): OpenedFuzzApp {
  const internals: unknown[] = [];
  // Packs written at the floor their readers accept, as in the other suites: the readers' path is the same.
  const opened = openService({ databaseFile: file, appRoot: repoRoot, actor, packKdfCost: TEST_PACK_KDF_COST, reportInternalError: (_method, error) => internals.push(error) });
  return { service: opened.service, sqlite: opened.database.sqlite, file, attachmentsDir: opened.service.context.attachmentsDir, internals, close: opened.close };
}

export async function makeTemplate<T>(name: string, prepare: (app: FuzzApp) => Promise<T>, actor = 'agnes.martin'): Promise<DbTemplate<T>> {
  const folder = path.join(root, `template-${name}`);
  const file = path.join(folder, 'pacte.sqlite');
  const app = open(file, actor);
  try {
    const data = await prepare(app);
    app.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { folder, file, data };
  } finally {
    app.close();
  }
}

/** Runs `use` on a fresh copy of the template (database and attachment files), removed afterwards. */
export async function onCopy<T, R>(template: DbTemplate<T>, use: (app: FuzzApp) => Promise<R>, actor = 'agnes.martin'): Promise<R> {
  copies += 1;
  const folder = path.join(root, `case-${copies}`);
  cpSync(template.folder, folder, { recursive: true, filter: (source) => !/-sauvegardes/u.test(source) });
  const app = open(path.join(folder, 'pacte.sqlite'), actor);
  try {
    return await use(app);
  } finally {
    app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function removeFuzzFolders(): void {
  rmSync(root, { recursive: true, force: true });
}

type DbState = { dataVersion: number; counts: Record<string, number>; audit: number; lastSeq: number; files: number };

function filesIn(folder: string): number {
  // Files only: the store's sub-folders may stay behind, empty, after a refused pack's copies are removed.
  return existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;
}

function stateOf(watcher: Database.Database, attachmentsDir: string): DbState {
  const tables = watcher.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
  const counts = Object.fromEntries(tables.map(({ name }) => [name, (watcher.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
  const lastSeq = (watcher.prepare('select coalesce(max(seq), 0) as seq from audit_log').get() as { seq: number }).seq;
  return { dataVersion: Number(watcher.pragma('data_version', { simple: true })), counts, audit: counts.audit_log ?? 0, lastSeq, files: filesIn(attachmentsDir) };
}

function changedTables(before: DbState, after: DbState): string[] {
  return Object.keys({ ...before.counts, ...after.counts }).filter((name) => before.counts[name] !== after.counts[name]);
}

/**
 * What an answer says: refused or not (a report listing errors is a refusal), its sentences for a
 * person, the short notes of its fields (`issues`, placed beside a field: not always a whole sentence),
 * and whether it may have written.
 */
export type Outcome = { refused: boolean; messages: string[]; notes?: string[]; mayWrite: boolean };

/** Calls once, checks everything, counts it for `reader`; true when nothing was wrong. */
export async function probe(app: FuzzApp, reader: string, input: string, run: (service: Service) => Promise<Result<unknown>>, outcomeOf: (value: unknown) => Outcome): Promise<boolean> {
  const stats = statsOf(reader);
  stats.tried += 1;
  const watcher = new Database(app.file, { readonly: true, fileMustExist: true });
  const problems: string[] = [];
  const problem = (kind: Parameters<typeof recordProblem>[1], detail: string) => {
    problems.push(kind);
    recordProblem(stats, kind, `${input} → ${detail}`);
  };
  try {
    const before = stateOf(watcher, app.attachmentsDir);
    const started = performance.now();
    const result = await run(app.service);
    stats.slowestMs = Math.max(stats.slowestMs, performance.now() - started);
    const after = stateOf(watcher, app.attachmentsDir);

    let outcome: Outcome;
    if (!result.ok && result.error.code === 'internal') {
      problem('internal', `${result.error.message} ${app.internals.map((error) => (error instanceof Error ? (error.stack ?? error.message) : String(error))).join(' | ')}`);
      outcome = { refused: true, messages: [], mayWrite: false };
    } else {
      outcome = result.ok ? outcomeOf(result.value) : { refused: true, messages: [result.error.message], notes: (result.error.issues ?? []).map((issue) => issue.message), mayWrite: false };
    }
    if (outcome.refused) stats.refused += 1;
    else stats.ok += 1;
    const texts = [...outcome.messages.map((text) => [text, 'sentence'] as const), ...(outcome.notes ?? []).map((text) => [text, 'note'] as const)];
    for (const [text, kind] of texts) {
      const why = frenchProblem(text, kind);
      if (why) problem('notFrench', `${why}: ${text}`);
    }

    const committed = after.dataVersion !== before.dataVersion;
    const changed = changedTables(before, after);
    const newFiles = after.files !== before.files;
    // A refusal the app records on purpose (a failed PIN or passphrase try: its count and its own audit
    // entry, naming the refused call) is not a write of the refused call.
    const entries = watcher.prepare('select details from audit_log where seq > ?').all(before.lastSeq) as { details: string }[];
    const recordedRefusal = entries.length > 0 && entries.every((entry) => (JSON.parse(entry.details) as { refusedCall?: unknown }).refusedCall !== undefined);
    if (!outcome.mayWrite && !recordedRefusal && (committed || changed.length > 0 || newFiles)) {
      problem('writesDespiteError', `commit: ${committed}, tables changed: ${changed.join(', ') || 'none'}, attachment files ${before.files} → ${after.files}; ${outcome.messages[0] ?? (result.ok ? 'ok' : result.error.message)}`);
    }
    if ((committed || changed.length > 0) && after.audit <= before.audit) problem('unaudited', `tables changed: ${changed.join(', ') || 'none (rows updated)'}, no new audit entry`);
    if (app.sqlite.inTransaction) problem('writesDespiteError', 'the connection was left inside a transaction');
    const verify = await app.service.call('audit.verify', {});
    if (!verify.ok || !(verify.value as { ok: boolean }).ok) problem('chainBroken', JSON.stringify(verify).slice(0, 300));
  } finally {
    watcher.close();
    app.internals.length = 0;
  }
  return problems.length === 0;
}
