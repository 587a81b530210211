// `npm test` starts with `node scripts/run-parallel.mjs typecheck lint`: both run, and the step fails
// when either does, with each script's output kept whole.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/test-app.ts';

const runParallel = (...scripts: string[]) => spawnSync(process.execPath, ['scripts/run-parallel.mjs', ...scripts], { cwd: repoRoot, encoding: 'utf8' });

describe('scripts/run-parallel.mjs', () => {
  it('fails when one of the scripts fails, and says which', () => {
    const run = runParallel('db:generate-nonexistent', 'build:node');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('── npm run db:generate-nonexistent : échec');
    expect(run.stdout).toContain('── npm run build:node : réussi');
  });

  it('asks for a script when given none', () => {
    const run = runParallel();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Indiquez les scripts npm à lancer.');
  });
});
