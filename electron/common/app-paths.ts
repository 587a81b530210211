// Where the app's files live, for every entry point (main, CLI, browser host) alike.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Pacte CAI';
export const DATABASE_FILE_NAME = 'pacte-cai.sqlite';

/** The checkout or installed app folder: the nearest parent holding our package.json. */
export function findAppRoot(startDir: string): string {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const { name } = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (name === 'pacte-cai') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json of pacte-cai not found above ${startDir}`);
    dir = parent;
  }
}

/** The same folder as Electron's app.getPath('userData') for productName "Pacte CAI". */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_NAME);
}

/** --db, else PACTE_DB, else the user data folder. */
export function resolveDatabaseFile(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return path.resolve(option);
  if (env.PACTE_DB) return path.resolve(env.PACTE_DB);
  return path.join(defaultUserDataDir(process.platform, env), DATABASE_FILE_NAME);
}
