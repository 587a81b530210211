// `npm run fuzz` and `npm run test:crash` are documented in the README and run by hand for thousands of
// cases; here each runs at its smallest size with every documented option, so a broken runner shows in `npm test`.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/test-app.ts';

function npmRun(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('the robustness runners', () => {
  it('npm run fuzz replays a seed with FUZZ_RUNS inputs per reader and prints its table', async () => {
    const run = await npmRun(['fuzz'], { FUZZ_RUNS: '2', FUZZ_SEED: '11' });
    expect(run.output).toContain('FUZZ_RUNS=2, FUZZ_SEED=11');
    expect(run.output).toMatch(/Fuzz run, per reader \(FUZZ_SEED=11\)/);
    expect(run.status, run.output.slice(-2000)).toBe(0);
  }, 180_000);

  it('npm run test:crash kills, checks and reports with its options (--kills --seed --parallel --scenarios --providers --applications --agenda)', async () => {
    const run = await npmRun(['test:crash', '--', '--kills', '2', '--seed', '5', '--parallel', '1', '--scenarios', 'jury-pack', '--providers', '4', '--applications', '8', '--agenda', '3']);
    expect(run.output).toContain('Crash harness: 2 kills over jury-pack, seed 5');
    expect(run.output).toContain('import: 4 providers and 8 applications; agenda of 3 applications');
    expect(run.output).toMatch(/jury-pack\s+2\s+\d+\s+0\s+0\s+0\s+0\s+0/);
    expect(run.status, run.output.slice(-2000)).toBe(0);
  }, 180_000);
});
