// Before the e2e run: bundle the `pacte` command once (esbuild, about a second) into a folder of this
// run's own. Each test's host then starts from plain JavaScript — about 2 s and 2 CPU-seconds less per
// test than compiling the TypeScript through tsx — and always from the sources as they are now, even
// when `npm run build` was not run or another run rebuilds dist/ at the same time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { cliBundle } from '../../../scripts/node-bundles.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** Returns the teardown: the bundle's folder is removed once the run is over. */
// Playwright loads the global setup through its default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalSetup(): Promise<() => void> {
  // Under node_modules/.cache: the bin finds the app's root (package.json, resources, migrations) and its
  // packages by walking up from its own folder, as dist/node/pacte.mjs does.
  const cacheDir = path.join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(path.join(cacheDir, 'pacte-e2e-bin-'));
  const outfile = path.join(outDir, 'pacte.mjs');
  await build({ ...cliBundle(outfile), absWorkingDir: repoRoot, sourcemap: false });
  // The demo year, loaded once through the real service (10–30 s on 2 busy cores): the specs that only
  // need its data start from a copy (fixtures.ts, `baseData: 'demo'`); the specs about loading it still do.
  const demoDatabase = path.join(outDir, 'demo', 'pacte.sqlite');
  mkdirSync(path.dirname(demoDatabase));
  execFileSync(process.execPath, [outfile, '--db', demoDatabase, 'init', '--demo'], { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, USER: 'e2e-demo' } });
  // Workers inherit the environment the global setup leaves.
  process.env.PACTE_E2E_BIN = outfile;
  process.env.PACTE_E2E_DEMO_DB = demoDatabase;
  return () => rmSync(outDir, { recursive: true, force: true });
}
