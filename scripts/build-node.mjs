// Bundles the Node-side entry points with esbuild: Electron main (ESM), preload (CJS: sandboxed
// preloads cannot be ESM) and the `pacte` command. Packages stay external: node_modules ships with the app.
import { build } from 'esbuild';
import { cliBundle, commonNodeBundle } from './node-bundles.mjs';

await Promise.all([
  build({ ...commonNodeBundle, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', external: ['electron'] }),
  // The service's own thread (electron/main/threaded-service.ts loads it from beside main.mjs).
  build({ ...commonNodeBundle, entryPoints: ['electron/main/service-thread.ts'], outfile: 'dist/electron/service-thread.mjs', format: 'esm' }),
  build({ ...commonNodeBundle, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build(cliBundle('dist/node/pacte.mjs')),
]);
console.log('dist/electron/main.mjs, dist/electron/service-thread.mjs, dist/electron/preload.cjs, dist/node/pacte.mjs construits.');
