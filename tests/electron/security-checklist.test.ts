// Checklist points that hold for the whole code base rather than one function (docs/security.md):
// no source turns a protection off, the preload uses invoke only, Electron stays current, no remote module.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../electron/common/app-paths.ts';

const appRoot = findAppRoot(import.meta.dirname);
const packageJson = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(appRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs|cjs|js|html)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// The shipped code: the main process, the preload, the renderer (the CLI and browser host never make a window).
const shipped = [...sourceFiles('electron/main'), ...sourceFiles('electron/preload'), ...sourceFiles('renderer')];

describe('no source turns a protection off (points 2–4, 6, 8–12)', () => {
  const forbidden: [string, RegExp][] = [
    ['nodeIntegration on', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['contextIsolation off', /contextIsolation\s*:\s*false/],
    ['sandbox off', /sandbox\s*:\s*false/],
    ['webSecurity off', /webSecurity\s*:\s*false|disablewebsecurity/i],
    ['insecure content allowed', /allowRunningInsecureContent\s*:\s*true/],
    ['experimental features', /experimentalFeatures\s*:\s*true/],
    ['Blink features', /enableBlinkFeatures/],
    ['<webview> popups or tag', /allowpopups|webviewTag\s*:\s*true/i],
    ['remote module', /enableRemoteModule|@electron\/remote/],
    ['a scheme that bypasses the CSP', /bypassCSP\s*:\s*true/],
  ];

  it('holds in every shipped source file', () => {
    expect(shipped.length).toBeGreaterThan(50);
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      for (const [what, pattern] of forbidden) expect(pattern.test(text), `${what} in ${path.relative(appRoot, file)}`).toBe(false);
    }
  });

  it('puts no <webview> in the page', () => {
    for (const file of sourceFiles('renderer')) expect(readFileSync(file, 'utf8'), path.relative(appRoot, file)).not.toMatch(/<webview/i);
  });

  it('loads no page from file:// in the main process', () => {
    for (const file of sourceFiles('electron/main')) {
      expect(readFileSync(file, 'utf8'), path.relative(appRoot, file)).not.toMatch(/\.loadFile\(|loadURL\(\s*['"`]file:/);
    }
  });
});

describe('the preload exposes no Electron API (point 20)', () => {
  it('calls ipcRenderer.invoke only: no on/send/sendSync, no event object handed to the page', () => {
    const preload = readFileSync(path.join(appRoot, 'electron/preload/preload.ts'), 'utf8');
    const uses = [...preload.matchAll(/ipcRenderer\.(\w+)/g)].map((match) => match[1]);
    expect(new Set(uses)).toEqual(new Set(['invoke']));
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('pacte', bridge\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});

describe('a current Electron without the remote module (points 16 and 20)', () => {
  // A ratchet, not the whole point: 41 is past Electron's support window (the latest three majors), see docs/security.md.
  it('pins Electron exactly, never below 41, and installs that version', () => {
    const pinned = packageJson.devDependencies?.electron ?? packageJson.dependencies?.electron;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pinned!.split('.')[0])).toBeGreaterThanOrEqual(41);
    const installed = (JSON.parse(readFileSync(path.join(appRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    expect(installed).toBe(pinned);
  });

  it('depends on no @electron/remote', () => {
    expect({ ...packageJson.dependencies, ...packageJson.devDependencies }).not.toHaveProperty('@electron/remote');
  });
});
