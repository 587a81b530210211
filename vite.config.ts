// Vite config of the renderer: built to dist/renderer, loaded from app://pacte/ by Electron and served by electron/serve.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * The dev server injects inline scripts (React refresh) and a websocket that the strict CSP of
 * index.html forbids; the CSP only matters for the built app, so it is dropped while serving.
 */
function dropCspInDev(): Plugin {
  return {
    name: 'pacte-drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served from app://pacte/ (Electron) and from the browser host.
  base: './',
  plugins: [react(), dropCspInDev()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle read from the local disk (or 127.0.0.1): the web's 500 kB budget does not apply.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // Browser-mode development against a running `electron/serve` host.
    proxy: { '/api': 'http://127.0.0.1:4870' },
  },
});
