// `pacte audit verify --head SEQ:HASH`: the head noted earlier (printed by `audit verify`, in a
// document's footer, in a backup's manifest) finds a log truncated, re-chained or deleted since; exit 1
// and every problem in French, or the JSON of the check with --json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { shortAuditHash } from '../../core/domain/audit-head.ts';
import { pacte } from '../support/run-pacte.ts';
import { tempDir } from '../support/test-app.ts';

async function baseWithCalls(count: number): Promise<string> {
  const db = path.join(tempDir(), 'pacte.sqlite');
  for (let index = 0; index < count; index += 1) {
    expect((await pacte(['--db', db, 'calls', 'create', '--annee', String(2030 + index), '--titre', `Appel ${index + 1}`, '--enveloppe', '1000'])).code).toBe(0);
  }
  return db;
}

function tamper(db: string, sql: string): void {
  const sqlite = new Database(db);
  sqlite.exec('drop trigger if exists audit_log_no_update; drop trigger if exists audit_log_no_delete;');
  sqlite.exec(sql);
  sqlite.close();
}

describe('pacte audit verify --head', () => {
  it('prints the head to note; takes it back whole, as the footer prints it, or from a backup’s manifest', async () => {
    const db = await baseWithCalls(3);
    const verified = await pacte(['--db', db, 'audit', 'verify']);
    expect(verified.code).toBe(0);
    const head = /^Tête du journal : (3:[0-9a-f]{64})$/mu.exec(verified.stdout)?.[1] ?? '';
    expect(head).not.toBe('');
    const hash = head.slice(2);

    for (const given of [head, `3:${shortAuditHash(hash)}`, `n° 3 · ${shortAuditHash(hash)}`, `3:${hash.slice(0, 16).toUpperCase()}`]) {
      const run = await pacte(['--db', db, 'audit', 'verify', '--head', given]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('Journal d’audit intègre : 3 entrées vérifiées. Il contient l’entrée n° 3 de la tête notée, avec la même empreinte.');
    }

    const backup = JSON.parse((await pacte(['--db', db, 'backup', '--out', path.join(tempDir(), 'cle'), '--json'])).stdout) as { file: string };
    const manifest = JSON.parse(readFileSync(backup.file.replace(/\.sqlite$/u, '.json'), 'utf8')) as { auditHead: { seq: number; hash: string } };
    expect(manifest.auditHead).toEqual({ seq: 3, hash });
    expect((await pacte(['--db', db, 'audit', 'verify', '--head', `${manifest.auditHead.seq}:${manifest.auditHead.hash}`])).code).toBe(0);
  });

  it('exit 1 on a truncated log, with the entries removed; --json gives the whole check', async () => {
    const db = await baseWithCalls(4);
    const head = /Tête du journal : (\S+)/u.exec((await pacte(['--db', db, 'audit', 'verify'])).stdout)?.[1] ?? '';
    tamper(db, 'delete from audit_log where seq = 4');
    expect((await pacte(['--db', db, 'audit', 'verify'])).code).toBe(0);

    const run = await pacte(['--db', db, 'audit', 'verify', '--head', head]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`pacte : Le journal d’audit s’arrête à l’entrée n° 3, avant la tête notée (entrée n° 4, empreinte ${shortAuditHash(head.slice(2))}) : l’entrée n° 4 a été retirée (journal tronqué).\n`);
    const json = await pacte(['--db', db, 'audit', 'verify', '--head', head, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, count: 3, brokenSeq: null, head: expect.stringMatching(/^3:/u) as unknown, problems: [expect.stringContaining('journal tronqué') as unknown] });
  });

  it('lists every problem when there are several: a chain broken and a head missing', async () => {
    const db = await baseWithCalls(3);
    const head = /Tête du journal : (\S+)/u.exec((await pacte(['--db', db, 'audit', 'verify'])).stdout)?.[1] ?? '';
    tamper(db, "delete from audit_log where seq = 3; update audit_log set actor = 'quelqu’un' where seq = 1;");
    const run = await pacte(['--db', db, 'audit', 'verify', '--head', head]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('pacte : Journal d’audit altéré : 2 anomalies.');
    expect(lines[1]).toMatch(/^ {2}- Journal d’audit altéré à l’entrée n° 1 : /u);
    expect(lines[2]).toMatch(/^ {2}- Le journal d’audit s’arrête à l’entrée n° 2, avant la tête notée/u);
  });

  it('exit 1 on a deleted log, with or without the head; a head that is not one is refused in French', async () => {
    const db = await baseWithCalls(2);
    const head = /Tête du journal : (\S+)/u.exec((await pacte(['--db', db, 'audit', 'verify'])).stdout)?.[1] ?? '';
    tamper(db, 'delete from audit_log');
    expect(await pacte(['--db', db, 'audit', 'verify'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Le journal d’audit est vide alors que la base contient 2 appels à projets') as unknown });
    expect(await pacte(['--db', db, 'audit', 'verify', '--head', head])).toMatchObject({ code: 1, stderr: expect.stringContaining('il a été supprimé') as unknown });
    const bad = await pacte(['--db', db, 'audit', 'verify', '--head', '2:9F3A']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Tête du journal illisible : attendu N:EMPREINTE, le numéro de l’entrée et au moins les 16 premiers chiffres de son empreinte');
  });
});
