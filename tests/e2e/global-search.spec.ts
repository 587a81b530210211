// The global search over the demo data: the header box (Enter, Ctrl+K, "/"), the page it opens with its
// two groups, its empty state and hint; and the "Modifié le" column of the applications list.
import type { Page } from '@playwright/test';
import { ApplicationsPage, callApi } from './pages/applications-page.ts';
import { SearchPage } from './pages/search-page.ts';
import { expect, test } from './support/fixtures.ts';

// The demo year is this file's data, not its subject: each test starts from a copy of it (demo.load then answers 'unchanged').
test.use({ baseData: 'demo' });

async function loadDemo(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await callApi(page, baseUrl, 'demo.load', {});
}

test('"equipe" typed in the header finds the provider and applications spelt "Équipe", and leads to them', async ({ page, host }) => {
  await loadDemo(page, host.url);
  const search = new SearchPage(page);
  const applications = new ApplicationsPage(page);
  await applications.open(host.url);

  await search.searchFromHeader('equipe');
  await expect(page).toHaveURL(/#\/recherche\?q=equipe$/);
  await expect(page).toHaveTitle('Recherche « equipe » · Pacte CAI');
  await expect(search.pageBox).toHaveValue('equipe');
  // The header box is emptied for the next search; the page's box holds this one.
  await expect(search.headerBox).toHaveValue('');

  const provider = search.providerHits.filter({ hasText: 'Équipe mobile psychiatrie précarité' });
  await expect(provider).toHaveCount(1);
  await expect(provider).toContainText('Établissement public');
  await expect(provider).toContainText(/SIRET \d{3} \d{3} \d{3} \d{5}/);
  await expect(search.providers.getByRole('heading', { level: 2 })).toHaveText('Prestataires (1)');

  // An application of that provider: its call's year, the provider, its status, its demo mark.
  const application = search.applicationHits.filter({ hasText: 'Repérer et orienter les personnes en souffrance psychique' });
  await expect(application).toContainText('Appel 2018 · Équipe mobile psychiatrie précarité');
  await expect(application.getByTestId('application-status')).toHaveText('Déposé');
  await expect(application.getByTestId('search-application-demo')).toBeVisible();
  const found = await search.applicationHits.count();
  expect(found).toBeGreaterThan(0);
  await expect(search.applications.getByRole('heading', { level: 2 })).toHaveText(`Dossiers (${found})`);
  await expect(search.count).toHaveText(`${found + 1} résultats pour « equipe »`);

  await application.getByRole('link').click();
  await expect(applications.detailTitle).toHaveText('Repérer et orienter les personnes en souffrance psychique');

  await page.goBack();
  await provider.getByRole('link', { name: /^Équipe mobile/ }).click();
  await expect(page.getByTestId('provider-title')).toContainText('Équipe mobile psychiatrie précarité');
});

test('Ctrl+K and "/" reach the header box from any screen; the page follows its own box in the address', async ({ page, host }) => {
  await loadDemo(page, host.url);
  const search = new SearchPage(page);
  await page.goto(`${host.url}#/pacte`);
  await page.getByTestId('lever-title').waitFor();

  await page.keyboard.press('Control+K');
  await expect(search.headerBox).toBeFocused();
  await page.keyboard.type('zzzqqq');
  await page.keyboard.press('Enter');
  await expect(search.empty).toContainText('Aucun résultat pour « zzzqqq »');
  await expect(search.applications).toHaveCount(0);

  // The page's own box searches as one types, and keeps the address in step.
  await search.pageBox.fill('Mobilicles');
  await expect(page).toHaveURL(/#\/recherche\?q=Mobilicles$/);
  await expect(search.providerHits.first()).toContainText('Mobiliclés');

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(search.headerBox).toBeFocused();

  await search.open(host.url);
  await expect(search.hint).toContainText('Saisissez un mot');
  await expect(search.pageBox).toHaveValue('');
});

test('the applications list shows when each one was last changed, and sorts on that column', async ({ page, host }) => {
  await loadDemo(page, host.url);
  const applications = new ApplicationsPage(page);
  await applications.open(host.url);

  const header = page.getByRole('columnheader', { name: 'Modifié le' });
  await expect(header).toBeVisible();
  await expect(header).toHaveAttribute('aria-sort', 'none');
  const firstRow = applications.rows.first();
  const cell = firstRow.getByTestId('application-updated');
  await expect(cell).toBeVisible();

  // The date the person reads is the day of the stored instant where the browser is.
  const id = Number(await firstRow.getAttribute('data-application-id'));
  const { updatedAt } = await callApi<{ updatedAt: string }>(page, host.url, 'applications.get', { id });
  const expected = await page.evaluate((iso) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }).format(new Date(iso)), updatedAt);
  expect(expected).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(cell).toHaveText(expected);

  await header.getByRole('button', { name: 'Modifié le' }).click();
  await expect(page).toHaveURL(/tri=updated/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button', { name: 'Modifié le' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('applications-sort')).toHaveValue('Modifiés récemment');
});
