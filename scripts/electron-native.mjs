// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/ (runs in plain Node, before `electron .`).
// node_modules keeps the Node build that tests, the CLI and the browser mode load; the desktop app
// picks this copy through better-sqlite3's nativeBinding option (electron/main/native-binding.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const appRoot = path.resolve(import.meta.dirname, '..');
const moduleDir = path.join(appRoot, 'node_modules', 'better-sqlite3');
// The files better-sqlite3 publishes: enough for node-gyp, without its Node build/ folder.
const SOURCE_ENTRIES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];
const HEADERS_URL = 'https://electronjs.org/headers';

function say(text) {
  process.stdout.write(`[module natif] ${text}\n`);
}

/** Thrown, not process.exit: the `finally` that removes the work folder must still run. */
class BuildFailure extends Error {}

function fail(text) {
  throw new BuildFailure(text);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function installedElectronVersion() {
  const file = path.join(appRoot, 'node_modules', 'electron', 'package.json');
  if (!existsSync(file)) fail("Electron n'est pas installé (node_modules/electron absent) : lancez « npm ci » d'abord.");
  return readJson(file).version;
}

/** npm's own node-gyp first: `npm run` names it, and it ships with every npm. */
function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  try {
    candidates.push(createRequire(path.join(appRoot, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // Not a dependency of the project: the candidates above usually suffice.
  }
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function run(label, command, args, options) {
  say(`${label}…`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) say(`${label} : impossible de lancer la commande (${result.error.message}).`);
  return result.status === 0;
}

function tryPrebuild(workDir, version, arch) {
  const bin = path.join(appRoot, 'node_modules', 'prebuild-install', 'bin.js');
  if (!existsSync(bin)) {
    say('prebuild-install est absent de node_modules : compilation depuis les sources.');
    return false;
  }
  return run(`Téléchargement du module précompilé pour Electron ${version} (${arch})`, process.execPath, [bin, '--runtime', 'electron', '--target', version, '--arch', arch, '--verbose'], {
    cwd: workDir,
    timeout: 3 * 60_000,
  });
}

function tryCompile(workDir, version, arch) {
  const args = ['rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, `--dist-url=${HEADERS_URL}`];
  const nodeGyp = findNodeGyp();
  const label = `Compilation depuis les sources pour Electron ${version} (${arch}), quelques minutes`;
  const options = { cwd: workDir, timeout: 20 * 60_000 };
  if (nodeGyp) return run(label, process.execPath, [nodeGyp, ...args], options);
  say("node-gyp introuvable à côté de npm : essai avec « npx node-gyp@11 ».");
  return run(label, 'npx', ['--yes', 'node-gyp@11', ...args], { ...options, shell: process.platform === 'win32' });
}

function main() {
  const { values } = parseArgs({
    options: {
      'electron-version': { type: 'string' },
      arch: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const version = values['electron-version'] ?? installedElectronVersion();
  const arch = values.arch ?? process.arch;
  // Same convention as electronNativeBindingFile() in electron/main/native-binding.ts.
  const target = path.join(appRoot, 'native', `electron-${version}`, 'better_sqlite3.node');

  if (!values.force && existsSync(target) && statSync(target).size > 0) {
    say(`Module natif déjà présent : ${target}`);
    return;
  }
  if (!existsSync(path.join(moduleDir, 'package.json'))) fail("better-sqlite3 n'est pas installé : lancez « npm ci » d'abord.");

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'pacte-better-sqlite3-'));
  try {
    say(`Copie des sources de better-sqlite3 ${readJson(path.join(moduleDir, 'package.json')).version} dans ${workDir}`);
    for (const entry of SOURCE_ENTRIES) {
      const from = path.join(moduleDir, entry);
      if (existsSync(from)) cpSync(from, path.join(workDir, entry), { recursive: true });
    }

    const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
    const ok = tryPrebuild(workDir, version, arch) || tryCompile(workDir, version, arch);
    if (!ok || !existsSync(built)) {
      fail(
        `impossible d'obtenir better-sqlite3 pour Electron ${version} (${arch}). ` +
          `Il faut un accès à github.com (module précompilé) ou à ${HEADERS_URL} (en-têtes pour compiler), ` +
          "ainsi que Python et un compilateur C++ pour la compilation. Sur une machine hors ligne, copiez un " +
          `better_sqlite3.node construit ailleurs dans ${path.dirname(target)}.`,
      );
    }

    mkdirSync(path.dirname(target), { recursive: true });
    // Copied under a temporary name then renamed: the app never loads a half-written addon.
    const partial = `${target}.partiel`;
    cpSync(built, partial);
    renameSync(partial, target);
    say(`Module natif prêt : ${target}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  const text = error instanceof BuildFailure ? error.message : `erreur inattendue : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`[module natif] Échec : ${text}\n`);
  process.exitCode = 1;
}
