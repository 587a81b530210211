// Issue 11, finding 1: no write commits without its audit entry. A trigger makes the audit insert
// fail; every write — the asynchronous ones (a workbook import, a restore) included — must then leave
// every table as it was, and the caller is told nothing was done.
import { describe, expect, it } from 'vitest';
import { filledWorkbook, openImportApp } from '../fixtures/imports/import-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure } from '../support/test-app.ts';

const FAIL_AUDIT = "CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disque plein (simulé)'); END;";

describe('a write whose audit entry cannot be written', () => {
  it.each([
    ['imports.run (reads the workbook first, asynchronously)', async (app: Awaited<ReturnType<typeof openImportApp>>) => {
      const file = await filledWorkbook({ providers: [{ name: 'Mobiliclés', legalForm: 'Association', siret: '44306184100047' }] });
      return { method: 'imports.run', input: { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), callId: app.callId, mode: 'commit' } };
    }],
    ['backup.restore (backs up first, asynchronously)', async (app: Awaited<ReturnType<typeof openImportApp>>) => {
      const { made } = await app.service.invoke('backup.create', {});
      await app.service.invoke('calls.create', { year: 2031, title: 'Appel après la sauvegarde', envelopeCents: 1 });
      return { method: 'backup.restore', input: { file: made?.file } };
    }],
    ['calls.create', async () => ({ method: 'calls.create', input: { year: 2030, title: 'Appel', envelopeCents: 100 } })],
    ['providers.create', async () => ({ method: 'providers.create', input: { name: 'Envie 35', legalForm: 'siae' } })],
    ['settings.saveLocalUser', async () => ({ method: 'settings.saveLocalUser', input: { name: 'Camille Laurent', role: '' } })],
  ])('%s writes nothing at all and says the operation was not done', async (_label, prepare) => {
    const app = await openImportApp();
    const { method, input } = await prepare(app);
    app.database.sqlite.exec(FAIL_AUDIT);
    const before = snapshotTables(app.database.sqlite);
    const error = expectFailure(await app.service.call(method, input));
    expect(error.code).toBe('internal');
    expect(error.message).toContain("l'opération n'a pas été faite");
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });
});
