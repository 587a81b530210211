// Starts the browser-mode host (`pacte serve`, what `npm run serve` runs after building) on a database
// of the test's own, and stops it. The renderer must be built (npm test builds it before Playwright).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `url` is the app's base address; `loginUrl` the printed one, with the token that opens a session. */
export type ServeHost = { url: string; loginUrl: string; databaseFile: string; stop: () => Promise<void> };

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export function newDatabaseFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'pacte-e2e-')), 'pacte.sqlite');
}

/** A fresh copy of a base file with what SQLite and the app keep beside it (WAL, attachments' folder). */
export function databaseCopy(source: string): string {
  const file = newDatabaseFile();
  cpSync(source, file);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${source}${suffix}`)) cpSync(`${source}${suffix}`, `${file}${suffix}`);
  const pieces = source.replace(/\.sqlite$/u, '-pieces');
  if (existsSync(pieces)) cpSync(pieces, file.replace(/\.sqlite$/u, '-pieces'), { recursive: true });
  return file;
}

/** A fresh copy of the demo base the global setup loaded once. */
export function demoDatabaseCopy(): string {
  const source = process.env.PACTE_E2E_DEMO_DB;
  if (!source) throw new Error('PACTE_E2E_DEMO_DB is not set: the e2e global setup loads the demo base (playwright.config.ts).');
  return databaseCopy(source);
}

/** The bin the global setup bundled for this run (tests/e2e/support/global-setup.ts). */
function pacteBin(): string {
  const bin = process.env.PACTE_E2E_BIN;
  if (!bin) throw new Error('PACTE_E2E_BIN is not set: the e2e global setup bundles the pacte command (playwright.config.ts).');
  return bin;
}

export async function startServeHost(databaseFile: string = newDatabaseFile()): Promise<ServeHost> {
  const child = spawn(process.execPath, [pacteBin(), '--db', databaseFile, 'serve', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, NO_PROXY: '127.0.0.1,localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const loginUrl = await waitForUrl(child);
  return {
    url: new URL('/', loginUrl).href,
    loginUrl,
    databaseFile,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pacte serve did not print its URL in 30 s.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pacte serve exited with ${code}.\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}
