import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../electron/common/app-paths.ts';
import { chooseNativeBinding, electronNativeBindingFile } from '../../electron/main/native-binding.ts';

const appRoot = findAppRoot(import.meta.dirname);

describe('the better-sqlite3 build the desktop app loads', () => {
  const expected = path.join('/app', 'native', 'electron-41.7.1', 'better_sqlite3.node');

  it('is native/electron-<version>/better_sqlite3.node when it exists in a checkout', () => {
    expect(chooseNativeBinding({ appRoot: '/app', electronVersion: '41.7.1', isPackaged: false, exists: (file) => file === expected })).toBe(expected);
  });

  it('is left to better-sqlite3 when that file is missing', () => {
    expect(chooseNativeBinding({ appRoot: '/app', electronVersion: '41.7.1', isPackaged: false, exists: () => false })).toBeUndefined();
  });

  it('is left to better-sqlite3 in a package, where electron-builder rebuilt node_modules', () => {
    expect(chooseNativeBinding({ appRoot: '/app', electronVersion: '41.7.1', isPackaged: true, exists: () => true })).toBeUndefined();
  });

  it('is the very file scripts/electron-native.mjs produces (it skips the build when present)', () => {
    const version = '0.0.0-test-convention';
    const file = electronNativeBindingFile(appRoot, version);
    const nativeDirExisted = existsSync(path.join(appRoot, 'native'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'not a real addon');
    try {
      const run = spawnSync(process.execPath, [path.join(appRoot, 'scripts', 'electron-native.mjs'), '--electron-version', version], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(file);
      expect(run.stdout).toMatch(/déjà présent/);
    } finally {
      rmSync(nativeDirExisted ? path.dirname(file) : path.join(appRoot, 'native'), { recursive: true, force: true });
    }
  });
});
