// The referential in the real renderer, in Chromium, against `pacte serve` on a fresh database.
import { expect, test } from './support/fixtures.ts';
import { PactPage } from './pages/pact-page.ts';

test('the PRI 2017–2021 is loaded at first run, one click from the first screen', async ({ page, host }) => {
  const pact = new PactPage(page);
  // A first start lands on « Pour commencer », the pact a step already done (first-start.spec.ts).
  await page.goto(host.url);
  await page.locator('[data-testid="setup-step"][data-step="pact"]').getByTestId('setup-step-link').click();
  await pact.title.waitFor();
  await expect(pact.title).toHaveText("Pacte Rennais d'Insertion");
  await expect(pact.period).toHaveText('2017 – 2021');
  await expect(page.getByRole('link', { name: 'Le Pacte' })).toHaveAttribute('aria-current', 'page');
});

test('browsing to lever 6 shows its objectives, actions, partners and sources', async ({ page, host }) => {
  const pact = new PactPage(page);
  await pact.open(host.url);
  await pact.openLever(6);
  await expect(pact.leverTitle).toHaveText('Favoriser la mobilité');
  await expect(page).toHaveURL(/#\/pacte\/levier\/6/);
  await pact.expandAll();
  const bikeRental = pact.action('6.4.2.1');
  await expect(bikeRental).toContainText('Action de location de vélos pilotée par les AIPR');
  await expect(bikeRental).toContainText('AIPR');
  await expect(bikeRental).toContainText('CCAS');
});

test('searching "velo" finds "vélo" and shows each hit with its lever/objective path', async ({ page, host }) => {
  const pact = new PactPage(page);
  await pact.open(host.url);
  await pact.search('velo');
  await expect(pact.searchCount).toContainText('5 résultats');
  const hit = pact.hit("Développer l'apprentissage du vélo");
  await expect(hit).toHaveCount(1);
  await expect(hit.getByTestId('pact-search-hit-kind')).toHaveText('Objectif opérationnel');
  await expect(hit.getByTestId('pact-search-hit-path')).toContainText('Levier 6');
  await expect(hit.getByTestId('pact-search-hit-path')).toContainText('Développer les mobilités alternatives');
  // "velo" starts no word of "développer": such actions must not be listed.
  await expect(pact.searchHits.filter({ hasText: 'Développer des guides' })).toHaveCount(0);

  await hit.getByTestId('pact-search-hit-title').click();
  await expect(pact.leverTitle).toHaveText('Favoriser la mobilité');
});

test('a search with no match says so in French', async ({ page, host }) => {
  const pact = new PactPage(page);
  await pact.open(host.url);
  await pact.search('xylophone');
  await expect(pact.searchCount).toHaveText('Aucun résultat pour « xylophone »');
  await expect(pact.searchHits).toHaveCount(0);
});

test('the Indicateurs section opens on its roll-ups, with its bilans, reviews and catalogue as tabs', async ({ page, host }) => {
  await page.goto(`${host.url}#/pacte`);
  await page.getByRole('link', { name: 'Indicateurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Synthèses' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Indicateurs communs' }).click();
  await expect(page).toHaveURL(/#\/indicateurs\/catalogue$/);
});
