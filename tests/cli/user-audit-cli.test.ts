// `pacte user show|set` and `pacte audit list|export` with filters: the CLI's acts carry the name of
// who uses this computer, and the log is read and exported the way the audit screen does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditList } from '../../core/service/api.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, tempDir } from '../support/test-app.ts';

const CLAIRE = 'Claire Dubois (chargée de mission insertion)';

function today(): string {
  const date = new Date();
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

async function baseWithUser(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'pacte.sqlite');
  const none = await pacte(['--db', db, 'user', 'show']);
  expect(none).toMatchObject({ code: 0 });
  expect(none.stdout).toMatch(/Aucun utilisateur n’est défini pour ce poste/u);
  expect(JSON.parse((await pacte(['--db', db, 'user', 'show', '--json'])).stdout)).toMatchObject({ user: null, recordedAs: expect.any(String) as unknown });
  const set = await pacte(['--db', db, 'user', 'set', '--name', ' Claire Dubois ', '--role', 'chargée de mission insertion']);
  expect(set).toMatchObject({ code: 0, stdout: `Utilisateur de ce poste : ${CLAIRE}. Les actes faits ici sont désormais enregistrés à ce nom.\n` });
  for (const year of ['2018', '2019']) {
    expect((await pacte(['--db', db, 'calls', 'create', '--annee', year, '--titre', `Appel à projets ${year}`, '--enveloppe', '100 000'])).code).toBe(0);
  }
  expect((await pacte(['--db', db, 'jurors', 'add', '--nom', 'Agnès Martin', '--role', 'responsable_dispositifs'])).code).toBe(0);
  return { db, dir };
}

describe('pacte user', () => {
  it('keeps who uses this computer, and the CLI’s acts are recorded under that name', async () => {
    const { db } = await baseWithUser();
    expect((await pacte(['--db', db, 'user', 'show'])).stdout).toBe(`Utilisateur de ce poste : ${CLAIRE}\n`);
    const list = JSON.parse((await pacte(['--db', db, 'audit', 'list', '--json'])).stdout) as AuditList;
    expect(list.items.map((entry) => [entry.action, entry.actor])).toEqual([
      ['jurors.create', CLAIRE],
      ['calls.create', CLAIRE],
      ['calls.create', CLAIRE],
      ['settings.saveLocalUser', expect.not.stringContaining('Claire') as unknown],
    ]);
  });

  it('refuses a name with a line break, in French, and keeps the previous one', async () => {
    const { db } = await baseWithUser();
    const refused = await pacte(['--db', db, 'user', 'set', '--name', 'Claire\nDubois']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/retour à la ligne/u);
    expect(refused.stderr).toMatch(FRENCH);
    expect((await pacte(['--db', db, 'user', 'show'])).stdout).toBe(`Utilisateur de ce poste : ${CLAIRE}\n`);
  });
});

describe('pacte audit list and export', () => {
  it('filters by day, person, operation, object and words', async () => {
    const { db } = await baseWithUser();
    const json = async (...args: string[]) => JSON.parse((await pacte(['--db', db, 'audit', 'list', '--json', ...args])).stdout) as AuditList;
    expect((await json('--from', today(), '--to', today())).total).toBe(4);
    expect((await json('--from', '01/01/2018', '--to', '31/12/2018')).total).toBe(0);
    expect((await json('--actor', 'claire')).total).toBe(3);
    expect((await json('--action', 'calls.create')).counts.actors).toEqual([{ value: CLAIRE, count: 2 }]);
    expect((await json('--entity', 'jurors')).total).toBe(1);
    expect((await json('--search', 'agnes')).items.map((entry) => entry.action)).toEqual(['jurors.create']);

    const text = await pacte(['--db', db, 'audit', 'list', '--action', 'calls.create', '--limite', '1']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^3\\t\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\t${CLAIRE.replace(/[()]/gu, '\\$&')}\\tAppel à projets créé \\(calls\\.create\\)\\tcalls n° 2\\n`, 'u'));
    expect(text.stdout).toMatch(/1 affichée sur 2 correspondantes \(4 au total\)\.\n$/u);
    expect((await pacte(['--db', db, 'audit', 'list', '--actor', 'personne'])).stdout).toBe('Aucune entrée ne correspond à ces filtres (4 au total).\n');

    const wrongDate = await pacte(['--db', db, 'audit', 'list', '--from', '31/02/2018']);
    expect(wrongDate.code).toBe(1);
    expect(wrongDate.stderr).toMatch(/^pacte : --from : Date impossible/u);
  });

  it('writes the filtered entries as .xlsx or .csv, chosen by --format or by the extension', async () => {
    const { db, dir } = await baseWithUser();
    const xlsx = path.join(dir, 'journal.xlsx');
    const written = await pacte(['--db', db, 'audit', 'export', '--actor', 'Claire', '--out', xlsx]);
    expect(written).toMatchObject({ code: 0, stdout: `3 entrées du journal écrites dans ${xlsx}\n` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Journal d’audit');
    expect(sheet?.actualRowCount).toBe(4);
    expect(sheet?.getRow(2).getCell(4).value).toBe('Appel à projets créé');
    expect(sheet?.getRow(2).getCell(2).value).toBeInstanceOf(Date);

    const csv = path.join(dir, 'journal.txt');
    expect((await pacte(['--db', db, 'audit', 'export', '--format', 'csv', '--entity', 'jurors', '--out', csv])).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;${CLAIRE};Membre du jury ajouté;jurors.create;Membres du jury;1;`);

    const unknown = await pacte(['--db', db, 'audit', 'export', '--out', path.join(dir, 'journal.pdf')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/--format csv ou xlsx/u);
  });
});
