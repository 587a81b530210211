// Funding applications through the screens: the Cerfa form with live budget totals, the list's search,
// filters and sort, the eligibility decisions with their reasons, and the budget problems on the page.
import { expect, test } from './support/fixtures.ts';
import { ApplicationsPage, callApi, seedCallAndProvider } from './pages/applications-page.ts';
import type { Seed } from './pages/applications-page.ts';

// formatEuros writes no-break spaces (U+00A0) between thousands and before "€"; \s matches them.
const euros = (shown: string) => new RegExp(shown.replace(/[()]/gu, '\\$&').replace(/ /gu, '\\s'));

async function createApplication(page: Parameters<typeof callApi>[0], baseUrl: string, seed: Seed, fields: Record<string, unknown>): Promise<number> {
  const created = await callApi<{ id: number }>(page, baseUrl, 'applications.create', { callId: seed.callId, providerId: seed.providerId, ...fields });
  return created.id;
}

test('an application filed through the form shows its live totals, then its amount requested and cost per participant', async ({ page, host }) => {
  const seed = await seedCallAndProvider(page, host.url);
  const applications = new ApplicationsPage(page);

  // From the call's page, "Nouveau dossier" opens the form with the call already chosen.
  await page.goto(`${host.url}#/appels-a-projets/${seed.callId}`);
  await expect(page.getByTestId('related-applications')).toContainText('Aucun dossier n’est encore rattaché à cet appel.');
  await page.getByTestId('related-new-application').click();
  await applications.form.waitFor();
  await expect(page.getByTestId('application-call')).toHaveValue('Appel à projets 2018');

  await applications.pick(applications.provider, 'mobilicles', 'Mobiliclés');
  await applications.title.fill('Vélo-école : apprendre à rouler en équipe');
  // The objective picker ignores accents: "velo" finds "vélo".
  await applications.pick(applications.primaryObjective, 'velo', /^6\.4\.1 — Développer l'apprentissage du vélo/);
  await expect(applications.primaryObjective).toHaveValue(/^6\.4\.1 — /);
  await page.getByRole('checkbox', { name: 'Allocataires du RSA' }).check();
  await applications.participants.fill('40');
  await page.getByLabel('dont allocataires du RSA').fill('25');
  await applications.territory('Le Blosne (QPV)').check();
  await applications.fillBudget({ '64': '30 000', '60': '5000', '74-ccas': '20 000', '74-departement': '10000', '70': '5 000,00' });

  await expect(applications.amount('60')).toHaveValue(euros('5 000,00 €'));
  await expect(applications.liveCharges).toHaveText(euros('35 000,00 €'));
  await expect(applications.liveIncome).toHaveText(euros('35 000,00 €'));
  await expect(applications.liveBalance).toHaveText(/Budget équilibré/);
  await expect(applications.liveRequested).toHaveText(euros('20 000,00 €'));
  await expect(applications.livePerParticipant).toHaveText(euros('875,00 €'));

  await page.getByTestId('indicator-add').click();
  // The new row's first field takes the focus.
  await expect(page.getByLabel('Indicateur 1', { exact: true })).toBeFocused();
  await page.getByLabel('Indicateur 1', { exact: true }).fill('Participants sachant circuler seuls');
  await page.getByLabel('Cible de l’indicateur 1').fill('30');
  await applications.save();

  await expect(applications.savedNotice).toContainText('Dossier créé');
  await expect(applications.detailTitle).toHaveText('Vélo-école : apprendre à rouler en équipe');
  await expect(page.getByTestId('application-status').first()).toHaveText('Brouillon');
  await expect(page.getByTestId('application-requested')).toHaveText(euros('20 000,00 €'));
  await expect(page.getByTestId('application-cost-per-participant')).toHaveText(euros('875,00 €'));
  await expect(page.getByTestId('application-ccas-share')).toHaveText(euros('57,1 %'));
  await expect(page.getByTestId('application-objective').first()).toContainText('6.4.1');
  await expect(page.getByTestId('application-objective').first()).toContainText('Principal');
  await expect(page.getByTestId('application-territories')).toHaveText('Le Blosne (QPV)');
  await expect(page.getByTestId('application-participants')).toHaveText('40, dont 25 allocataires du RSA');
  await expect(page.getByTestId('application-budget-problems')).toHaveCount(0);
  await expect(page.getByTestId('application-provider-link')).toHaveAttribute('href', `#/prestataires/${seed.providerId}`);
  await expect(applications.historyRows).toHaveCount(1);

  // The call's page now lists it, and so does the provider's.
  await page.getByTestId('application-call-link').click();
  await expect(page.getByTestId('related-application-row')).toHaveCount(1);
  await expect(page.getByTestId('related-applications-count')).toHaveText(euros('1 dossier · 20 000,00 € demandés'));
  await page.goto(`${host.url}#/prestataires/${seed.providerId}`);
  await expect(page.getByTestId('related-application-row')).toContainText('Vélo-école : apprendre à rouler en équipe');
});

test('the list searches ignoring accents, filters by lever, sorts by amount and keeps it all in the address', async ({ page, host }) => {
  const seed = await seedCallAndProvider(page, host.url);
  await createApplication(page, host.url, seed, {
    title: 'Vélo-école en équipe',
    primaryObjectiveId: seed.objective('6.4.1'),
    budgetLines: [{ account: '74-ccas', amountCents: 2_000_000 }],
  });
  await createApplication(page, host.url, seed, {
    title: 'Atelier numérique',
    primaryObjectiveId: seed.objective('1.1.1'),
    budgetLines: [{ account: '74-ccas', amountCents: 500_000 }],
  });
  const applications = new ApplicationsPage(page);
  await applications.open(host.url);
  await expect(applications.rows).toHaveCount(2);
  await expect(applications.count).toHaveText(euros('2 dossiers · 25 000,00 € demandés'));

  await applications.searchBox.fill('equipe');
  await expect(applications.count).toHaveText(euros('1 dossier · 20 000,00 € demandés'));
  await expect(applications.rows).toHaveCount(1);
  await expect(applications.row('Vélo-école en équipe')).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=equipe/);
  await applications.searchBox.fill('');
  await expect(applications.rows).toHaveCount(2);

  await applications.chooseFilter('filter-lever', /^6 — /);
  await expect(page).toHaveURL(/[?&]levier=6/);
  await expect(applications.rows).toHaveCount(1);
  await expect(applications.row('Vélo-école en équipe')).toBeVisible();
  // The address alone reproduces the view.
  await applications.open(host.url, 'levier=1');
  await expect(applications.rows).toHaveCount(1);
  await expect(applications.row('Atelier numérique')).toBeVisible();
  await expect(applications.row('Vélo-école en équipe')).toHaveCount(0);
  await page.getByTestId('filters-clear').click();
  await expect(applications.rows).toHaveCount(2);

  // Sorted by title first; a click on "Demandé" sorts by amount, a second one turns the order around.
  await expect(applications.rows.first()).toContainText('Atelier numérique');
  await page.getByTestId('sort-requested').click();
  await expect(page).toHaveURL(/[?&]tri=requested/);
  await expect(applications.rows.first()).toContainText('Atelier numérique');
  await page.getByTestId('sort-requested').click();
  await expect(page).toHaveURL(/[?&]ordre=desc/);
  await expect(applications.rows.first()).toContainText('Vélo-école en équipe');

  // A click on the row opens the application.
  await applications.rows.first().getByTestId('application-requested').click();
  await expect(applications.detailTitle).toHaveText('Vélo-école en équipe');
});

