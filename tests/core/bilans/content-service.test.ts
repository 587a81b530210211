// bilans.saveContent on a real SQLite file: all checks first, then one write (values, CRF, status 'recu',
// a convention event, an audit entry); the same content again writes nothing; every refusal leaves the
// whole database as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBilanContent } from '../../../db/queries/bilan-content.ts';
import type { SaveBilanContentInput } from '../../../core/service/api.ts';
import { lastAuditSeq, auditActionsAfter, snapshotTables } from '../../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService } from '../../support/test-app.ts';
import { buildRollupBase, copyOfBase, type RollupBase } from '../../support/validated-bilans.ts';

let base: RollupBase;
beforeAll(async () => {
  base = await buildRollupBase();
}, 60_000);
afterAll(() => base.remove());

function open() {
  return openTestService({ file: copyOfBase(base), now: () => new Date('2019-03-01T09:00:00.000Z'), actor: 'Camille Test' });
}

export function validContent(conventionId: number): SaveBilanContentInput {
  return {
    conventionId,
    year: 2018,
    outcome: 'realisee',
    receivedOn: '2019-02-28',
    qualitative: 'Douze participants, huit sortis.',
    values: [
      { code: 'IC01', dimension: 'total', category: '', value: 12 },
      { code: 'IC01', dimension: 'sex', category: 'F', value: 5 },
      { code: 'IC01', dimension: 'sex', category: 'H', value: 6 },
      { code: 'IC01', dimension: 'sex', category: 'nr', value: 1 },
      { code: 'IC02', dimension: 'total', category: '', value: 3 },
      { code: 'IC08', dimension: 'total', category: '', value: 150.5 },
      { code: 'IC10', dimension: 'total', category: '', value: 8 },
      { code: 'IC11', dimension: 'total', category: '', value: 1 },
      { code: 'IC12', dimension: 'total', category: '', value: 4 },
      { code: 'IC13', dimension: 'total', category: '', value: 2 },
    ],
    financialLines: [
      { side: 'charge', account: '64', label: 'Salaires', plannedCents: 1_800_000, actualCents: 1_750_000 },
      { side: 'produit', account: '74-ccas', label: '', plannedCents: 1_800_000, actualCents: 1_500_000 },
    ],
  };
}

