// Issue 10, items 5 and 6 in Chromium: the juror reads the proposed indicators (criterion 7 asks to judge
// them) on their sheet; at deliberation the chair sees no comment before the reveal, then every comment per
// criterion and named in the drawer, quotes one in the avis (anonymously), and the avis technique prints it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { CHAIR_PIN, CRITERIA, JURORS, seedScoringSession, type ScoringSeed } from './pages/jury-page.ts';
import { expect, test } from './support/fixtures.ts';

const SHOTS = process.env.PACTE_SHOTS_DIR ?? '';

const INDICATORS = [
  { label: 'Participants entrés en formation qualifiante', target: '8 sur 20' },
  { label: 'Sorties vers l’emploi durable (indicateur commun du pacte)', target: '30 % à six mois' },
];

const COMMENTS = {
  brunoPartners: 'Aucun partenaire engagé sur le quartier.',
  brunoMethod: 'Les participants co-construisent les ateliers.',
  claireIndicators: 'Cibles à chiffrer et outil de suivi absent.',
};

type Detail = Record<string, unknown> & { id: number; budgetLines: { account: string; label: string; amountCents: number }[] };

/** The file as filed, with the indicators the provider proposes (the road the application form takes). */
async function addIndicators(page: Page, baseUrl: string, applicationId: number): Promise<void> {
  const detail = await callApi<Detail>(page, baseUrl, 'applications.get', { id: applicationId });
  const fields = ['callId', 'providerId', 'title', 'summary', 'description', 'primaryObjectiveId', 'secondaryObjectiveIds', 'publics', 'publicOther', 'expectedParticipants', 'expectedRsaParticipants', 'territoryIds', 'startsOn', 'endsOn', 'isRenewal', 'duration', 'mobility'];
  await callApi(page, baseUrl, 'applications.update', {
    id: applicationId,
    ...Object.fromEntries(fields.map((field) => [field, detail[field]])),
    budgetLines: detail.budgetLines.map(({ account, label, amountCents }) => ({ account, label, amountCents })),
    indicators: INDICATORS,
  });
}

/** A juror on another machine: every criterion at `base`, some with their own level and comment; submitted. */
async function scoreWithComments(page: Page, baseUrl: string, seed: ScoringSeed, jurorName: string, base: number, special: Record<number, Record<string, { score: number; comment: string }>>) {
  const pin = JURORS.find((juror) => juror.name === jurorName)?.pin;
  const { juryToken } = await callApi<{ juryToken: string }>(page, baseUrl, 'jury.open', { sessionId: seed.sessionId, jurorId: seed.jurorIds[jurorName], pin });
  for (const { id } of seed.applications) {
    for (const key of CRITERIA) {
      const answer = special[id]?.[key] ?? { score: base, comment: '' };
      await callApi(page, baseUrl, 'jury.saveAnswer', { juryToken, applicationId: id, criterionKey: key, answer });
    }
  }
  await callApi(page, baseUrl, 'jury.submit', { juryToken });
  await callApi(page, baseUrl, 'jury.close', { juryToken });
}

