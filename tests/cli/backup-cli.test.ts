// `pacte backup`, `pacte backup list|folder`, `pacte restore`: every option the README gives.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pacte } from '../support/run-pacte.ts';
import { tempDir } from '../support/test-app.ts';

describe('pacte backup and restore', () => {
  it('backs up, lists, restores a backup after a change, and keeps the base it replaced', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    expect((await pacte(['--db', db, 'calls', 'create', '--annee', '2030', '--titre', 'Appel à garder', '--enveloppe', '1000'])).code).toBe(0);
    const made = await pacte(['--db', db, 'backup']);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Sauvegarde écrite : .*pacte-sauvegardes\/pacte-.*-manuelle\.sqlite\n.*1 appels, 0 prestataires, 0 dossiers/u);
    const file = /Sauvegarde écrite : (.*)\n/u.exec(made.stdout)?.[1] ?? '';
    // The head printed whole: `audit verify --head` checks the log against it later.
    const head = /tête (\d+:[0-9a-f]{64})/u.exec(made.stdout)?.[1] ?? 'absent';
    expect((await pacte(['--db', db, 'audit', 'verify', '--head', head])).code).toBe(0);

    expect((await pacte(['--db', db, 'calls', 'create', '--annee', '2031', '--titre', 'Appel à perdre', '--enveloppe', '1000'])).code).toBe(0);
    const dryRun = await pacte(['--db', db, 'restore', '--dry-run', file]);
    expect(dryRun.stdout).toContain('calls : 2 aujourd’hui → 1 dans la sauvegarde');
    const preview = JSON.parse((await pacte(['--db', db, 'restore', '--dry-run', '--json', file])).stdout) as { matchesManifest: boolean };
    expect(preview.matchesManifest).toBe(true);

    const restored = await pacte(['--db', db, 'restore', file]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/La base d’avant est gardée dans : .*-avant-restauration\.sqlite/u);
    const calls = JSON.parse((await pacte(['--db', db, 'calls', 'list', '--json'])).stdout) as { title: string }[];
    expect(calls.map((call) => call.title)).toEqual(['Appel à garder']);

    const list = await pacte(['--db', db, 'backup', 'list']);
    expect(list.stdout).toContain(`Dossier : ${path.join(dir, 'pacte-sauvegardes')} (par défaut)`);
    expect(list.stdout.split('\n').filter((line) => line.startsWith('pacte-'))).toHaveLength(2);
    const listed = JSON.parse((await pacte(['--db', db, 'backup', 'list', '--json'])).stdout) as { backups: unknown[] };
    expect(listed.backups).toHaveLength(2);
    const again = JSON.parse((await pacte(['--db', db, 'restore', '--json', file])).stdout) as { savedCurrent: string };
    expect(existsSync(again.savedCurrent)).toBe(true);
  });

  it('writes where --out or the chosen folder says, and back to the default with --default', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const out = path.join(dir, 'cle-usb');
    const made = JSON.parse((await pacte(['--db', db, 'backup', '--out', out, '--json'])).stdout) as { file: string; sha256: string };
    expect(path.dirname(made.file)).toBe(out);
    expect(made.sha256).toMatch(/^[0-9a-f]{64}$/u);
    const chosen = path.join(dir, 'nas');
    expect((await pacte(['--db', db, 'backup', 'folder', chosen])).stdout).toBe(`Les sauvegardes iront dans : ${chosen}\n`);
    await pacte(['--db', db, 'backup']);
    expect(readdirSync(chosen).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
    expect((await pacte(['--db', db, 'backup', 'folder', '--default'])).stdout).toBe(`Les sauvegardes iront dans : ${path.join(dir, 'pacte-sauvegardes')}\n`);
  });

  it('refuses to restore a file that is not a backup, exit 1, in French', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const run = await pacte(['--db', db, 'restore', path.join(dir, 'absente.sqlite')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Sauvegarde introuvable');
  });
});
