// The pact's action plan reviewed: create the first review, mark one action réalisée and another
// abandonnée with its reason (refused without one), see the lever's completion rate change (the abandoned
// action stays counted), validate the review (then read-only). Axe on the empty page, the opened lever
// and the validated review.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

const SHOTS = process.env.PACTE_SHOTS_DIR;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Screenshots for a person to look at, when PACTE_SHOTS_DIR says where (never in CI). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function chooseStatus(page: Page, code: string, label: string): Promise<void> {
  await page.getByTestId(`action-${code}-status`).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

test('a review of the action plan: an action réalisée, another abandonnée with its reason, the lever’s rate, then validated', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/indicateurs/revues`);
  await expect(page.getByTestId('reviews-empty')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'pact-reviews-empty');

  await page.getByTestId('review-create').click();
  await page.getByTestId('create-review-year').fill('2018');
  await page.getByTestId('create-review-confirm').click();
  await expect(page.getByTestId('review-title')).toHaveText('Revue annuelle 2018');
  await expect(page).toHaveURL(/revue=\d+/u);
  const lever1 = page.getByTestId('lever-1-rate');
  await expect(lever1).toContainText('0 % réalisées (0 sur 15 actions)');

  await page.getByTestId('lever-1').getByRole('button').first().click();
  await chooseStatus(page, '1.1.1.2', 'Réalisée');
  await expect(lever1).toContainText('6,7 % réalisées (1 sur 15 actions)');

  await chooseStatus(page, '1.1.1.1', 'Abandonnée');
  const modal = page.getByTestId('abandon-modal');
  await modal.getByTestId('abandon-confirm').click();
  await expect(modal.getByText('Indiquez pourquoi l’action est abandonnée')).toBeVisible();
  await modal.getByTestId('abandon-reason').fill('Porté par le Département depuis 2018.');
  await modal.getByTestId('abandon-confirm').click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('action-1.1.1.1-reason')).toHaveText('Motif : Porté par le Département depuis 2018.');
  // Abandoned, yet still one of the lever's 15 actions: the rate does not move, the count of abandoned does.
  await expect(lever1).toContainText('6,7 % réalisées (1 sur 15 actions) · 0 en cours · 13 non engagées · 1 abandonnée');
  await page.getByTestId('action-1.1.1.2-on-time').click();
  await expect(lever1).toContainText('1 en retard');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'pact-reviews-lever-open');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pact-reviews-1280x720.png` });

  await page.getByTestId('review-corrective').fill('Relancer le levier 1 avec le Département.');
  await page.getByTestId('review-texts-save').click();
  await expect(page.getByText('Conclusions enregistrées.')).toBeVisible();
  await page.getByTestId('review-validate').click();
  await page.getByTestId('review-validate-confirm').click();
  await expect(page.getByTestId('review-read-only')).toBeVisible();
  await expect(page.getByTestId('review-status')).toHaveText('Validée');
  await expect(page.getByTestId('action-1.1.1.2-status')).toHaveText('Réalisée');
  await expect(page.getByTestId('action-1.1.1.2-comment')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'pact-reviews-validated');
});
