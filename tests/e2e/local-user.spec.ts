// "Qui utilise cet ordinateur ?" on an empty base: asked on start, "Plus tard" keeps the computer's account
// and asks again at the next start, the answer names the acts that follow and shows in Paramètres, where it
// is changed. Jury mode never shows it. (The other specs start with a user saved by the fixture.)
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { startServeHost, type ServeHost } from './support/serve-host.ts';

const SHOTS = '/tmp/shots-ident';

let host: ServeHost;
test.beforeEach(async ({ context }) => {
  host = await startServeHost();
  const login = await context.request.get(host.loginUrl);
  expect(login.ok()).toBe(true);
});
test.afterEach(async () => {
  await host.stop();
});

test('asks who uses this computer on an empty base, until answered; the answer names the acts that follow', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/appels-a-projets`);
  const modal = page.getByRole('dialog', { name: 'Qui utilise cet ordinateur ?' });
  await expect(modal).toBeVisible();
  await expect(modal).toContainText('sont enregistrés à votre nom');
  await expect(modal.getByTestId('local-user-name')).toBeFocused();
  // Escape does not dismiss it unnoticed.
  await page.keyboard.press('Escape');
  await expect(modal).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/local-user-modal.png` });

  await modal.getByTestId('local-user-later').click();
  await expect(modal).toBeHidden();
  await page.goto(`${host.url}#/dossiers`);
  await expect(page.getByTestId('applications-empty').or(page.getByRole('heading', { level: 1 })).first()).toBeVisible();
  await expect(modal).toBeHidden();
  // The next start asks again.
  await page.reload();
  await expect(modal).toBeVisible();

  await modal.getByTestId('local-user-save').click();
  await expect(modal.getByTestId('local-user-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(modal).toContainText('Indiquez votre nom.');
  await modal.getByTestId('local-user-name').fill('Claire Dubois');
  await modal.getByTestId('local-user-role').fill('chargée de mission insertion');
  await modal.getByTestId('local-user-save').click();
  await expect(modal).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(modal).toBeHidden();

  await callApi(page, host.url, 'calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
  await page.goto(`${host.url}#/parametres`);
  await expect(page.getByTestId('audit-row').first()).toContainText('Claire Dubois (chargée de mission insertion)');
  const section = page.getByTestId('local-user-section');
  await expect(section.getByTestId('local-user-recorded-as')).toHaveText('Actes enregistrés au nom de Claire Dubois (chargée de mission insertion).');
});

test('changes the user in Paramètres; jury mode never asks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/seances/1/jure`);
  await expect(page.getByText('Mode juré', { exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('dialog', { name: 'Qui utilise cet ordinateur ?' })).toHaveCount(0);

  await page.goto(`${host.url}#/parametres`);
  await page.getByTestId('local-user-later').click();
  const section = page.getByTestId('local-user-section');
  await expect(section.getByTestId('local-user-recorded-as')).toContainText('Personne n’est encore indiqué : les actes sont enregistrés au nom du compte du système');
  await section.getByTestId('local-user-name').fill('Bruno Le Gall');
  await section.getByTestId('local-user-save').click();
  await expect(section.getByTestId('local-user-saved')).toHaveText('Enregistré : les prochains actes faits sur cet ordinateur seront au nom de Bruno Le Gall.');
  await expect(section.getByTestId('local-user-recorded-as')).toHaveText('Actes enregistrés au nom de Bruno Le Gall.');
  await expect(section.getByTestId('local-user-name')).toHaveValue('Bruno Le Gall');
  // The section's title at the top, below the fixed header.
  await section.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
  await page.screenshot({ path: `${SHOTS}/local-user-section.png` });
  await expect(page.getByTestId('audit-row').first()).toContainText('Utilisateur du poste enregistré');
});
