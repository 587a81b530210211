// The fiche bilan through pdftotext: the action and its convention, each indicator's target against
// what was achieved with its breakdowns and computed rates, the CRF with its gaps in euros and percent,
// the outcome, the texts, the status and decision; the same data gives the same bytes.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../support/pdf-text.ts';
import { clock, insertReceivedBilan, prepareBase, signedApp } from './lifecycle-fixtures.ts';

beforeAll(prepareBase);

describe('fiche bilan', () => {
  it('prints targets against actuals with breakdowns and rates, the CRF gaps, the texts and the decision, the same bytes twice', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const { sqlite } = app.database;
    const bilanId = insertReceivedBilan(sqlite, app.conventionId, 2018);
    const value = sqlite.prepare('insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, ?, ?, ?)');
    for (const [code, dimension, category, figure] of [
      ['IC01', 'age', '18-29', 4],
      ['IC01', 'age', '30-54', 8],
      ['IC02', 'total', '', 3],
      ['IC08', 'total', '', 540],
      ['IC16', 'total', '', 720],
      ['IC10', 'total', '', 10],
      ['IC12', 'total', '', 4],
      ['IC13', 'total', '', 2],
    ] as const) {
      value.run(bilanId, code, dimension, category, figure);
    }
    const target = sqlite.prepare("insert into convention_indicator_targets (convention_id, year, code, target_value, updated_at, updated_by) values (?, 2018, ?, ?, 'x', 'x')");
    target.run(app.conventionId, 'IC01', 20);
    target.run(app.conventionId, 'IC07', 30);
    await app.service.invoke('bilans.validate', { id: bilanId, decidedOn: '2019-02-20' });
    await app.service.invoke('bilans.setAppraisal', { id: bilanId, appraisal: 'Public féminin bien atteint ; moins d’entrées que prévu.' });

    const document = await app.service.invoke('documents.ficheBilan', { bilanId });
    const bytes = Buffer.from(document.contentBase64, 'base64');
    const { text, pages, file } = readPdf(bytes, 'fiche-bilan.pdf');
    execFileSync('pdftoppm', ['-r', '60', '-png', file, '/tmp/shots-h3/fiche-bilan']);
    const flat = text.replace(/\s+/gu, ' ');
    expect(pages).toBe(2);
    expect(document.fileName).toMatch(/^fiche-bilan-conv-2018-\d{3}-2018\.pdf$/u);
    for (const expected of [
      'Fiche bilan',
      'Bilan 2018 — Vélo-école pour l’emploi',
      'Mobiliclés',
      'Montant 2018 16 000,00 €',
      'Validé, le 20 février 2019 par Marie Le Gall',
      'libéré le 20 février 2019',
      'Action réalisée',
      // IC01: target 20, 12 achieved = 60 %; its breakdowns in the catalogue's order.
      'IC01 Participants entrés dans l\'année 20 12 60,0 %',
      'Sexe : Femmes 7 · Hommes 5',
      "Tranche d'âge : 18 à 29 ans 4 · 30 à 54 ans 8",
      // A count's rate against its denominator code, and a ratio computed, never typed.
      '25,0 % de IC01',
      'IC09 Taux d\'assiduité (calculé) — 75 %',
      // A derived code is the sum of its sources: IC14 = IC12 + IC13 (+ IC17 absent) = 6, 60 % of IC10.
      'IC14 Sorties positives',
      '60,0 % de IC10',
      // A target with no value yet.
      'IC07 Séances collectives réalisées 30 —',
      // The CRF: 12 000 planned, 11 500 actual: −500 € and −4,2 %.
      'Salaires 12 000,00 € 11 500,00 € -500,00 € -4,2 %',
      'Total des charges',
      'Douze personnes ont suivi la vélo-école.',
      'Public féminin bien atteint',
    ]) {
      expect(flat).toContain(expected);
    }
    const again = await app.service.invoke('documents.ficheBilan', { bilanId });
    expect(again.contentBase64).toBe(document.contentBase64);
  });
});
