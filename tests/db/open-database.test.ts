// openDatabase is the gate of every entry point: it marks and migrates our files, and refuses
// anything else (a foreign file, a newer schema, a damaged file) without touching a byte of it.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/domain/app-error.ts';
import { latestSchemaVersion, openDatabase, PACTE_APPLICATION_ID } from '../../db/open-database.ts';
import { FRENCH, migrationsFolder, tempDir } from '../support/test-app.ts';

type Journal = { entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[] };

const readJournal = (folder: string) => JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
const journalEntries = readJournal(migrationsFolder).entries.length;

/** A Pacte database made the normal way, closed so that its whole content is in the main file. */
function makePacteFile(dir: string, name = 'pacte.sqlite'): string {
  const file = path.join(dir, name);
  openDatabase({ file, migrationsFolder }).close();
  return file;
}

/** Tries to open the file and returns the refusal; opening successfully fails the test. */
function refusal(file: string, folder = migrationsFolder): AppError {
  try {
    openDatabase({ file, migrationsFolder: folder }).close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`openDatabase accepted ${file}`);
}

/** The refused file is byte for byte what it was, and SQLite left no journal beside it. */
function expectUntouched(file: string, before: Buffer): void {
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(path.dirname(file)).filter((name) => name.startsWith(`${path.basename(file)}-`))).toEqual([]);
}

describe('openDatabase on a new file', () => {
  it('migrates it, marks it as a Pacte database at the latest schema, and sets WAL, foreign keys and a busy timeout', () => {
    const file = path.join(tempDir(), 'sub', 'new.sqlite');
    const database = openDatabase({ file, migrationsFolder });
    try {
      const { sqlite } = database;
      expect(sqlite.pragma('application_id', { simple: true })).toBe(PACTE_APPLICATION_ID);
      expect(sqlite.pragma('user_version', { simple: true })).toBe(journalEntries);
      expect(database.schemaVersion).toBe(journalEntries);
      expect(latestSchemaVersion(migrationsFolder)).toBe(journalEntries);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      const tables = (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name);
      expect(tables).toEqual(expect.arrayContaining(['pacts', 'pact_levers', 'pact_actions', 'organisation', 'signatories']));
      expect(database.backupFile).toBeNull();
    } finally {
      database.close();
    }
  });

  it('enforces foreign keys: an action cannot point at a pact that does not exist', () => {
    const database = openDatabase({ file: path.join(tempDir(), 'fk.sqlite'), migrationsFolder });
    try {
      const insertOrphan = () =>
        database.sqlite
          .prepare("insert into pact_actions (pact_id, operational_objective_id, position, code, title, search_title, search_partners, search_sources) values (999, 999, 1, '1', 't', ' t ', ' ', ' ')")
          .run();
      expect(insertOrphan).toThrow(/FOREIGN KEY/);
    } finally {
      database.close();
    }
  });

  it('opens again without migrating or backing up a file already at the latest schema', () => {
    const dir = tempDir();
    const file = makePacteFile(dir);
    const database = openDatabase({ file, migrationsFolder });
    database.close();
    expect(database.backupFile).toBeNull();
    expect(readdirSync(dir).filter((name) => name.includes('avant-migration'))).toEqual([]);
  });
});