describe('bilans.saveContent', () => {
  it('saves values and CRF together, marks the bilan received, appends a convention event and one audit entry', async () => {
    const { service, database } = open();
    const id = base.conventions[0]?.id ?? 0;
    const seq = lastAuditSeq(database.sqlite);
    const saved = await service.invoke('bilans.saveContent', validContent(id));
    expect(saved.changed).toBe(true);
    const row = database.sqlite.prepare('select status, outcome, received_on as receivedOn, qualitative from bilans where id = ?').get(saved.bilanId);
    expect(row).toEqual({ status: 'recu', outcome: 'realisee', receivedOn: '2019-02-28', qualitative: 'Douze participants, huit sortis.' });
    const content = readBilanContent(database.db, saved.bilanId);
    expect(content.values).toHaveLength(10);
    expect(content.values[0]).toEqual({ code: 'IC01', dimension: 'total', category: '', value: 12 });
    expect(content.financialLines).toEqual([
      { side: 'charge', position: 1, account: '64', label: 'Salaires', plannedCents: 1_800_000, actualCents: 1_750_000 },
      { side: 'produit', position: 1, account: '74-ccas', label: '', plannedCents: 1_800_000, actualCents: 1_500_000 },
    ]);
    const event = database.sqlite.prepare("select summary from convention_events where convention_id = ? and kind = 'bilan'").all(id);
    expect(event).toEqual([{ summary: 'Bilan 2018 reçu le 28/02/2019' }]);
    expect(auditActionsAfter(database.sqlite, seq)).toEqual(['bilans.saveContent']);
  });

  it('the same content again changes nothing: changed false, no row, no audit entry', async () => {
    const { service, database } = open();
    const input = validContent(base.conventions[0]?.id ?? 0);
    await service.invoke('bilans.saveContent', input);
    const before = snapshotTables(database.sqlite);
    const again = await service.invoke('bilans.saveContent', { ...input, values: [...input.values].reverse() });
    expect(again.changed).toBe(false);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('a changed figure replaces the content whole', async () => {
    const { service, database } = open();
    const input = validContent(base.conventions[0]?.id ?? 0);
    await service.invoke('bilans.saveContent', input);
    const saved = await service.invoke('bilans.saveContent', { ...input, values: input.values.filter((value) => value.code !== 'IC08') });
    expect(saved.changed).toBe(true);
    expect(readBilanContent(database.db, saved.bilanId).values.map((value) => value.code)).not.toContain('IC08');
  });

  const refusals: [string, (input: SaveBilanContentInput) => SaveBilanContentInput, RegExp][] = [
    ['a breakdown that does not sum to its total', (input) => ({ ...input, values: input.values.map((value) => (value.category === 'nr' ? { ...value, value: 2 } : value)) }), /ventilation « sexe » fait 13 au lieu du total 12/u],
    ['a typed rate', (input) => ({ ...input, values: [...input.values, { code: 'IC09', dimension: 'total', category: '', value: 0.8 }] }), /les taux sont calculés, ne les saisissez pas/u],
    ['exits beyond the participants who left', (input) => ({ ...input, values: input.values.map((value) => (value.code === 'IC12' ? { ...value, value: 6 } : value)) }), /une personne n’a qu’une sortie/u],
    ['a sub-population beyond its parent', (input) => ({ ...input, values: input.values.map((value) => (value.code === 'IC02' ? { ...value, value: 13 } : value)) }), /IC02 \(13\) dépasse IC01/u],
    ['a negative amount', (input) => ({ ...input, financialLines: [{ side: 'charge', account: '64', label: '', plannedCents: 0, actualCents: -1 }] }), /réalisé doit être positif ou nul/u],
    ['cents that are not whole', (input) => ({ ...input, financialLines: [{ side: 'charge', account: '64', label: '', plannedCents: 10.5, actualCents: 0 }] }), /prévu doit être positif ou nul, au centime près/u],
    ['an empty account', (input) => ({ ...input, financialLines: [{ side: 'charge', account: '  ', label: '', plannedCents: 0, actualCents: 0 }] }), /le compte est obligatoire/u],
    ['more than 200 lines', (input) => ({ ...input, financialLines: Array.from({ length: 201 }, () => ({ side: 'charge' as const, account: '60', label: '', plannedCents: 0, actualCents: 0 })) }), /201 lignes, c’est trop \(200 au plus\)/u],
    ['a reception date in the future', (input) => ({ ...input, receivedOn: '2019-03-02' }), /Date de réception dans le futur/u],
    ['a year the convention does not cover', (input) => ({ ...input, year: 2019 }), /ne couvre pas l’année 2019/u],
    ['a convention that does not exist', (input) => ({ ...input, conventionId: 999 }), /n° 999 n’existe pas/u],
  ];
  for (const [what, change, message] of refusals) {
    it(`refuses ${what}, in French, and writes nothing`, async () => {
      const { service, database } = open();
      const before = snapshotTables(database.sqlite);
      const error = expectFailure(await service.call('bilans.saveContent', change(validContent(base.conventions[0]?.id ?? 0))));
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(FRENCH);
      expect(snapshotTables(database.sqlite)).toEqual(before);
    });
  }

  it('refuses to change a validated or dispensed bilan', async () => {
    const { service, database } = open();
    const input = validContent(base.conventions[0]?.id ?? 0);
    const saved = await service.invoke('bilans.saveContent', input);
    for (const status of ['valide', 'dispense']) {
      database.sqlite.prepare('update bilans set status = ? where id = ?').run(status, saved.bilanId);
      const before = snapshotTables(database.sqlite);
      const error = expectFailure(await service.call('bilans.saveContent', { ...input, qualitative: 'Autre texte' }));
      expect(error.code).toBe('precondition');
      expect(error.message).toMatch(status === 'valide' ? /validé/u : /dispensé/u);
      expect(snapshotTables(database.sqlite)).toEqual(before);
    }
  });

  it('every problem is listed with its place, not only the first', async () => {
    const { service } = open();
    const input = validContent(base.conventions[0]?.id ?? 0);
    const error = expectFailure(
      await service.call('bilans.saveContent', {
        ...input,
        values: [...input.values, { code: 'IC14', dimension: 'total', category: '', value: 3 }, { code: 'IC07', dimension: 'total', category: '', value: 2.5 }],
        financialLines: [{ side: 'charge', account: '', label: '', plannedCents: -5, actualCents: 0 }],
      }),
    );
    expect(error.issues?.map((issue) => issue.path)).toEqual(['values.IC14', 'values.IC07', 'financialLines.0.account', 'financialLines.0.plannedCents']);
  });

  it('bilans.content shows figures with breakdowns beside targets, rates and derived figures computed, the CRF with its gaps', async () => {
    const { service, database } = open();
    const id = base.conventions[0]?.id ?? 0;
    database.sqlite.prepare("insert into convention_indicator_targets (convention_id, year, code, target_value, updated_at, updated_by) values (?, 2018, 'IC01', 15, '2019-01-01', 'Test')").run(id);
    const input = validContent(id);
    const saved = await service.invoke('bilans.saveContent', { ...input, values: [...input.values, { code: 'IC16', dimension: 'total', category: '', value: 200 }] });
    const view = await service.invoke('bilans.content', { bilanId: saved.bilanId });
    const indicator = (code: string) => view.indicators.find((entry) => entry.code === code);
    expect(indicator('IC01')).toMatchObject({ target: 15, total: 12 });
    expect(indicator('IC01')?.breakdowns.find((breakdown) => breakdown.dimension === 'sex')?.cells).toEqual([
      { category: 'F', label: 'Femmes', value: 5 },
      { category: 'H', label: 'Hommes', value: 6 },
      { category: 'nr', label: 'Non renseigné', value: 1 },
    ]);
    expect(indicator('IC09')?.total).toBeCloseTo(150.5 / 200, 10);
    expect(indicator('IC14')?.total).toBeNull(); // IC17 not given: a derived figure is not guessed
    expect(view.financialTotals.charge).toEqual({ plannedCents: 1_800_000, actualCents: 1_750_000, gapCents: -50_000, gapPercent: -2.8 });
    const empty = await service.invoke('bilans.content', { conventionId: base.conventions[1]?.id ?? 0, year: 2018 });
    expect(empty).toMatchObject({ bilanId: null, status: 'attendu', financialLines: [] });
  });
});
