// The COPIL's annual review and the evaluation of the action plan, read with pdftotext: every section with
// the year's figures (participations of validated bilans against targets, positive exits, money by lever,
// the late bilan named), the abandoned action listed with its reason, the COPIL's texts; the same data
// gives the same bytes; the evaluation lists each action with the conventions that serve it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService } from '../../core/service/open-service.ts';
import { readPdf } from '../support/pdf-text.ts';
import { CCAS } from '../support/signed-convention.ts';
import { repoRoot } from '../support/test-app.ts';
import { actionByCode, fundedAction, yearWithSession } from './pact-reviews/review-fixtures.ts';

const flat = (text: string) => text.replace(/\s+/gu, ' ');

async function copilYear() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-copil-'));
  const app = { ...openService({ databaseFile: path.join(dir, 'pacte.sqlite'), appRoot: repoRoot, now: () => new Date('2019-09-20T09:00:00.000Z'), actor: 'Marie Le Gall' }), dir };
  const { service, database } = app;
  const sqlite = database.sqlite;
  await service.invoke('settings.saveOrganisation', CCAS);
  const year = await yearWithSession(service, 2018);
  const velo = await fundedAction(service, sqlite, { ...year, leverNumber: 6, year: 2018, amountCents: 1_500_000, number: 'CONV-2018-001' });
  const late = await fundedAction(service, sqlite, { ...year, leverNumber: 1, year: 2018, amountCents: 900_000, number: 'CONV-2018-002' });
  const at = '2018-03-01T09:00:00.000Z';
  const line = sqlite.prepare("insert into schedule_lines (convention_id, year, rank, kind, planned_cents, trigger, created_at) values (?, 2018, 1, 'avance', 1050000, 'signature', ?)").run(velo.conventionId, at);
  sqlite.prepare("insert into payments (convention_id, schedule_line_id, amount_cents, status, paid_on, created_at, created_by, updated_at) values (?, ?, 1050000, 'paye', '2018-03-10', ?, 'test', ?)").run(velo.conventionId, line.lastInsertRowid, at, at);
  sqlite.prepare("insert into recoveries (convention_id, amount_cents, cause, decision_ref, received_on, created_at, created_by) values (?, 120000, 'non_consomme', 'T-12', '2019-05-02', ?, 'test')").run(velo.conventionId, at);
  // Le Blosne is a QPV, the centre is not (the territories shipped with the app).
  sqlite.prepare("update territories set is_priority = (code = 'le-blosne') where code in ('le-blosne', 'centre')").run();
  // The vélo convention's 2018 bilan is validated: 24 participants (20 in Le Blosne), 10 exits, 6 positive.
  const bilan = sqlite
    .prepare("insert into bilans (convention_id, year, status, outcome, due_on, received_on, decided_on, decided_by, created_at, created_by, updated_at) values (?, 2018, 'valide', 'realisee', '2019-06-30', '2019-04-01', '2019-04-15', 'test', ?, 'test', ?)")
    .run(velo.conventionId, at, '2019-04-15T09:00:00.000Z');
  const value = sqlite.prepare('insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, ?, ?, ?)');
  for (const [code, dimension, category, figure] of [
    ['IC01', 'total', '', 24],
    ['IC01', 'territory', 'le-blosne', 20],
    ['IC01', 'territory', 'centre', 4],
    ['IC10', 'total', '', 10],
    ['IC12', 'total', '', 4],
    ['IC13', 'total', '', 2],
    ['IC17', 'total', '', 0],
  ] as const) {
    value.run(bilan.lastInsertRowid, code, dimension, category, figure);
  }
  sqlite.prepare("insert into convention_indicator_targets (convention_id, year, code, target_value, updated_at, updated_by) values (?, 2018, 'IC01', 30, ?, 'test')").run(velo.conventionId, at);
  const review = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2018, heldOn: '2019-09-15' });
  await service.invoke('pactReviews.setProgress', { reviewId: review.id, pactActionId: actionByCode(review, '1.1.1.1').id, status: 'abandonnee', reason: 'Porté par le Département depuis 2018.' });
  await service.invoke('pactReviews.setProgress', { reviewId: review.id, pactActionId: actionByCode(review, '6.1.1.1').id, status: 'realisee', onTime: false });
  await service.invoke('pactReviews.update', { id: review.id, heldOn: '2019-09-15', correctiveMeasures: 'Relancer les bilans en retard avant le 31 octobre.', priorities: 'Mobilité des jeunes.', decisions: 'Reconduire l’action vélo en 2019.' });
  return { ...app, review, velo, late };
}