describe('openDatabase refuses, with a French message and without changing a byte', () => {
  it('a file of random bytes', () => {
    const file = path.join(tempDir(), 'random.sqlite');
    writeFileSync(file, randomBytes(8192));
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('database_not_pacte');
    expect(error.message).toMatch(/n'est pas une base Pacte CAI/);
    expectUntouched(file, before);
  });

  it('a text file', () => {
    const file = path.join(tempDir(), 'notes.txt');
    writeFileSync(file, 'Compte rendu de la CAI du 12 mars : 4 dossiers, 3 avis favorables.\n');
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('database_not_pacte');
    expect(error.message).toMatch(FRENCH);
    expect(error.message).toMatch(/n'a pas été modifié/);
    expectUntouched(file, before);
  });

  it('the SQLite database of another application', () => {
    const file = path.join(tempDir(), 'other-app.sqlite');
    const other = new Database(file);
    other.exec("create table invoices (id integer primary key, total integer); insert into invoices (total) values (1200);");
    other.close();
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('database_not_pacte');
    expect(error.message).toMatch(/d'une autre application/);
    expectUntouched(file, before);
  });

  it('an empty SQLite file another application has already marked (no table yet, user_version 5)', () => {
    const file = path.join(tempDir(), 'other-app-empty.sqlite');
    const other = new Database(file);
    other.pragma('user_version = 5');
    other.close();
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('database_not_pacte');
    expect(error.message).toMatch(/d'une autre application/);
    expectUntouched(file, before);
  });

  it('a Pacte database written by a newer version of the app', () => {
    const file = makePacteFile(tempDir());
    const raw = new Database(file);
    raw.pragma(`user_version = ${journalEntries + 1}`);
    raw.close();
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('database_from_future');
    expect(error.message).toMatch(/version plus récente/);
    expect(error.message).toContain(`n° ${journalEntries + 1}`);
    expectUntouched(file, before);
  });

  it('a file with a valid SQLite header followed by garbage', () => {
    const file = path.join(tempDir(), 'garbage.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), randomBytes(8192)]));
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('database_not_pacte');
    expect(error.message).toMatch(/endommagé/);
    expectUntouched(file, before);
  });

  it('a Pacte database truncated in the middle', () => {
    const file = makePacteFile(tempDir());
    writeFileSync(file, readFileSync(file).subarray(0, 3 * 4096));
    const before = readFileSync(file);
    expect(refusal(file).message).toMatch(FRENCH);
    expectUntouched(file, before);
  });

  it('a Pacte database whose header is intact but one of its tables is damaged', () => {
    const file = makePacteFile(tempDir());
    const raw = new Database(file, { readonly: true });
    const { rootpage } = raw.prepare("select rootpage from sqlite_master where name = 'pacts'").get() as { rootpage: number };
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const bytes = readFileSync(file);
    bytes.fill(0xab, (rootpage - 1) * pageSize, rootpage * pageSize);
    writeFileSync(file, bytes);
    const error = refusal(file);
    expect(error.code).toBe('database_corrupt');
    expect(error.message).toMatch(/endommagée/);
    expectUntouched(file, bytes);
  });
});

describe('openDatabase on a Pacte database of an older schema', () => {
  /** The shipped migrations plus one more, as the next version of the app would ship them. */
  function migrationsOfNextVersion(dir: string): string {
    const folder = path.join(dir, 'migrations-next');
    cpSync(migrationsFolder, folder, { recursive: true });
    const journal = readJournal(folder);
    const last = journal.entries.at(-1);
    if (!last) throw new Error('no migration in the journal');
    const tag = `${String(journal.entries.length).padStart(4, '0')}_test_extra`;
    journal.entries.push({ ...last, idx: journal.entries.length, when: last.when + 1000, tag });
    writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
    writeFileSync(path.join(folder, `${tag}.sql`), 'CREATE TABLE `test_extra` (`id` integer);\n');
    return folder;
  }

  it('backs the file up, then applies the new migration', () => {
    const dir = tempDir();
    const file = makePacteFile(dir);
    const seeded = new Database(file);
    seeded.prepare("insert into organisation (id, name, updated_at) values (1, 'CCAS de Rennes', '2024-01-01T00:00:00.000Z')").run();
    seeded.close();
    const next = migrationsOfNextVersion(dir);

    const database = openDatabase({ file, migrationsFolder: next, now: () => new Date('2025-03-04T05:06:07.000Z') });
    try {
      expect(database.sqlite.pragma('user_version', { simple: true })).toBe(journalEntries + 1);
      expect(database.schemaVersion).toBe(journalEntries + 1);
      expect(database.sqlite.prepare("select name from sqlite_master where name = 'test_extra'").get()).toBeDefined();
      expect(database.sqlite.prepare('select name from organisation').get()).toEqual({ name: 'CCAS de Rennes' });

      const backupFile = database.backupFile ?? '';
      expect(path.basename(backupFile)).toMatch(new RegExp(`^pacte\\.sqlite\\.avant-migration-v${journalEntries}-.+\\.sqlite$`));
      expect(existsSync(backupFile)).toBe(true);
      const backup = new Database(backupFile, { readonly: true });
      try {
        expect(backup.pragma('user_version', { simple: true })).toBe(journalEntries);
        expect(backup.pragma('application_id', { simple: true })).toBe(PACTE_APPLICATION_ID);
        expect(backup.prepare("select name from sqlite_master where name = 'test_extra'").get()).toBeUndefined();
        expect(backup.prepare('select name from organisation').get()).toEqual({ name: 'CCAS de Rennes' });
      } finally {
        backup.close();
      }
    } finally {
      database.close();
    }
  });
});
