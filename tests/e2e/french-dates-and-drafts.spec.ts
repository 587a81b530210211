// Dates are typed and shown jj/mm/aaaa with a French calendar whatever the browser's locale, and text
// typed in a form is never dropped without asking: leaving a page or closing the avis panel asks first.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './pages/applications-page.ts';
import { CallsPage } from './pages/calls-page.ts';
import { CHAIR_PIN, scoreThroughApi, seedScoringSession } from './pages/jury-page.ts';

// Screenshots for a person to look at; the run does not compare them.
const SHOTS = process.env.PACTE_SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  // Transitions finished: the picture shows what the person sees once the screen has settled.
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

/** Serious and critical WCAG 2.1 AA violations, as the accessibility scan counts them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a date typed 03/12/2026 in the call form is saved as 3 December 2026 and shown back as 03/12/2026', async ({ page, host }) => {
  const calls = new CallsPage(page);
  await calls.openNew(host.url);
  await calls.fill({ year: '2027', title: 'Appel à projets 2027', envelope: '420 000' });

  // The calendar opens on focus, in French, weeks from Monday.
  await calls.opensOn.click();
  const calendar = page.locator('[data-dates-dropdown]');
  await expect(calendar).toBeVisible();
  await expect(calls.opensOn).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  await calls.opensOn.fill('03/12/2026');
  await expect(calendar.getByRole('button', { name: 'décembre 2026', exact: true })).toBeVisible();
  await expect(calendar.locator('thead')).toContainText(/lu\.?\s*ma\.?\s*me\.?\s*je\.?\s*ve\.?\s*sa\.?\s*di\.?/u);
  await expect(calendar.getByRole('button', { name: 'Mois suivant' })).toBeVisible();
  await shoot(page, 'call-form-calendar-open');
  expect(await seriousViolations(page)).toEqual([]);

  // A day picked in the calendar; the closing date typed without separators.
  await calendar.getByRole('button', { name: '15 décembre 2026' }).click();
  await expect(calls.opensOn).toHaveValue('15/12/2026');
  await calls.opensOn.fill('3/12/2026');
  await calls.opensOn.press('Tab');
  await expect(calls.opensOn).toHaveValue('03/12/2026');
  await calls.closesOn.fill('31012027');
  await calls.closesOn.press('Tab');
  await expect(calls.closesOn).toHaveValue('31/01/2027');
  await calls.save();

  await expect(calls.detailPeriod).toHaveText('du 03/12/2026 au 31/01/2027');
  const callId = Number(/#\/appels-a-projets\/(\d+)/u.exec(page.url())?.[1]);
  const saved = await callApi<{ opensOn: string; closesOn: string }>(page, host.url, 'calls.get', { id: callId });
  expect(saved).toMatchObject({ opensOn: '2026-12-03', closesOn: '2027-01-31' });

  await calls.editButton.click();
  await calls.form.waitFor();
  await expect(calls.opensOn).toHaveValue('03/12/2026');
  await expect(calls.closesOn).toHaveValue('31/01/2027');
});

test('a date that does not exist is refused in French and the stored date is not changed', async ({ page, host }) => {
  const calls = new CallsPage(page);
  await calls.openNew(host.url);
  await calls.opensOn.fill('31/02/2026');
  await calls.opensOn.press('Tab');
  expect(await calls.errorOf(calls.opensOn)).toContain('Date impossible : « 31/02/2026 »');
  await expect(calls.opensOn).toHaveValue('');
});

test('leaving a half-filled application form asks, and "Continuer la saisie" keeps the text', async ({ page, host }) => {
  await callApi(page, host.url, 'calls.create', { year: 2027, title: 'Appel à projets 2027', envelopeCents: 42_000_000 });
  await page.goto(`${host.url}#/dossiers/nouveau`);
  const form = page.getByTestId('application-form');
  await form.waitFor();
  const title = page.getByTestId('application-title');
  await title.fill('Atelier vélo solidaire');

  await page.getByRole('link', { name: 'Prestataires' }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Continuer la saisie' })).toBeFocused();
  await shoot(page, 'application-form-discard-confirm');
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(confirm).toBeHidden();
  await expect(page).toHaveURL(/#\/dossiers\/nouveau/u);
  await expect(title).toHaveValue('Atelier vélo solidaire');

  // "Annuler" asks too; "Abandonner" leaves, and the text is gone.
  await page.getByTestId('application-cancel').click();
  await confirm.getByRole('button', { name: 'Abandonner' }).click();
  await expect(form).toBeHidden();
  await expect(page).not.toHaveURL(/#\/dossiers\/nouveau/u);
});

test('an untouched form is left without a question', async ({ page, host }) => {
  await callApi(page, host.url, 'calls.create', { year: 2027, title: 'Appel à projets 2027', envelopeCents: 42_000_000 });
  await page.goto(`${host.url}#/dossiers/nouveau`);
  await page.getByTestId('application-form').waitFor();
  await page.getByTestId('application-cancel').click();
  await expect(page.getByTestId('application-form')).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('closing the avis panel with an avis typed but not saved asks first', async ({ page, host }) => {
  const seed = await seedScoringSession(page, host.url);
  const [a, b, c] = seed.applications.map((application) => application.id) as [number, number, number];
  await scoreThroughApi(page, host.url, seed, 'Bruno Le Gall', { [a]: () => 3, [b]: () => 2, [c]: () => 1 });
  await scoreThroughApi(page, host.url, seed, 'Claire Dubois', { [a]: () => 4, [b]: () => 1, [c]: () => 1 });
  await callApi(page, host.url, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await callApi(page, host.url, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });

  await page.goto(`${host.url}#/seances/${seed.sessionId}/deliberation`);
  await page.getByTestId('result-row').filter({ hasText: 'Action A' }).getByTestId('result-open').click();
  const drawer = page.getByTestId('outcome-drawer');
  const motivation = drawer.getByTestId('avis-motivation');
  await motivation.fill('Action solide, à suivre de près.');

  const confirm = page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Continuer la saisie' })).toBeFocused();
  // Escape on the question is "Continuer la saisie", not a second close.
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(drawer.getByRole('dialog')).toBeVisible();
  await expect(motivation).toHaveValue('Action solide, à suivre de près.');

  await drawer.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(confirm).toBeVisible();
  await shoot(page, 'avis-panel-discard-confirm');
  await confirm.getByRole('button', { name: 'Abandonner' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Reopened, the panel shows what is saved: nothing was kept behind the person's back.
  await page.getByTestId('result-row').filter({ hasText: 'Action A' }).getByTestId('result-open').click();
  await expect(drawer.getByTestId('avis-motivation')).toHaveValue('');
  // Nothing typed: Escape closes at once.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('closing a juror form with a name typed asks; "Abandonner" closes it', async ({ page, host }) => {
  await page.goto(`${host.url}#/jury`);
  await page.getByTestId('juror-add').first().click();
  await page.getByTestId('juror-name').fill('Agnès Martin');
  await page.getByRole('button', { name: 'Annuler' }).click();
  const confirm = page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
  await expect(confirm).toBeVisible();
  await shoot(page, 'juror-modal-discard-confirm');
  await confirm.getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(page.getByTestId('juror-name')).toHaveValue('Agnès Martin');
  // The confirmation must be gone before Escape: pressed during its closing, the key reached it, not the form.
  await expect(confirm).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Abandonner' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
