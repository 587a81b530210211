// A convention's targets per year through the service, on a real database: the indicators in force each
// year beside the application's proposed ones, a target set / changed / removed with its line in the
// convention's history and its audit entry, each refusal in French with nothing written, and annex III
// of the convention PDF printing the targets per year above the proposed indicators (read with pdftotext).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService } from '../../../core/service/open-service.ts';
import { listTargets, targetsForYear } from '../../../db/queries/target-queries.ts';
import { boardSession } from '../../support/board-session.ts';
import { snapshotTables } from '../../support/db-snapshot.ts';
import { readPdf } from '../../support/pdf-text.ts';
import { CCAS } from '../../support/signed-convention.ts';
import { expectFailure, FRENCH, openTestService, repoRoot, tempDir, type TestService } from '../../support/test-app.ts';

const clock = () => new Date('2018-03-01T09:00:00.000Z');
type Base = { file: string; twoYears: number; abandoned: number };
let base: Base;
let baseDir = '';

// Without targets, annex III prints as before (tests/core/conventions-documents-service.test.ts).
// One closed session, its conventions drafted, built once: the first made a two-year convention with the
// application's proposed indicators, the second abandoned. Each test works on its own copy.
beforeAll(async () => {
  baseDir = mkdtempSync(path.join(os.tmpdir(), 'pacte-targets-'));
  const file = path.join(baseDir, 'base.sqlite');
  const app = openService({ databaseFile: file, appRoot: repoRoot, now: clock, actor: 'Marie Le Gall' });
  await app.service.invoke('settings.saveOrganisation', CCAS);
  const setup = await boardSession(app.service);
  app.database.sqlite.exec("update providers set address = '3 rue du Vélo', postal_code = '35200', city = 'Rennes', representative_name = 'Claire Martin', representative_role = 'Présidente'");
  const { drafted } = await app.service.invoke('conventions.draft', { sessionId: setup.sessionId });
  const [first, second] = drafted;
  if (!first || !second) throw new Error('two conventions expected');
  const half = Math.floor(first.totalCents / 2);
  await app.service.invoke('conventions.update', { id: first.id, endsOn: '2019-12-31', years: [{ year: 2018, amountCents: half }, { year: 2019, amountCents: first.totalCents - half }], reason: 'Action reconduite en 2019.' });
  const insert = app.database.sqlite.prepare('insert into application_indicators (application_id, position, label, target) values (?, ?, ?, ?)');
  insert.run(first.applicationId, 1, 'Personnes ayant obtenu le code de la route', '12 par an');
  insert.run(first.applicationId, 2, 'Sorties en emploi', '');
  await app.service.invoke('conventions.abandon', { id: second.id, reason: 'Le porteur renonce.' });
  app.close();
  base = { file, twoYears: first.id, abandoned: second.id };
}, 120_000);

afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

function openCopy(): TestService {
  const file = path.join(tempDir(), 'run.sqlite');
  copyFileSync(base.file, file);
  return openTestService({ file, now: clock, actor: 'Marie Le Gall' });
}

const events = (app: TestService, id: number) => app.database.sqlite.prepare("select kind, summary, actor from convention_events where convention_id = ? and kind = 'modification' order by id").all(id);

