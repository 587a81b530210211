// `pacte indicators list|import` and `pacte targets set|list` on a real database file: the JSON shapes
// scripts rely on, a catalogue imported once then found unchanged, a changed meaning refused, and a
// convention's target set, read back and removed; every refusal exits 1 in French.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConventionTargets } from '../../core/service/api.ts';
import { openService } from '../../core/service/open-service.ts';
import { boardSession } from '../support/board-session.ts';
import { pacte, type Run } from '../support/run-pacte.ts';
import { FRENCH, repoRoot, tempDir } from '../support/test-app.ts';

const shippedFile = path.join(repoRoot, 'resources', 'indicators', 'indicateurs-communs-v1.json');
const LIST_FIELDS = ['aggregation', 'breakdowns', 'code', 'kind', 'label', 'unit', 'version'];

let baseDir = '';
let conventionId = 0;

// A closed session with its conventions drafted, built once with the service, copied for each test.
beforeAll(async () => {
  baseDir = mkdtempSync(path.join(os.tmpdir(), 'pacte-indicators-cli-'));
  const opened = openService({ databaseFile: path.join(baseDir, 'pacte.sqlite'), appRoot: repoRoot, now: () => new Date('2018-01-10T09:00:00.000Z'), actor: 'Marie Le Gall' });
  try {
    const setup = await boardSession(opened.service);
    const { drafted } = await opened.service.invoke('conventions.draft', { sessionId: setup.sessionId });
    conventionId = drafted[0]?.id ?? 0;
  } finally {
    opened.close();
  }
}, 120_000);

afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

function freshBase() {
  const dir = tempDir();
  cpSync(baseDir, dir, { recursive: true });
  const db = path.join(dir, 'pacte.sqlite');
  const run = (...args: string[]): Promise<Run> => pacte(['--db', db, ...args]);
  const json = async <T,>(...args: string[]): Promise<T> => {
    const result = await run(...args);
    expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(result.stdout) as T;
  };
  const refused = async (...args: string[]): Promise<string> => {
    const result = await run(...args);
    expect(result.code, args.join(' ')).toBe(1);
    expect(result.stderr).toMatch(FRENCH);
    return result.stderr;
  };
  return { dir, run, json, refused };
}

describe('pacte indicators', () => {
  it('lists the definitions in force as JSON, by date, and as text', async () => {
    const base = freshBase();
    const rows = await base.json<Record<string, unknown>[]>('indicators', 'list', '--json', '--date', '2018-12-31');
    expect(rows.map((row) => row.code)).toContain('IC17');
    expect(rows.every((row) => JSON.stringify(Object.keys(row).sort()) === JSON.stringify(LIST_FIELDS))).toBe(true);
    expect(rows.find((row) => row.code === 'IC09')).toEqual({ code: 'IC09', label: 'Taux d\'assiduité', unit: 'pourcent', aggregation: 'ratio', breakdowns: [], version: 1, kind: 'realisation' });
    expect(await base.json<unknown[]>('indicators', 'list', '--json', '--date', '2016-12-31')).toEqual([]);
    const text = await base.run('indicators', 'list', '--date', '31/12/2018');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Indicateurs en vigueur le 31 décembre 2018 : 17');
    expect(text.stdout).toMatch(/IC01 v1\tParticipants entrés dans l'année\tpersonnes\tsomme\tventilations : Sexe, Tranche d'âge/u);
    await base.refused('indicators', 'list', '--date', '2018-13-45');
    // --toutes-versions: every stored version, in force or not (the shipped catalogue starts in 2017).
    const all = await base.json<{ code: string }[]>('indicators', 'list', '--json', '--date', '2016-12-31', '--toutes-versions');
    expect(all.map((row) => row.code)).toContain('IC01');
  });

  it('imports another catalogue once, finds it unchanged the second time, and refuses a code given another meaning', async () => {
    const base = freshBase();
    const file = path.join(base.dir, 'complement.json');
    writeFileSync(file, JSON.stringify({ format: 'pacte-cai/indicateurs', key: 'complement-2024', title: 'Complément', validFrom: '2024-01-01', indicators: [{ code: 'IC18', version: 1, label: 'Sorties en création d’activité', unit: 'personnes', kind: 'resultat', aggregation: 'sum', subsetOf: 'IC10', breakdowns: ['sex'] }] }));
    const first = await base.run('indicators', 'import', file);
    expect(first).toMatchObject({ code: 0, stdout: 'Catalogue complement-2024 importé : IC18 v1 ajouté(s), 0 déjà présent(s).\n' });
    expect(await base.json('indicators', 'import', file, '--json')).toEqual({ catalogueKey: 'complement-2024', status: 'unchanged', created: [], unchanged: 1 });
    expect((await base.json<{ code: string }[]>('indicators', 'list', '--json', '--date', '2024-06-30')).at(-1)?.code).toBe('IC18');

    const shipped = JSON.parse(readFileSync(shippedFile, 'utf8')) as { indicators: { code: string; unit: string }[] };
    const changed = path.join(base.dir, 'change.json');
    writeFileSync(changed, JSON.stringify({ ...shipped, indicators: shipped.indicators.map((entry) => (entry.code === 'IC07' ? { ...entry, unit: 'heures' } : entry)) }));
    expect(await base.refused('indicators', 'import', changed)).toContain('un code ne change jamais de sens : publiez une version 2');
    expect(await base.refused('indicators', 'import', path.join(base.dir, 'absent.json'))).toContain('fichier introuvable');
  });
});

