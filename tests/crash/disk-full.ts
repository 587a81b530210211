// The disk-full check of the crash harness: the import's database on a tmpfs a little larger than the
// base, mounted for the run (root in a container usually may; otherwise the check is skipped, its reason
// printed). Twice: with the backup made before the import on the full disk, then with the backups
// elsewhere so that the import's own transaction meets the full disk. Each time: a French error (not an
// internal one), nothing written, the file sound and its audit chain intact.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { openService } from '../../core/service/open-service.ts';
import { frenchProblem } from '../fuzz/support/french-text.ts';
import { repoRoot } from '../support/test-app.ts';
import { checkKilled, snapshot } from './crash-checks.ts';
import { runChild, type ChildCommand } from './crash-child.ts';
import type { PreparedScenario } from './crash-scenarios.ts';

export type DiskFullOutcome = { summary: string; problems: string[] };

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function oneCase(child: ChildCommand, scenario: PreparedScenario, folder: string, label: string, outsideBackups: string | null): Promise<{ line: string; problems: string[] }> {
  cpSync(scenario.baseFolder, folder, { recursive: true });
  const file = path.join(folder, 'pacte.sqlite');
  if (outsideBackups !== null) {
    const opened = openService({ databaseFile: file, appRoot: repoRoot, actor: 'crash-harness' });
    try {
      await opened.service.invoke('backup.setFolder', { folder: outsideBackups });
    } finally {
      opened.close();
    }
  }
  const base = snapshot(file);
  const run = await runChild(child, scenario.name, file, scenario.inputFile, null);
  const problems: string[] = [];
  const error = run.result && !run.result.ok ? run.result.error : undefined;
  if (!run.result) problems.push(`${label}: the child gave no answer (exit ${run.exitCode}): ${run.stderr.slice(0, 500)}`);
  else if (run.result.ok) problems.push(`${label}: the import succeeded: the disk was not full enough to test anything`);
  else if (!error || error.code === 'internal') problems.push(`${label}: internal error instead of a French storage error: ${JSON.stringify(run.result)}; the child's log: ${run.stderr.slice(0, 1_500)}`);
  else {
    const why = frenchProblem(error.message);
    if (why) problems.push(`${label}: the message is not French (${why}): ${error.message}`);
  }
  const verdict = await checkKilled(scenario, folder, base, base);
  for (const key of ['corrupt', 'partial', 'unaudited'] as const) if (verdict[key]) problems.push(`${label}: ${key}: ${verdict[key]}`);
  const now = snapshot(file);
  if (JSON.stringify(now.counts) !== JSON.stringify(base.counts) || now.auditSeq !== base.auditSeq) problems.push(`${label}: rows or audit entries written on the full disk`);
  return { line: `${label}: ${error ? `${error.code} « ${error.message} »` : JSON.stringify(run.result)}`, problems };
}

/** A tmpfs of `sizeKb` at `mountPoint` for `use`, unmounted after; a string when it cannot be mounted. */
async function onTmpfs<T>(mountPoint: string, sizeKb: number, use: () => Promise<T>): Promise<T | string> {
  mkdirSync(mountPoint, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mounted.status !== 0) return `mount -t tmpfs -o size=${sizeKb}k: ${(mounted.stderr || mounted.error?.message || `exit ${mounted.status}`).trim()}`;
  try {
    return await use();
  } finally {
    const unmounted = spawnSync('umount', [mountPoint], { encoding: 'utf8' });
    if (unmounted.status !== 0) spawnSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
}

export async function diskFullTest(child: ChildCommand, scenario: PreparedScenario | undefined, root: string): Promise<DiskFullOutcome> {
  if (!scenario) return { summary: 'skipped: the import scenario is not part of this run.', problems: [] };
  if (process.platform !== 'linux') return { summary: `skipped: tmpfs needs Linux (this is ${process.platform}).`, problems: [] };
  // The base and half a megabyte: room to open it, not for a backup of it nor for thousands of rows.
  const sizeKb = Math.ceil(folderBytes(scenario.baseFolder) / 1024) + 512;
  const cases = [
    { label: 'backup before the import on the full disk', outside: null },
    { label: 'the import itself on the full disk (backups elsewhere)', outside: path.join(root, 'sauvegardes-ailleurs') },
  ];
  const lines: string[] = [];
  const problems: string[] = [];
  for (const [index, { label, outside }] of cases.entries()) {
    const mountPoint = path.join(root, `disque-plein-${index}`);
    const outcome = await onTmpfs(mountPoint, sizeKb, () => oneCase(child, scenario, path.join(mountPoint, 'pacte'), label, outside));
    if (typeof outcome === 'string') return { summary: `skipped: a tmpfs cannot be mounted here (${outcome}).`, problems: [] };
    lines.push(`  ${outcome.line}`);
    problems.push(...outcome.problems);
  }
  return { summary: `tmpfs of ${sizeKb} KB\n${lines.join('\n')}`, problems };
}