describe('targets of a convention', () => {
  it('lists each year of the convention with the indicators in force, and the application’s proposed indicators as the starting point', async () => {
    const app = openCopy();
    const sheet = await app.service.invoke('targets.list', { conventionId: base.twoYears });
    expect(sheet.editable).toBe(true);
    expect(sheet.years.map((year) => year.year)).toEqual([2018, 2019]);
    expect(sheet.years[0]?.indicators.map((indicator) => indicator.code)).toContain('IC01');
    expect(sheet.years.every((year) => year.indicators.every((indicator) => indicator.target === null))).toBe(true);
    expect(sheet.proposed).toEqual([
      { label: 'Personnes ayant obtenu le code de la route', target: '12 par an' },
      { label: 'Sorties en emploi', target: '' },
    ]);
  });

  it('sets, changes and removes a target: each change in the convention’s history and the audit log; the same value again writes nothing', async () => {
    const app = openCopy();
    const set = await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC01', value: 24 });
    expect(set.years[1]?.indicators.find((indicator) => indicator.code === 'IC01')?.target).toBe(24);
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2018, code: 'IC09', value: 85.5 });
    expect(listTargets(app.database.db, base.twoYears)).toEqual([
      { year: 2018, code: 'IC09', targetValue: 85.5 },
      { year: 2019, code: 'IC01', targetValue: 24 },
    ]);
    expect(targetsForYear(app.database.db, 2019)).toEqual([{ conventionId: base.twoYears, code: 'IC01', targetValue: 24 }]);

    const snapshot = snapshotTables(app.database.sqlite);
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC01', value: 24 });
    expect(snapshotTables(app.database.sqlite)).toEqual(snapshot);

    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC01', value: 30 });
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC01', value: null });
    expect(listTargets(app.database.db, base.twoYears)).toEqual([{ year: 2018, code: 'IC09', targetValue: 85.5 }]);
    expect(events(app, base.twoYears)).toEqual([
      { kind: 'modification', summary: 'Cible 2019 de IC01 (Participants entrés dans l\'année) : 24 personnes', actor: 'Marie Le Gall' },
      { kind: 'modification', summary: 'Cible 2018 de IC09 (Taux d\'assiduité) : 85,5 %', actor: 'Marie Le Gall' },
      { kind: 'modification', summary: 'Cible 2019 de IC01 (Participants entrés dans l\'année) : 24 personnes → 30 personnes', actor: 'Marie Le Gall' },
      { kind: 'modification', summary: 'Cible 2019 de IC01 (Participants entrés dans l\'année) retirée (elle était de 30 personnes)', actor: 'Marie Le Gall' },
    ]);
    const audit = app.database.sqlite.prepare("select entity, details from audit_log where action = 'targets.set' order by seq").all() as { entity: string; details: string }[];
    expect(audit).toHaveLength(4);
    expect(audit.map((entry) => entry.entity)).toEqual(['targets', 'targets', 'targets', 'targets']);
    expect(JSON.parse(audit[3]?.details ?? '{}')).toEqual({ conventionId: base.twoYears, year: 2019, code: 'IC01', value: null });
    // Removing a target that is not there writes nothing.
    const removed = snapshotTables(app.database.sqlite);
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC01', value: null });
    expect(snapshotTables(app.database.sqlite)).toEqual(removed);
  });

  it('refuses, in French and writing nothing: a year outside the convention, a code not in force that year, a percentage above 100, a fraction of a person, an ended convention', async () => {
    const app = openCopy();
    // IC18 exists from 2019 only.
    await app.service.invoke('indicators.import', {
      content: JSON.stringify({
        format: 'pacte-cai/indicateurs',
        key: 'complement-2019',
        title: 'Complément 2019',
        validFrom: '2019-01-01',
        indicators: [{ code: 'IC18', version: 1, label: 'Sorties en création d’activité', unit: 'personnes', kind: 'resultat', aggregation: 'sum', subsetOf: 'IC10', breakdowns: [] }],
      }),
    });
    const snapshot = snapshotTables(app.database.sqlite);
    const refused = async (input: { conventionId: number; year: number; code: string; value: number | null }, message: RegExp) => {
      const error = expectFailure(await app.service.call('targets.set', input));
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(FRENCH);
    };
    await refused({ conventionId: base.twoYears, year: 2020, code: 'IC01', value: 3 }, /ne couvre pas 2020 \(années : 2018, 2019\)/u);
    await refused({ conventionId: base.twoYears, year: 2018, code: 'IC18', value: 3 }, /IC18 n’est pas en vigueur en 2018/u);
    await refused({ conventionId: base.twoYears, year: 2018, code: 'IC09', value: 100.5 }, /pourcentage : entre 0 et 100/u);
    await refused({ conventionId: base.twoYears, year: 2018, code: 'IC01', value: 2.5 }, /nombre entier/u);
    await refused({ conventionId: base.twoYears, year: 2018, code: 'IC01', value: -1 }, /jamais négative/u);
    await refused({ conventionId: base.abandoned, year: 2018, code: 'IC01', value: 3 }, /est abandonnée : ses cibles ne changent plus/u);
    expect(snapshotTables(app.database.sqlite)).toEqual(snapshot);
    expect((await app.service.invoke('targets.list', { conventionId: base.abandoned })).editable).toBe(false);
    // The same code is accepted the year it is in force.
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC18', value: 3 });
    expect(listTargets(app.database.db, base.twoYears)).toEqual([{ year: 2019, code: 'IC18', targetValue: 3 }]);
  });

  it('saves a year’s targets together: all of them, one audit entry and one history line each, or none when one is refused', async () => {
    const app = openCopy();
    const snapshot = snapshotTables(app.database.sqlite);
    const error = expectFailure(await app.service.call('targets.setYear', { conventionId: base.twoYears, year: 2018, values: [{ code: 'IC01', value: 20 }, { code: 'IC09', value: 140 }] }));
    expect(error.message).toContain('IC09');
    expect(snapshotTables(app.database.sqlite)).toEqual(snapshot);
    const sheet = await app.service.invoke('targets.setYear', { conventionId: base.twoYears, year: 2018, values: [{ code: 'IC01', value: 20 }, { code: 'IC10', value: 15 }] });
    expect(sheet.years[0]?.indicators.filter((indicator) => indicator.target !== null).map((indicator) => indicator.code)).toEqual(['IC01', 'IC10']);
    expect(events(app, base.twoYears)).toHaveLength(2);
    expect(app.database.sqlite.prepare("select count(*) as n from audit_log where action = 'targets.setYear'").get()).toEqual({ n: 1 });
  });

  it('prints the targets per year in annex III of the convention, above the application’s proposed indicators', async () => {
    const app = openCopy();
    const annex = async () => {
      const { text } = readPdf(Buffer.from((await app.service.invoke('documents.convention', { conventionId: base.twoYears })).contentBase64, 'base64'));
      const flat = text.replace(/[\s\u00A0\u202F]+/gu, ' ');
      return flat.slice(flat.indexOf('Annexe III'), flat.indexOf('Annexe IV'));
    };
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2018, code: 'IC01', value: 24 });
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2018, code: 'IC12', value: 8 });
    await app.service.invoke('targets.set', { conventionId: base.twoYears, year: 2019, code: 'IC09', value: 85.5 });
    const printed = await annex();
    expect(printed).toContain('Cibles de l’exercice 2018 Code Indicateur commun Cible Unité IC01 Participants entrés dans l\'année 24 personnes IC12 Sorties en emploi (durable ou de transition) 8 personnes');
    expect(printed).toContain('Cibles de l’exercice 2019 Code Indicateur commun Cible Unité IC09 Taux d\'assiduité 85,5 %');
    expect(printed.indexOf('Indicateurs proposés dans la demande')).toBeGreaterThan(printed.indexOf('Cibles de l’exercice 2019'));
    expect(printed).toContain('Personnes ayant obtenu le code de la route Chaque exercice 12 par an');
  });
});
