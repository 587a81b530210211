// Migration 0001 (calls, providers, territories) on a database made by the first version: data kept, territories loaded.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, openDatabase } from '../../db/open-database.ts';
import { migrationsFolder, openTestService, tempDir } from '../support/test-app.ts';

/** The migrations folder as version 0.1.0 shipped it: only the first migration. */
function firstVersionMigrations(): string {
  const folder = path.join(tempDir(), 'migrations-v1');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
  return folder;
}

describe('migrations after the first', () => {
  it('keeps the settings of a version-1 database, backs it up, and adds the territories', async () => {
    const file = path.join(tempDir(), 'pacte.sqlite');
    const v1 = openDatabase({ file, migrationsFolder: firstVersionMigrations() });
    expect(v1.schemaVersion).toBe(1);
    v1.sqlite.prepare("insert into organisation (id, name, updated_at) values (1, 'CCAS de Rennes', '2026-01-01T00:00:00.000Z')").run();
    v1.close();

    const { service, database } = openTestService({ file });
    expect(database.schemaVersion).toBe(latestSchemaVersion(migrationsFolder));
    expect(database.backupFile).toMatch(/avant-migration-v1-/);
    expect((await service.invoke('settings.getOrganisation', {})).name).toBe('CCAS de Rennes');
    expect((await service.invoke('territories.list', {})).length).toBe(17);
    expect(await service.invoke('calls.list', {})).toEqual([]);
  });
});

describe('the copy made before a migration', () => {
  it('when it cannot be written, the base is not migrated and the message says why, in French, with no half copy left', () => {
    const dir = tempDir();
    const file = path.join(dir, 'pacte.sqlite');
    const v1 = openDatabase({ file, migrationsFolder: firstVersionMigrations() });
    v1.sqlite.prepare("insert into organisation (id, name, updated_at) values (1, 'CCAS de Rennes', '2026-01-01T00:00:00.000Z')").run();
    v1.close();
    const at = new Date('2026-12-03T10:00:00.000Z');
    // The copy's own name taken by a folder: neither VACUUM INTO nor a file copy can write it.
    const blocked = `${file}.avant-migration-v1-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
    mkdirSync(blocked);
    let message = '';
    try {
      openDatabase({ file, migrationsFolder, now: () => at });
    } catch (error) {
      expect(error).toMatchObject({ code: 'storage' });
      message = (error as Error).message;
    }
    expect(message).toContain('La copie de sécurité faite avant de mettre à jour la base n’a pas pu être écrite');
    expect(message).toContain('la base n’a pas été mise à jour et reste telle qu’elle était');
    expect(readdirSync(dir).filter((name) => name.includes('avant-migration'))).toEqual([path.basename(blocked)]);
    const again = openDatabase({ file, migrationsFolder: firstVersionMigrations() });
    expect(again.schemaVersion).toBe(1);
    expect(again.sqlite.prepare('select name from organisation').get()).toEqual({ name: 'CCAS de Rennes' });
    again.close();
  });
});
