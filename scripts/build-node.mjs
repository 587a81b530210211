// Bundles the Node-side entry points with esbuild: Electron main (ESM), preload (CJS: sandboxed
// preloads cannot be ESM) and the `pacte` command. Packages stay external: node_modules ships with the app.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/node/pacte.mjs', format: 'esm', banner: { js: '#!/usr/bin/env node' } }),
]);
console.log('dist/electron/main.mjs, dist/electron/preload.cjs, dist/node/pacte.mjs construits.');