test('an application declared irrecevable needs a reason, and the change is kept in its history', async ({ page, host }) => {
  const seed = await seedCallAndProvider(page, host.url);
  const id = await createApplication(page, host.url, seed, { title: 'Atelier numérique' });
  const applications = new ApplicationsPage(page);
  await applications.openDetail(host.url, id);

  // A draft cannot be judged before it is filed.
  await expect(applications.statusButton('irrecevable')).toBeDisabled();
  await applications.statusButton('depose').click();
  await applications.statusConfirm.click();
  await expect(applications.statusModal).toHaveCount(0);
  await expect(page.getByTestId('status-panel').getByTestId('application-status')).toHaveText('Déposé');

  await applications.statusButton('irrecevable').click();
  await applications.statusConfirm.click();
  await expect(applications.statusReason).toHaveAttribute('aria-invalid', 'true');
  expect(await applications.errorOf(applications.statusReason)).toContain('Indiquez le motif de l’irrecevabilité.');
  await expect(page.getByTestId('status-panel').getByTestId('application-status')).toHaveText('Déposé');

  await applications.statusReason.fill('Le contrat d’engagement républicain n’est pas signé.');
  await applications.statusConfirm.click();
  await expect(applications.statusModal).toHaveCount(0);
  await expect(page.getByTestId('status-panel').getByTestId('application-status')).toHaveText('Irrecevable');
  await expect(applications.historyRows).toHaveCount(3);
  const last = applications.historyRows.last();
  await expect(last).toContainText('Déposé → Irrecevable');
  await expect(last).toContainText('Le contrat d’engagement républicain n’est pas signé.');
  await expect(last).toContainText(/\d{2}\/\d{2}\/\d{4}/);
});

test('an unbalanced budget is shown in red while typing and flagged on the application page; a title used twice is refused', async ({ page, host }) => {
  const seed = await seedCallAndProvider(page, host.url);
  const applications = new ApplicationsPage(page);
  await applications.openNew(host.url, { callId: seed.callId, providerId: seed.providerId });
  await expect(applications.provider).toHaveValue('Mobiliclés');
  await applications.title.fill('Auto-école solidaire');
  await applications.fillBudget({ '64': '12 000', '74-ccas': '10 000' });
  await expect(applications.liveBalance).toHaveText(euros('Écart de 2 000,00 € (produits insuffisants)'));
  await expect(applications.liveBalance).toHaveAttribute('data-balanced', 'false');
  await applications.save();
  await expect(page.getByTestId('application-budget-problems')).toContainText('Budget déséquilibré');
  await expect(page.getByTestId('application-budget-problems')).toContainText(euros('écart 2 000,00 €'));

  // The same title for the same provider in the same call is refused on the title.
  await applications.openNew(host.url, { callId: seed.callId, providerId: seed.providerId });
  await expect(applications.provider).toHaveValue('Mobiliclés');
  await applications.title.fill('Auto-école solidaire');
  await applications.saveButton.click();
  await expect(applications.title).toHaveAttribute('aria-invalid', 'true');
  expect(await applications.errorOf(applications.title)).toContain('Ce prestataire a déjà un dossier de ce titre dans cet appel');
  await expect(applications.detail).toHaveCount(0);
});
