// The `pacte` command run in-process: exit 0 on success, 1 on a user error with a French message on
// stderr, 2 on an internal error; every command explains itself in French with --help.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PactSearchResult } from '../../core/service/api.ts';
import type { PactExportJson } from '../../core/service/pact/pact-export.ts';
import { pacte } from '../support/run-pacte.ts';
import { fixturePath, FRENCH, tempDir } from '../support/test-app.ts';

const newDbFile = () => path.join(tempDir(), 'pacte.sqlite');

describe('pacte init', () => {
  it('creates the database, loads the referential and prints its counts', async () => {
    const db = newDbFile();
    const run = await pacte(['--db', db, 'init']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Base prête : ${db}`);
    expect(run.stdout).toContain('Référentiel PRI-2017-2021 : 6 leviers, 25 objectifs, 91 objectifs opérationnels, 167 actions.');
    expect(existsSync(db)).toBe(true);
  });

  it('run twice, keeps one referential', async () => {
    const db = newDbFile();
    await pacte(['--db', db, 'init']);
    const again = await pacte(['--db', db, 'init', '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { pacts: unknown[] }).pacts).toHaveLength(1);
  });
});

describe('pacte pact export', () => {
  it('writes the referential as JSON on stdout', async () => {
    const run = await pacte(['--db', newDbFile(), 'pact', 'export', '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as PactExportJson;
    expect(json.levers.map((lever) => lever.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(json.period).toEqual({ start: 2017, end: 2021 });
  });

  it('writes it as CSV with a BOM, a header and one line per action', async () => {
    const run = await pacte(['--db', newDbFile(), 'pact', 'export', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFLevier n°;Levier;')).toBe(true);
    expect(run.stdout.trimEnd().split('\r\n')).toHaveLength(1 + 167);
  });

  it('writes into the file given by --out, the same content as on stdout', async () => {
    const db = newDbFile();
    const out = path.join(path.dirname(db), 'pacte.csv');
    const run = await pacte(['--db', db, 'pact', 'export', '--format', 'csv', '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe((await pacte(['--db', db, 'pact', 'export', '--format', 'csv'])).stdout);
  });

  it('refuses an unknown format with exit 1 and a French message naming the allowed values', async () => {
    const run = await pacte(['--db', newDbFile(), 'pact', 'export', '--format', 'xml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('pacte : Valeur « xml » refusée pour « --format <format> » : valeurs permises json, csv.\n');
  });
});

describe('pacte pact search', () => {
  it('prints each hit with its code, kind, title and path', async () => {
    const run = await pacte(['--db', newDbFile(), 'pact', 'search', 'velo']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^5 résultats pour « velo »\n/);
    expect(run.stdout).toContain('6.4.2.2  Action : Financement de location de vélo STAR\n');
    expect(run.stdout).toContain(
      '    Levier 6 Favoriser la mobilité › Objectif 6.4 Développer les mobilités alternatives (vélo, voiture sans permis, à pied...) › Objectif opérationnel 6.4.2 Développer la location de vélos électriques\n',
    );
  });

  it('joins several words into one query and prints JSON with --json', async () => {
    const run = await pacte(['--db', newDbFile(), 'pact', 'search', 'location', 'VÉLO', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as PactSearchResult;
    expect(result.query).toBe('location VÉLO');
    expect(result.hits.map((hit) => hit.code)).toEqual(['6.4.2', '6.4.2.1', '6.4.2.2']);
  });
});

describe('pacte pact import', () => {
  it('imports a new referential, then reports the same file as already there', async () => {
    const db = newDbFile();
    const first = await pacte(['--db', db, 'pact', 'import', fixturePath('pact-2022-2026.json')]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Référentiel PRI-2022-2026-FICTIF importé \(n° \d+\)\.\n$/);

    const second = await pacte(['--db', db, 'pact', 'import', fixturePath('pact-2022-2026.json'), '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ code: 'PRI-2022-2026-FICTIF', status: 'unchanged' });
    expect((await pacte(['--db', db, 'pact', 'list', '--json'])).stdout).toContain('PRI-2022-2026-FICTIF');
  });

  it('refuses a missing file with exit 1: "introuvable"', async () => {
    const db = newDbFile();
    const run = await pacte(['--db', db, 'pact', 'import', path.join(path.dirname(db), 'absent.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pacte : Impossible de lire « .*absent\.json » : fichier introuvable\.\n$/);
  });

  it('refuses an invalid referential with exit 1, listing each problem with its path', async () => {
    const dir = tempDir();
    const invalid = JSON.parse(readFileSync(fixturePath('pact-2022-2026.json'), 'utf8')) as Record<string, unknown>;
    delete invalid.title;
    writeFileSync(path.join(dir, 'invalid.json'), JSON.stringify(invalid));
    const run = await pacte(['--db', path.join(dir, 'pacte.sqlite'), 'pact', 'import', path.join(dir, 'invalid.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("pacte : Le fichier n'est pas un référentiel de pacte valide ; rien n'a été importé.\n  - title : ");
  });
});

describe('choosing the database', () => {
  it('uses PACTE_DB when --db is absent, and --db over PACTE_DB', async () => {
    const fromEnv = newDbFile();
    const fromOption = newDbFile();
    const info = async (args: string[]) => JSON.parse((await pacte([...args, 'info', '--json'], { env: { PACTE_DB: fromEnv } })).stdout) as { databaseFile: string };
    expect((await info([])).databaseFile).toBe(fromEnv);
    expect((await info(['--db', fromOption])).databaseFile).toBe(fromOption);
  });

  it('refuses a database of another application with exit 1, a French message, and leaves it unchanged', async () => {
    const file = path.join(tempDir(), 'compta.sqlite');
    const other = new Database(file);
    other.exec('create table ledger (id integer primary key, amount integer)');
    other.close();
    const before = readFileSync(file);
    const run = await pacte(['--db', file, 'pact', 'list']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("est une base SQLite d'une autre application, pas une base Pacte CAI. Il n'a pas été modifié.");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('command line errors', () => {
  it('answers an unknown command with exit 1 and "Commande inconnue"', async () => {
    const run = await pacte(['frobnicate']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe('pacte : Commande inconnue : « frobnicate ». Tapez « pacte --help » pour la liste des commandes.\n');
  });

  it('answers an unknown option with exit 1 and "Option inconnue"', async () => {
    const run = await pacte(['--db', newDbFile(), 'pact', 'search', 'velo', '--frob']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^pacte : Option inconnue : « --frob »/);
  });

  it('answers a command without its subcommand (or no command at all) with its help on stderr and exit 1', async () => {
    for (const args of [[], ['pact']]) {
      const run = await pacte(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Utilisation : pacte /);
      expect(run.stderr).toMatch(/Indiquez une commande\.\n$/);
    }
  });

  it('exits 2 on an internal error (an installation without its migrations), creating no database', async () => {
    const broken = tempDir();
    writeFileSync(path.join(broken, 'package.json'), JSON.stringify({ name: 'pacte-cai', version: '0.0.0' }));
    mkdirSync(path.join(broken, 'resources'));
    const db = path.join(broken, 'pacte.sqlite');
    const run = await pacte(['--db', db, 'init'], { appRoot: broken });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pacte : erreur interne, rien n'a été fait\./);
    expect(existsSync(db)).toBe(false);
  });
});

describe('an internal error of the service', () => {
  it('exits 2, not 1, when a query of the service fails (a table gone from the database)', async () => {
    const db = path.join(tempDir(), 'pacte.sqlite');
    expect((await pacte(['--db', db, 'init'])).code).toBe(0);
    const sqlite = new Database(db);
    sqlite.exec('PRAGMA foreign_keys = OFF; DROP TABLE calls;');
    sqlite.close();
    const run = await pacte(['--db', db, 'calls', 'list']);
    expect(run.stderr).toContain("pacte : Erreur interne de l'application ; l'opération n'a pas été faite.");
    expect(run.code).toBe(2);
  });
});

describe('--help', () => {
  /** Command names listed under "Commandes :" in a help text (the help command aside). */
  function listedCommands(help: string): string[] {
    const section = help.split('Commandes :\n')[1] ?? '';
    return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((match) => match[1] ?? '').filter((name) => name !== 'help');
  }

  async function everyCommandPath(prefix: string[] = []): Promise<string[][]> {
    const names = listedCommands((await pacte([...prefix, '--help'])).stdout);
    const nested = await Promise.all(names.map((name) => everyCommandPath([...prefix, name])));
    return [prefix, ...nested.flat()];
  }

  it('is in French on the root, every command and every subcommand, with exit 0', async () => {
    const paths = await everyCommandPath();
    expect(paths.map((words) => words.join(' '))).toEqual(
      expect.arrayContaining(['', 'init', 'info', 'serve', 'pact', 'pact list', 'pact export', 'pact search', 'pact import']),
    );
    for (const words of paths) {
      const run = await pacte([...words, '--help']);
      const label = `pacte ${words.join(' ')} --help`;
      expect(run.code, label).toBe(0);
      expect(run.stderr, label).toBe('');
      expect(run.stdout, label).toMatch(new RegExp(`^Utilisation : pacte ${words.map((word) => `${word} `).join('')}`));
      expect(run.stdout, label).toContain('Options :');
      expect(run.stdout, label).toContain('afficher cette aide');
      expect(run.stdout, label).toMatch(FRENCH);
      expect(run.stdout, label).not.toMatch(/Usage:|\[command\]|display help|Commands:|Arguments:/);
      // Nothing printed between empty parentheses (a repeatable option's default was shown as "(par défaut : )").
      expect(run.stdout, label).not.toMatch(/\(\s*\)|: \)/u);
    }
  });

  it('is also reached by "pacte help <commande>"', async () => {
    const run = await pacte(['help', 'pact']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await pacte(['pact', '--help'])).stdout);
  });
});