describe('revue annuelle du COPIL', () => {
  // One year built once (about a second); the tests only read it, and add a review of another kind.
  let year: Awaited<ReturnType<typeof copilYear>>;
  beforeAll(async () => {
    year = await copilYear();
  });
  afterAll(() => {
    year.close();
    rmSync(year.dir, { recursive: true, force: true });
  });

  it('prints every section with the year’s figures, the abandoned action and the late bilan', async () => {
    const { service, review, late } = year;
    const document = await service.invoke('documents.copil', { reviewId: review.id });
    const pdf = readPdf(Buffer.from(document.contentBase64, 'base64'));
    const text = flat(pdf.text);
    for (const section of ['1. Chiffres clés de 2018', '2. Réalisation du plan d’action par levier', '3. Actions financées : indicateurs et cibles', '4. Financements : enveloppe, engagé, versé, reversé', '5. Bilans en retard', '6. Mesures correctives et priorités', '7. Décisions soumises à la validation du COPIL']) {
      expect(text).toContain(section);
    }
    expect(text).toContain('Revue annuelle 2018, séance du 15 septembre 2019');
    // Key figures: 2 signed conventions, 24 000 € committed, 24 participations, 6 positive exits of 10.
    expect(text).toMatch(/2 24 000,00 € 24 60 % 1 \/ 167/u);
    expect(text).toContain('Outiller les professionnels');
    expect(text).toContain('Porté par le Département depuis 2018.');
    expect(text).toMatch(/Levier 6 – Favoriser la mobilité 22 1 0 21 0 1 4,5 %/u);
    // Participations against the target (24 of 30: 80 %), in Le Blosne marked QPV.
    expect(text).toMatch(/Levier 6 — Favoriser la mobilité 1 24 30 80 % 6 60 %/u);
    expect(text).toMatch(/Le Blosne oui 20/u);
    // Money: envelope 40 000 € on lever 6, 15 000 € committed, 10 500 € paid, 1 200 € recovered.
    expect(text).toMatch(/Levier 6 – Favoriser la mobilité 40 000,00 € 15 000,00 € 10 500,00 € 1 200,00 €/u);
    expect(text).toMatch(/Total 100 000,00 € 24 000,00 € 10 500,00 € 1 200,00 €/u);
    expect(text).toContain('1 en retard au 15 septembre 2019');
    expect(text).toContain(late.number);
    expect(text).toContain('Relancer les bilans en retard avant le 31 octobre.');
    expect(text).toContain('Reconduire l’action vélo en 2019.');
    expect(text).toContain('Projet : revue non encore validée par le COPIL.');
    // Same data, same bytes.
    const again = await service.invoke('documents.copil', { reviewId: review.id });
    expect(again.contentBase64).toBe(document.contentBase64);
  });

  it('evaluates the action plan: each action with its status, delay and the conventions serving it', async () => {
    const { service, velo } = year;
    const midTerm = await service.invoke('pactReviews.create', { kind: 'mi_parcours', year: 2019, heldOn: '2019-11-20' });
    const document = await service.invoke('documents.evaluation', { reviewId: midTerm.id });
    const pdf = readPdf(Buffer.from(document.contentBase64, 'base64'));
    const text = flat(pdf.text);
    expect(text).toContain('Évaluation à mi-parcours du plan d’action');
    expect(text).toContain('1. Le plan d’action au fil des années');
    expect(text).toMatch(/6\.1\.1\.1 .*Réalisée En retard/u);
    expect(text).toContain(`${velo.number} · ${velo.providerName} · 15 000,00 €`);
    expect(text).toContain('Motif : Porté par le Département');
    expect(text).not.toContain('[U+');
  });
});
