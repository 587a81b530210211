// Storage refusals said as they are (issue 11, finding 7): a full disk, a base or folder that cannot be
// written, a base held by another program. Each used to read "erreur interne" or "base endommagée".
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { storageFailure } from '../../core/domain/storage-errors.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService, repoRoot } from '../support/test-app.ts';

const newProvider = { name: 'Mobiliclés', legalForm: 'association' } as const;

describe('storage refusals through the service', () => {
  it('a full disk refuses the write in French, names the cause and what to do, and leaves the base as it was', async () => {
    const { service, database } = openTestService();
    await service.invoke('providers.create', { name: 'Envie 35', legalForm: 'association' });
    // SQLite's own ceiling on the file's size: the next page it needs is refused with SQLITE_FULL, as on a full disk.
    const pages = database.sqlite.pragma('page_count', { simple: true }) as number;
    database.sqlite.pragma(`max_page_count = ${pages}`);
    // Providers are added until the file may not grow: the call that needs one more page is the one refused.
    let before = snapshotTables(database.sqlite);
    let result = await service.call('providers.create', newProvider);
    for (let index = 0; result.ok && index < 2000; index += 1) {
      before = snapshotTables(database.sqlite);
      result = await service.call('providers.create', { ...newProvider, name: `Association n° ${index} ${'x'.repeat(150)}` });
    }
    const failure = expectFailure(result);
    expect(failure.code).toBe('storage');
    expect(failure.message).toMatch(/^Le disque est plein\. L’opération n’a pas été faite .* Libérez de la place/u);
    expect(failure.message).not.toMatch(/interne|endommag/u);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('a base that cannot be written says so, not "erreur interne"', async () => {
    const { service, database } = openTestService();
    database.sqlite.pragma('query_only = 1');
    const failure = expectFailure(await service.call('providers.create', newProvider));
    expect(failure).toMatchObject({ code: 'storage', message: expect.stringMatching(/^La base ne peut pas être modifiée : le fichier ou son dossier est en lecture seule/u) as unknown });
    database.sqlite.pragma('query_only = 0');
    expect((await service.invoke('providers.list', {})).total).toBe(0);
  });

  it('a base held by another program is "occupée", and the write can be made once it is free', async () => {
    const { service, database, file } = openTestService();
    const other = new Database(file);
    onTestFinished(() => {
      other.close();
    });
    other.prepare('begin immediate').run();
    database.sqlite.pragma('busy_timeout = 50');
    const failure = expectFailure(await service.call('providers.create', newProvider));
    expect(failure).toMatchObject({ code: 'storage', message: expect.stringMatching(/^La base est occupée par un autre programme/u) as unknown });
    other.prepare('rollback').run();
    expect((await service.invoke('providers.create', newProvider)).provider.name).toBe('Mobiliclés');
  });

  it('maps every storage code it knows to a French sentence, and nothing else', () => {
    for (const code of ['SQLITE_FULL', 'ENOSPC', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'EROFS', 'EACCES', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_IOERR_WRITE', 'EIO']) {
      const mapped = storageFailure(Object.assign(new Error('x'), { code }));
      expect(mapped?.code, code).toBe('storage');
      expect(mapped?.message, code).toMatch(FRENCH);
      expect(mapped?.message, code).toContain('L’opération n’a pas été faite');
    }
    for (const other of [new Error('boom'), Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }), null, 'text']) expect(storageFailure(other)).toBeNull();
  });
});

// The operating system's own refusal, as a person without write access meets it: the command runs as
// the unprivileged user "nobody". Root ignores file modes, so this needs root to drop to nobody.
const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

describe.runIf(canDropPrivileges)('a read-only file or folder, as the operating system refuses it', () => {
  function readOnlyCopy(mode: 'file' | 'folder'): string {
    const seed = openTestService();
    seed.close();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-ro-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'base');
    mkdirSync(folder);
    const file = path.join(folder, 'pacte.sqlite');
    copyFileSync(seed.file, file);
    chmodSync(dir, 0o755);
    chmodSync(file, 0o444);
    // A writable folder with a read-only file, or a folder nobody may write (the WAL files cannot be made).
    chmodSync(folder, mode === 'file' ? 0o777 : 0o555);
    return file;
  }

  function pacteAsNobody(file: string, args: string[]) {
    return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', 'electron/cli/main.ts', '--db', file, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir() },
    });
  }

  it.each(['file', 'folder'] as const)('a read-only %s: the command says so in French, exits 2, and the base is untouched', (mode) => {
    const file = readOnlyCopy(mode);
    const run = pacteAsNobody(file, ['calls', 'create', '--annee', '2031', '--titre', 'Appel 2031', '--enveloppe', '1000', '--ouverture', '01/01/2031', '--cloture', '02/02/2031']);
    expect(run.stderr).toMatch(/lecture seule/u);
    expect(run.stderr).not.toMatch(/endommag|interne|not a|readonly database/u);
    expect(run.status).toBe(2);
    const check = new Database(file, { readonly: true });
    onTestFinished(() => {
      check.close();
    });
    expect((check.prepare('select count(*) as n from calls').get() as { n: number }).n).toBe(0);
  });
});