/** The axe scan of accessibility.spec.ts (WCAG 2.1 A/AA), on the screens this spec changes. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name) });
}

test('the juror reads the proposed indicators on the sheet they score', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const [a, b] = seed.applications;
  if (!a || !b) throw new Error('The seed has three applications.');
  await addIndicators(page, host.url, a.id);

  await page.goto(`${host.url}#/seances/${seed.sessionId}/jure`);
  await page.getByRole('radio', { name: /^Bruno Le Gall/u }).check();
  await page.getByTestId('jury-pin').fill('2222');
  await page.keyboard.press('Enter');
  await page.getByTestId('jury-agenda').waitFor();
  await page.getByRole('button', { name: /« Action A »$/u }).click();

  const view = page.getByTestId('jury-application');
  const indicators = view.getByRole('region', { name: 'Indicateurs proposés' });
  await expect(indicators.getByTestId('application-indicator')).toHaveText([/Participants entrés en formation qualifiante\s*8 sur 20/u, /Sorties vers l’emploi durable .*30 % à six mois/u]);
  // What the other criteria ask to judge is there too: objectives, public, territories and dates, budget.
  for (const name of ['Objectifs du pacte visés', 'Public, territoires et calendrier', 'Mobilité', 'Budget prévisionnel']) await expect(view.getByRole('region', { name })).toBeVisible();
  // The indicators come before the grid that asks to judge them.
  await indicators.scrollIntoViewIfNeeded();
  await shot(page, 'jury-sheet-indicators-1280x720.png');
  expect(await seriousViolations(page)).toEqual([]);

  // A file filed without indicators says so rather than showing nothing.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('jury-sheet')).toHaveAttribute('data-application-id', String(b.id));
  await expect(page.getByTestId('jury-application').getByRole('region', { name: 'Indicateurs proposés' })).toContainText('Aucun indicateur proposé.');
});

test('the chair reads the comments per criterion only after the reveal, and quotes one in the avis technique', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const [a] = seed.applications;
  if (!a) throw new Error('The seed has three applications.');
  await scoreWithComments(page, host.url, seed, 'Bruno Le Gall', 3, {
    [a.id]: { 'partenariat-ancrage': { score: 1, comment: COMMENTS.brunoPartners }, 'methode-participation': { score: 4, comment: COMMENTS.brunoMethod } },
  });
  await scoreWithComments(page, host.url, seed, 'Claire Dubois', 4, { [a.id]: { 'evaluation-indicateurs': { score: 1, comment: COMMENTS.claireIndicators } } });

  // Deliberation, not yet revealed: no comment anywhere on the page.
  await callApi(page, host.url, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await page.goto(`${host.url}#/seances/${seed.sessionId}/deliberation`);
  await expect(page.getByTestId('results-sealed')).toBeVisible();
  for (const words of Object.values(COMMENTS)) await expect(page.getByTestId('deliberation')).not.toContainText(words);

  await callApi(page, host.url, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });
  await page.reload();
  await page.getByTestId('result-row').filter({ hasText: 'Action A' }).getByTestId('result-open').click();
  const drawer = page.getByTestId('outcome-drawer');
  const comments = drawer.getByTestId('outcome-comments');
  await expect(comments.getByTestId('outcome-comment-criterion')).toHaveCount(3);
  await expect(comments.getByTestId('outcome-comment-criterion').getByRole('heading')).toHaveText(['Méthode et participation des personnes', 'Partenariat et ancrage local', 'Évaluation et indicateurs']);
  await expect(comments.getByTestId('outcome-comment')).toHaveText([
    new RegExp(`Bruno Le Gall · note 4 / 4\\s*${COMMENTS.brunoMethod}`, 'u'),
    new RegExp(`Bruno Le Gall · note 1 / 4\\s*${COMMENTS.brunoPartners}`, 'u'),
    new RegExp(`Claire Dubois · note 1 / 4\\s*${COMMENTS.claireIndicators}`, 'u'),
  ]);
  await comments.scrollIntoViewIfNeeded();
  await shot(page, 'deliberation-drawer-comments-1280x720.png');
  expect(await seriousViolations(page)).toEqual([]);

  // The avis quotes Claire's comment, without her name.
  await drawer.getByRole('radio', { name: 'Ajourné' }).check();
  await drawer.getByTestId('avis-reasons').fill('Indicateurs à revoir.');
  await drawer.getByTestId('avis-motivation').fill('Action utile au quartier.');
  const quote = comments.getByRole('button', { name: 'Citer dans l’avis le commentaire de Claire Dubois sur « Évaluation et indicateurs »' });
  await quote.click();
  await expect(comments.getByRole('button', { name: /^Citer à nouveau dans l’avis le commentaire de Claire Dubois/u })).toHaveText('Cité');
  const quoted = `«\u00a0${COMMENTS.claireIndicators}\u00a0» — un membre du jury (Évaluation et indicateurs)`;
  await expect(drawer.getByTestId('avis-motivation')).toHaveValue(`Action utile au quartier.\n\n${quoted}`);
  await drawer.getByTestId('avis-motivation').scrollIntoViewIfNeeded();
  await shot(page, 'deliberation-drawer-quoted-1280x720.png');
  await drawer.getByTestId('avis-save').click();
  await expect(drawer.getByTestId('avis-saved')).toBeVisible();

  // The avis technique prints the quote as saved, and no juror's name.
  const document = await callApi<{ contentBase64: string }>(page, host.url, 'documents.avis', { sessionId: seed.sessionId, applicationId: a.id });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pacte-avis-')), 'avis.pdf');
  writeFileSync(file, Buffer.from(document.contentBase64, 'base64'));
  if (SHOTS) writeFileSync(path.join(SHOTS, 'avis-technique-quoted.pdf'), Buffer.from(document.contentBase64, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  expect(text).toContain(`« ${COMMENTS.claireIndicators} » — un membre du jury (Évaluation et indicateurs)`);
  expect(text).not.toContain('Claire Dubois');
});
