// Issue 11, finding 8: backups the user can trust. A backup made while the app is open holds what
// sits in the WAL; its manifest says what it holds; a restore brings back every table as it was,
// keeps the current base aside first, and refuses a foreign, newer or altered copy without writing.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataTables } from '../../core/service/backup/backup-manifest.ts';
import { expectFailure, FRENCH, openTestService, tempDir, type TestService } from '../support/test-app.ts';

/** Every data table's rows (FTS5 tables by rowid too), sorted: what a person's data is, whatever the page layout. */
function tableContents(sqlite: Database.Database, except: string[] = []): Record<string, string[]> {
  const virtual = new Set((sqlite.prepare("select name from pragma_table_list where type = 'virtual'").all() as { name: string }[]).map((row) => row.name));
  return Object.fromEntries(
    dataTables(sqlite)
      .filter((name) => !except.includes(name) && name !== '__drizzle_migrations')
      .map((name) => [name, (sqlite.prepare(virtual.has(name) ? `select rowid, * from "${name}"` : `select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]),
  );
}

async function demoApp(): Promise<TestService> {
  const app = openTestService({ now: () => new Date('2026-12-03T10:00:00Z') });
  await app.service.invoke('demo.load', {});
  return app;
}

describe('making a backup', () => {
  it('copies the open base, WAL included, beside a manifest whose counts, audit head and SHA-256 match the copy', async () => {
    const app = await demoApp();
    // The last write sits in the WAL: a copy of the .sqlite file alone would miss it.
    await app.service.invoke('calls.create', { year: 2031, title: 'Appel écrit juste avant la sauvegarde', envelopeCents: 100 });
    const { made } = await app.service.invoke('backup.create', {});
    if (!made) throw new Error('no backup made');
    expect(path.dirname(made.file)).toBe(path.join(app.dir, 'pacte-sauvegardes'));
    const copy = new Database(made.file, { readonly: true });
    expect(copy.prepare("select count(*) as n from calls where year = 2031").get()).toEqual({ n: 1 });
    for (const [table, count] of Object.entries(made.rowCounts)) {
      expect((copy.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n, table).toBe(count);
    }
    expect(made.rowCounts.applications).toBeGreaterThan(30);
    expect(made.auditHead).toEqual(copy.prepare('select seq, hash from audit_log order by seq desc limit 1').get());
    copy.close();
    const { createHash } = await import('node:crypto');
    expect(made.sha256).toBe(createHash('sha256').update(readFileSync(made.file)).digest('hex'));
    expect(JSON.parse(readFileSync(made.file.replace(/\.sqlite$/u, '.json'), 'utf8'))).toMatchObject({ format: 'pacte-cai-backup/1', reason: 'manuelle', sha256: made.sha256, schemaVersion: app.service.context.schemaVersion });
    const list = await app.service.invoke('backup.list', {});
    expect(list.backups.map((backup) => backup.file)).toEqual([made.file]);
    // One self-contained file beside its manifest: no -wal/-shm left by reading the copy, none needed to open it.
    expect(readdirSync(path.dirname(made.file)).sort()).toEqual([path.basename(made.file).replace(/\.sqlite$/u, '.json'), path.basename(made.file)]);
    await app.service.invoke('backup.preview', { file: made.file });
    expect(readdirSync(path.dirname(made.file))).toHaveLength(2);
  });

  it('makes the daily backup only when the newest is older than asked', async () => {
    let now = new Date('2026-12-03T10:00:00Z');
    const app = openTestService({ now: () => now });
    expect((await app.service.invoke('backup.create', { reason: 'quotidienne', ifOlderThanHours: 24 })).made).not.toBeNull();
    now = new Date('2026-12-03T20:00:00Z');
    expect((await app.service.invoke('backup.create', { reason: 'quotidienne', ifOlderThanHours: 24 })).made).toBeNull();
    now = new Date('2026-12-04T10:00:01Z');
    expect((await app.service.invoke('backup.create', { reason: 'quotidienne', ifOlderThanHours: 24 })).made).not.toBeNull();
  });

  it('writes into the folder chosen in the settings, refusing a relative or unwritable one', async () => {
    const app = openTestService();
    const folder = path.join(tempDir(), 'cle-usb', 'sauvegardes');
    await app.service.invoke('backup.setFolder', { folder });
    const { made } = await app.service.invoke('backup.create', {});
    expect(path.dirname(made?.file ?? '')).toBe(folder);
    expect(expectFailure(await app.service.call('backup.setFolder', { folder: 'relatif/dossier' })).message).toMatch(/chemin complet/u);
    // A path under a file can never become a folder.
    const aFile = path.join(tempDir(), 'note.txt');
    writeFileSync(aFile, 'x');
    expect(expectFailure(await app.service.call('backup.setFolder', { folder: path.join(aFile, 'sauvegardes') })).message).toMatch(FRENCH);
  });
});

describe('restoring a backup', () => {
  it('brings back every table as it was, keeps the current base aside, and logs the restore on the restored chain', async () => {
    const app = await demoApp();
    const { made } = await app.service.invoke('backup.create', {});
    if (!made) throw new Error('no backup made');
    const atBackup = tableContents(app.database.sqlite);
    // Work after the backup: a call, an application's status, a juror.
    await app.service.invoke('calls.create', { year: 2032, title: 'Appel perdu à la restauration', envelopeCents: 1 });
    await app.service.invoke('jurors.create', { name: 'Juré ajouté après', role: 'autre' });
    const afterWork = tableContents(app.database.sqlite);
    expect(afterWork).not.toEqual(atBackup);

    const preview = await app.service.invoke('backup.preview', { file: made.file });
    expect(preview.matchesManifest).toBe(true);
    expect(preview.tables.find((table) => table.name === 'calls')).toEqual({ name: 'calls', inBackup: atBackup.calls?.length, current: afterWork.calls?.length });

    const result = await app.service.invoke('backup.restore', { file: made.file });
    expect(tableContents(app.database.sqlite, ['audit_log'])).toEqual(Object.fromEntries(Object.entries(atBackup).filter(([name]) => name !== 'audit_log')));
    // The log is the backup's, plus the entry saying who restored what.
    const log = app.database.sqlite.prepare('select action from audit_log order by seq').all() as { action: string }[];
    expect(log.length).toBe((atBackup.audit_log?.length ?? 0) + 1);
    expect(log.at(-1)?.action).toBe('backup.restore');
    expect((await app.service.invoke('audit.verify', {})).ok).toBe(true);
    // The base as it was before the restore is a backup of its own.
    const saved = new Database(result.savedCurrent, { readonly: true });
    expect(tableContents(saved, ['audit_log'])).toEqual(Object.fromEntries(Object.entries(afterWork).filter(([name]) => name !== 'audit_log')));
    saved.close();
  });

  it.each([
    ['a file that is not SQLite', (file: string) => writeFileSync(file, 'pas une base'), /n’est pas une sauvegarde Pacte CAI/u],
    ['the SQLite base of another application', (file: string) => { const other = new Database(file); other.exec('create table factures (id integer primary key)'); other.close(); }, /d’une autre application/u],
    ['a copy from a newer version', (file: string, backup: string) => { copyFileSync(backup, file); const newer = new Database(file); newer.pragma('user_version = 999'); newer.close(); }, /version plus récente/u],
    ['a copy whose pages are damaged', (file: string, backup: string) => { const bytes = readFileSync(backup); bytes.fill(0x5a, 2 * 4096, Math.min(bytes.length, 40 * 4096)); writeFileSync(file, bytes); }, /est abîmée/u],
    ['a copy altered since its manifest', (file: string, backup: string) => { copyFileSync(backup, file); copyFileSync(backup.replace(/\.sqlite$/u, '.json'), file.replace(/\.sqlite$/u, '.json')); const altered = new Database(file); altered.exec('update calls set envelope_cents = envelope_cents + 1'); altered.close(); }, /ne correspond plus à son manifeste/u],
  ])('refuses %s and writes nothing', async (_label, make, message) => {
    const app = openTestService();
    await app.service.invoke('calls.create', { year: 2030, title: 'Appel à garder', envelopeCents: 100 });
    const { made } = await app.service.invoke('backup.create', {});
    const file = path.join(tempDir(), 'pacte-a-restaurer.sqlite');
    make(file, made?.file ?? '');
    const before = tableContents(app.database.sqlite);
    const error = expectFailure(await app.service.call('backup.restore', { file }));
    expect(error.message).toMatch(message);
    expect(tableContents(app.database.sqlite)).toEqual(before);
  });

  it('keeps what belongs to this computer (the chosen backup folder, who uses it), so the base it replaced stays listed', async () => {
    const app = openTestService();
    await app.service.invoke('calls.create', { year: 2030, title: 'Appel sauvegardé', envelopeCents: 100 });
    const { made } = await app.service.invoke('backup.create', {});
    if (!made) throw new Error('no backup made');
    // Chosen after the backup: the copy still says "no user, the default folder".
    const folder = path.join(tempDir(), 'nas', 'sauvegardes');
    await app.service.invoke('backup.setFolder', { folder });
    await app.service.invoke('settings.saveLocalUser', { name: 'Camille Laurent', role: 'chargée de mission' });

    const preview = await app.service.invoke('backup.preview', { file: made.file });
    expect(preview.tables.map((table) => table.name)).not.toContain('backup_settings');
    expect(preview.tables.map((table) => table.name)).not.toContain('local_user');
    const result = await app.service.invoke('backup.restore', { file: made.file });

    const list = await app.service.invoke('backup.list', {});
    expect(list).toMatchObject({ folder, isDefaultFolder: false });
    expect(list.backups.map((backup) => backup.file)).toEqual([result.savedCurrent]);
    expect(list.backups[0]?.manifest?.reason).toBe('avant-restauration');
    expect((await app.service.invoke('settings.localUser', {})).user).toEqual({ name: 'Camille Laurent', role: 'chargée de mission' });
  });

  it('says a missing file is missing', async () => {
    const app = openTestService();
    const error = expectFailure(await app.service.call('backup.preview', { file: path.join(tempDir(), 'absente.sqlite') }));
    expect(error.code).toBe('not_found');
    expect(existsSync(path.join(app.dir, 'pacte-sauvegardes'))).toBe(false);
  });
});

describe('automatic backups', () => {
  it('keeps the base as it was before an import that writes, not before a preview', async () => {
    const { filledWorkbook, openImportApp } = await import('../fixtures/imports/import-fixtures.ts');
    const app = await openImportApp();
    const file = await filledWorkbook({ providers: [{ name: 'Mobiliclés', legalForm: 'Association', siret: '44306184100047' }] });
    await app.run(file, { mode: 'preview' });
    expect((await app.service.invoke('backup.list', {})).backups).toHaveLength(0);
    await app.run(file);
    const backups = (await app.service.invoke('backup.list', {})).backups;
    expect(backups.map((backup) => backup.manifest?.reason)).toEqual(['avant-import']);
    expect(backups[0]?.manifest?.rowCounts.providers).toBe(0);
  });
});
