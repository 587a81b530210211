// Test scaffolding shared by the non-UI suites: the repo's paths, a temp folder per test, and a
// migrated service on a fresh SQLite file in it (real files, real migrations, never a mocked DB).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { ApiError, Result } from '../../core/service/api.ts';
import { openService, type OpenedService } from '../../core/service/open-service.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';

export const repoRoot = findAppRoot(import.meta.dirname);
export const migrationsFolder = path.join(repoRoot, 'db', 'migrations');
export const priFile = path.join(repoRoot, 'resources', 'pact', 'pri-2017-2021.json');

export function fixturePath(name: string): string {
  return path.join(repoRoot, 'tests', 'fixtures', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A folder of this test only, removed when the test ends, whether it passed or not. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export type TestService = OpenedService & { file: string; dir: string };

export type TestServiceOptions = {
  /** An existing file to open; by default a fresh one in a new temp folder. */
  file?: string;
  now?: () => Date;
  /** Who the histories name; by default the operating-system user. */
  actor?: string;
  /**
   * scrypt cost of the keys written into jury packs. Tests use the floor a reader accepts (16,384, an
   * eighth of the app's): a pack costs about 3 s of key derivation at the app's own cost, which made
   * the suite minutes longer; tests/core/packs-kdf-cost.test.ts checks the app's cost itself.
   */
  packKdfCost?: number | 'app';
};

export const TEST_PACK_KDF_COST = 16_384;

/** The app as a user gets it on first run: a new file, migrated, the PRI loaded; closed when the test ends. */
export function openTestService(options: TestServiceOptions = {}): TestService {
  const dir = tempDir();
  const file = options.file ?? path.join(dir, 'pacte.sqlite');
  const packKdfCost = options.packKdfCost === 'app' ? {} : { packKdfCost: options.packKdfCost ?? TEST_PACK_KDF_COST };
  const opened = openService({ databaseFile: file, appRoot: repoRoot, ...(options.now ? { now: options.now } : {}), ...(options.actor ? { actor: options.actor } : {}), ...packKdfCost });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    opened.close();
  };
  onTestFinished(close);
  return { ...opened, close, file, dir };
}

/** The error of a call that must have failed; a success here is the test's failure. */
export function expectFailure(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}

/** A French sentence for a person: accented or typographic French, not an English stack message. */
export const FRENCH = /[éèêàçù«»’]|\b(le|la|les|de|du|des|est|n'|pas)\b/i;
