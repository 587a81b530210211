// The audit log: every write of the service leaves one chained entry (who, when, what), a failed or empty
// write leaves none, secrets and file contents never reach it, and any edit behind the app's back is found.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditDetails, isWriteMethod } from '../../core/service/audit/audit-log.ts';
import { pacte } from '../support/run-pacte.ts';
import { expectFailure, openTestService, tempDir } from '../support/test-app.ts';

describe('audit log', () => {
  it('records each successful write with its actor, time, method and id, chained to the one before', async () => {
    const at = new Date('2018-01-15T09:30:00.000Z');
    const { service } = openTestService({ actor: 'agnes.martin', now: () => at });
    const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
    await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
    await service.invoke('calls.list', {});
    const log = await service.invoke('audit.list', {});
    expect(log.total).toBe(2);
    expect(log.items.map((entry) => [entry.seq, entry.actor, entry.action, entry.at])).toEqual([
      [2, 'agnes.martin', 'providers.create', at.toISOString()],
      [1, 'agnes.martin', 'calls.create', at.toISOString()],
    ]);
    expect(log.items[1]).toMatchObject({ entity: 'calls', entityId: String(call.id), details: expect.objectContaining({ title: 'Appel à projets 2018' }) as unknown });
    expect(await service.invoke('audit.verify', {})).toMatchObject({ ok: true, count: 2 });
  });

  it('leaves no entry for a refused write, nor for a write that changed nothing', async () => {
    const { service } = openTestService();
    expectFailure(await service.call('calls.create', { year: 1990, title: '', envelopeCents: -1 }));
    expectFailure(await service.call('applications.setStatus', { id: 999, status: 'depose' }));
    await service.invoke('demo.load', {});
    const afterFirst = (await service.invoke('audit.list', {})).total;
    expect(afterFirst).toBe(1);
    // The demo is already there: the second load writes nothing, so it logs nothing.
    await service.invoke('demo.load', {});
    expect((await service.invoke('audit.list', {})).total).toBe(afterFirst);
  });

  it('masks secrets and replaces file contents by their size and SHA-256', () => {
    expect(auditDetails({ jurorId: 3, pin: '1234', passphrase: 'x', contentBase64: Buffer.from('abc').toString('base64') })).toEqual({
      jurorId: 3,
      pin: '***',
      passphrase: '***',
      contentBase64: { bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    });
    expect(isWriteMethod('calls.create', {})).toBe(true);
    expect(isWriteMethod('calls.list', {})).toBe(false);
    expect(isWriteMethod('imports.run', { dryRun: true })).toBe(false);
  });

  it('cannot be changed or emptied through SQL: triggers refuse it', async () => {
    const { service, file, close } = openTestService();
    await service.invoke('calls.create', { year: 2018, title: 'Appel', envelopeCents: 1 });
    close();
    const sqlite = new Database(file);
    expect(() => sqlite.prepare("update audit_log set actor = 'x'").run()).toThrow(/ajout seul/u);
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/ajout seul/u);
    sqlite.close();
  });

  it('names the first entry changed behind the app’s back; pacte audit verify exits 1 with it', async () => {
    const file = path.join(tempDir(), 'pacte.sqlite');
    const { service, close } = openTestService({ file });
    for (const year of [2018, 2019, 2020]) await service.invoke('calls.create', { year, title: `Appel ${year}`, envelopeCents: 100 });
    close();
    expect(await pacte(['--db', file, 'audit', 'verify'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Journal d’audit intègre : 3 entrées vérifiées\.\nTête du journal : 3:[0-9a-f]{64}\n$/u) as unknown });

    const sqlite = new Database(file);
    sqlite.exec('drop trigger audit_log_no_update');
    sqlite.prepare("update audit_log set actor = 'quelqu’un d’autre' where seq = 2").run();
    sqlite.close();
    const run = await pacte(['--db', file, 'audit', 'verify']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pacte : Journal d’audit altéré à l’entrée n° 2 : /u);
  });
});