describe('pacte targets', () => {
  it('sets a target, lists it as JSON and text, removes it with --valeur aucune, and refuses what the rules forbid', async () => {
    const base = freshBase();
    const id = String(conventionId);
    expect(await base.run('targets', 'set', '--convention', id, '--year', '2018', '--code', 'ic01', '--valeur', '24')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Convention CONV-2018-\d+ : cible 2018 de IC01 = 24 personnes\.\n$/u) });
    await base.run('targets', 'set', '--convention', id, '--year', '2018', '--code', 'IC09', '--valeur', '85,5');
    const sheet = await base.json<ConventionTargets>('targets', 'list', '--convention', id, '--json');
    const year = sheet.years.find((entry) => entry.year === 2018);
    expect(year?.indicators.filter((indicator) => indicator.target !== null).map(({ code, target }) => ({ code, target }))).toEqual([
      { code: 'IC01', target: 24 },
      { code: 'IC09', target: 85.5 },
    ]);
    const text = await base.run('targets', 'list', '--convention', id);
    expect(text.stdout).toContain('2018 : 2 cible(s)');
    expect(text.stdout).toContain('IC09\tTaux d\'assiduité\t85,5 %');

    expect((await base.run('targets', 'set', '--convention', id, '--year', '2018', '--code', 'IC01', '--valeur', 'aucune')).stdout).toContain('pas de cible 2018 pour IC01');
    expect((await base.json<ConventionTargets>('targets', 'list', '--convention', id, '--json')).years[0]?.indicators.find((indicator) => indicator.code === 'IC01')?.target).toBeNull();

    expect(await base.refused('targets', 'set', '--convention', id, '--year', '2018', '--code', 'IC01', '--valeur', '12,5')).toContain('nombre entier');
    expect(await base.refused('targets', 'set', '--convention', id, '--year', '2018', '--code', 'IC09', '--valeur', '120')).toContain('entre 0 et 100');
    expect(await base.refused('targets', 'set', '--convention', id, '--year', '2030', '--code', 'IC01', '--valeur', '3')).toContain('ne couvre pas 2030');
    expect(await base.refused('targets', 'set', '--convention', id, '--year', '2018', '--code', 'IC01', '--valeur', 'beaucoup')).toContain('--valeur');
    expect(await base.refused('targets', 'list', '--convention', '9999')).toContain('n’existe pas');
  });
});
