// esbuild options of the Node-side bundles, shared by the build and by the e2e setup (which bundles
// the `pacte` command to a folder of its own, so that a test run never starts a stale or half-written bin).
export const commonNodeBundle = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };

/** The `pacte` command: ESM with a shebang. */
export function cliBundle(outfile) {
  return { ...commonNodeBundle, entryPoints: ['electron/cli/main.ts'], outfile, format: 'esm', banner: { js: '#!/usr/bin/env node' } };
}
