// Starts the harness's child process and kills it. The child (child.ts) is bundled once per run with
// esbuild, the way `npm run build:node` bundles the `pacte` bin, into a folder of this run under
// node_modules/.cache (so that its packages resolve): started with plain node it is ready in a fraction
// of a second, where tsx would transpile the whole service again for each of hundreds of children.
// CRASH_CHILD=tsx runs it through tsx instead (slower; no build step).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../support/test-app.ts';

export type ChildCommand = { command: string; args: string[]; cleanup: () => void };

export async function childCommand(): Promise<ChildCommand> {
  const source = path.join(repoRoot, 'tests', 'crash', 'child.ts');
  if (process.env.CRASH_CHILD === 'tsx') return { command: process.execPath, args: ['--import', 'tsx', source], cleanup: () => undefined };
  const folder = path.join(repoRoot, 'node_modules', '.cache', `pacte-crash-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  const outfile = path.join(folder, 'child.mjs');
  await build({ entryPoints: [source], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' });
  return { command: process.execPath, args: [outfile], cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

export type ChildRun = {
  /** The child was killed by our SIGKILL (not finished first). */
  killed: boolean;
  /** ms from "ready" to the end (the kill or "done"). */
  elapsedMs: number;
  result: { ok: boolean; error?: { code: string; message: string } } | null;
  exitCode: number | null;
  stderr: string;
};

/** Runs the child on `databaseFile`; `killAfterMs` after it is ready, SIGKILL (null: let it finish). */
export function runChild(child: ChildCommand, scenario: string, databaseFile: string, inputFile: string, killAfterMs: number | null, timeoutMs = 300_000): Promise<ChildRun> {
  return new Promise((resolve) => {
    const process_ = spawn(child.command, [...child.args, scenario, databaseFile, inputFile, repoRoot], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let readyAt: number | null = null;
    let killed = false;
    const timers: NodeJS.Timeout[] = [setTimeout(() => process_.kill('SIGKILL'), timeoutMs)];
    process_.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (readyAt === null && stdout.includes('ready\n')) {
        readyAt = Date.now();
        if (killAfterMs !== null) {
          timers.push(
            setTimeout(() => {
              killed = process_.kill('SIGKILL');
            }, killAfterMs),
          );
        }
      }
    });
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    process_.on('close', (exitCode, signal) => {
      for (const timer of timers) clearTimeout(timer);
      const line = stdout.split('\n').find((text) => text.startsWith('result '));
      resolve({
        killed: killed && signal === 'SIGKILL' && !stdout.includes('done\n'),
        elapsedMs: readyAt === null ? 0 : Date.now() - readyAt,
        result: line ? (JSON.parse(line.slice('result '.length)) as ChildRun['result']) : null,
        exitCode,
        stderr,
      });
    });
  });
}
