// Recevabilité through the screens: a call adds its own point, the application's checklist shows what the
// app computed and what waits for a tick, a tick names who gave it, and the call sums up its files.
import { expect, test } from './support/fixtures.ts';
import { callApi, seedCallAndProvider } from './pages/applications-page.ts';

test('a call’s own point appears on its applications, and a tick is kept with who gave it', async ({ page, host }) => {
  const seed = await seedCallAndProvider(page, host.url);
  const application = await callApi<{ id: number }>(page, host.url, 'applications.create', {
    callId: seed.callId,
    providerId: seed.providerId,
    title: 'Vélo-école',
    primaryObjectiveId: seed.objective('6.4.1'),
    budgetLines: [
      { account: '64', amountCents: 1_000_000 },
      { account: '74-ccas', amountCents: 900_000 },
    ],
  });

  // The manager adds a point to the call through its form.
  await page.goto(`${host.url}#/appels-a-projets/${seed.callId}/modifier`);
  await page.getByTestId('call-checklist-add').click();
  await expect(page.getByLabel('Point 1', { exact: true })).toBeFocused();
  await page.getByLabel('Point 1', { exact: true }).fill('Action menée sur le territoire rennais');
  await page.getByTestId('call-save').click();
  await expect(page.getByTestId('call-checklist-summary')).toContainText('« Action menée sur le territoire rennais »');
  const row = page.getByTestId('call-eligibility-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1 / 6');
  await expect(row).toContainText('SIRET du prestataire valide · Contrat d’engagement républicain signé (associations) · Budget prévisionnel équilibré');

  await page.goto(`${host.url}#/dossiers/${application.id}`);
  const section = page.getByTestId('eligibility-section');
  const item = (key: string) => section.locator(`[data-testid="eligibility-item"][data-key="${key}"]`);
  await expect(item('budget_equilibre').getByTestId('eligibility-state')).toHaveText('Manquant');
  await expect(item('budget_equilibre')).toContainText('Budget déséquilibré');
  await expect(item('objectif_pacte').getByTestId('eligibility-state')).toHaveText('Conforme');
  await expect(item('contrat_engagement_republicain').getByTestId('eligibility-state')).toHaveText('À vérifier');
  await expect(item('compte_rendu_financier').getByTestId('eligibility-state')).toHaveText('Sans objet');

  const callPoint = section.locator('[data-testid="eligibility-item"][data-key^="call:"]');
  await expect(callPoint).toContainText('Action menée sur le territoire rennais');
  await callPoint.getByRole('checkbox', { name: 'Vérifié' }).click();
  await expect(callPoint.getByRole('checkbox', { name: 'Vérifié' })).toBeChecked();
  await expect(callPoint.getByTestId('eligibility-state')).toHaveText('Conforme');
  await expect(callPoint).toContainText(/Coché par .+ le \d\d\/\d\d\/\d{4}/u);
  await expect(section.getByTestId('eligibility-count')).toHaveText('2 points conformes sur 6');
  await section.getByTestId('eligibility-history-toggle').click();
  await expect(section.getByTestId('eligibility-history')).toContainText('Coché');

  // Declaring the file recevable is refused with the points left, in French, as a notice (issue 10, item 13).
  await page.getByTestId('status-to-depose').click();
  await page.getByTestId('status-confirm').click();
  await expect(page.getByTestId('status-modal')).toBeHidden();
  await expect(page.getByTestId('status-to-recevable')).toBeEnabled();
  await page.getByTestId('status-to-recevable').click();
  await expect(page.getByTestId('recevable-blockers')).toContainText('Le dossier ne peut pas encore être déclaré recevable');
  await expect(page.getByTestId('recevable-blockers').getByRole('button', { name: 'Budget prévisionnel équilibré' })).toBeVisible();
  await expect(page.getByTestId('status-confirm')).toBeDisabled();
});
