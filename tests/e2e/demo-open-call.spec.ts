// The demo lets a newcomer hold a CAI session without typing anything but the session itself: after
// loading it from the settings, a new session on the open call takes its recevable applications onto
// the agenda with one click — no file uploaded, no point ticked — and its members get their PINs.
import { SessionsPage } from './pages/sessions-page.ts';
import { fillFrenchDate } from './support/form-helpers.ts';
import { expect, test } from './support/fixtures.ts';

const OPEN_CALL = 'Appel complémentaire QPV 2018 (démonstration)';

test('after loading the demo, a new session on its open call fills its agenda with recevable applications, no upload needed', async ({ page, host }) => {
  test.setTimeout(120_000);
  const sessions = new SessionsPage(page);
  await page.goto(`${host.url}#/parametres`);
  await page.getByTestId('demo-load').click();
  await expect(page.getByTestId('demo-open-call')).toContainText('8 dossiers recevables à inscrire à une séance', { timeout: 60_000 });

  await page.goto(`${host.url}#/seances/nouvelle`);
  await page.getByTestId('session-form').waitFor();
  await sessions.choose(page.getByTestId('session-call'), OPEN_CALL);
  await page.getByTestId('session-title').fill('CAI d’essai du 16 janvier 2018');
  await fillFrenchDate(page.getByTestId('session-held-on'), '16/01/2018');
  // The demo's jury, kept across years: its five permanent members, the chair first.
  for (const name of ['Martine Guérin', 'Yann Le Floch', 'Sophie Bernard', 'Karim Benali', 'Isabelle Prigent']) {
    await sessions.choose(page.getByTestId('session-jurors'), new RegExp(`^${name}`, 'u'));
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('session-chair')).toHaveValue('Martine Guérin');
  await page.getByTestId('session-save').click();
  await expect(page.getByTestId('session-saved')).toContainText('Séance créée');

  await expect(page.getByTestId('agenda-empty')).toContainText(OPEN_CALL);
  await page.getByTestId('agenda-fill').click();
  await expect(sessions.agendaRows).toHaveCount(8);
  await expect(sessions.agendaRows.filter({ hasText: 'Permanences numériques au pied des immeubles' })).toHaveCount(1);
  // None of the applications the closed session already decided comes back.
  await expect(sessions.agendaRows.filter({ hasText: 'Permis de conduire solidaire' })).toHaveCount(0);

  // Each application on the agenda has its pieces: nothing is missing on its page.
  await sessions.agendaRows.first().getByTestId('agenda-application').click();
  await expect(page.getByTestId('application-detail')).toBeVisible();
  await expect(page.getByTestId('application-detail').getByTestId('application-status').first()).toHaveAttribute('data-status', 'recevable');
  await expect(page.locator('[data-testid="required-document"][data-state="missing"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="required-document"][data-state="present"]').first()).toBeVisible();
});
