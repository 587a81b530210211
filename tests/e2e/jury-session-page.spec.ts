// The session page around the jury (issue 10, items 9, 14 and 18), at 1280×720: the "Séance créée" notice
// is gone once the notation opens; moving to the deliberation names who has not submitted and asks the
// chair to confirm; the "Notation hors ligne" table records who received a jury pack and when.
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { CRITERIA, scoreThroughApi, seedScoringSession } from './pages/jury-page.ts';
import { downloadOf, PASSPHRASE } from './pages/packs-page.ts';
import { SessionsPage, seedSessionNeeds } from './pages/sessions-page.ts';
import { expect, test } from './support/fixtures.ts';
import { fillFrenchDate } from './support/form-helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** A screenshot for the review, only when PACTE_SHOTS_DIR names a folder. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PACTE_SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

test('the “Séance créée” notice asking for PINs does not stay once the session is in notation', async ({ page, host }) => {
  test.setTimeout(90_000);
  const seed = await seedSessionNeeds(page, host.url);
  const sessions = new SessionsPage(page);
  await page.goto(`${host.url}#/seances/nouvelle`);
  await page.getByTestId('session-form').waitFor();
  await sessions.choose(page.getByTestId('session-call'), 'Appel à projets 2018');
  await page.getByTestId('session-title').fill('CAI du 12 mars 2018');
  await fillFrenchDate(page.getByTestId('session-held-on'), '12/03/2018');
  for (const name of ['Agnès Martin', 'Bruno Le Gall']) await sessions.choose(page.getByTestId('session-jurors'), new RegExp(`^${name}`, 'u'));
  await page.keyboard.press('Escape');
  await page.getByTestId('session-save').click();
  await expect(page.getByTestId('session-saved')).toContainText('Définissez le code PIN de chaque membre');

  // PINs and agenda laid down as another screen would, then the notation opened from this page.
  const sessionId = Number(/#\/seances\/(\d+)$/u.exec(page.url())?.[1]);
  for (const [index, jurorId] of seed.jurorIds.entries()) await callApi(page, host.url, 'sessions.setPin', { sessionId, jurorId, pin: String(index + 1).repeat(4) });
  await callApi(page, host.url, 'sessions.fillAgenda', { sessionId });
  await page.getByTestId('session-to-notation').click();
  await page.getByTestId('session-status-confirm').click();
  await expect(sessions.status).toHaveText('en notation');
  await expect(page.getByTestId('session-saved')).toHaveCount(0);
  await expect(page.getByText('Définissez le code PIN de chaque membre')).toHaveCount(0);
  await shot(page, 'session-in-notation');
  // Not back on reload either.
  await page.reload();
  await expect(sessions.status).toHaveText('en notation');
  await expect(page.getByTestId('session-saved')).toHaveCount(0);
});

test('moving to the deliberation names the members who have not submitted and asks the chair to confirm', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const [a, b, c] = seed.applications.map((application) => application.id) as [number, number, number];
  await scoreThroughApi(page, host.url, seed, 'Bruno Le Gall', { [a]: () => 3, [b]: () => 3, [c]: () => 3 });
  // Claire completed one sheet of three and did not submit.
  const { juryToken } = await callApi<{ juryToken: string }>(page, host.url, 'jury.open', { sessionId: seed.sessionId, jurorId: seed.jurorIds['Claire Dubois'], pin: '3333' });
  for (const key of CRITERIA) await callApi(page, host.url, 'jury.saveAnswer', { juryToken, applicationId: a, criterionKey: key, answer: { score: 3, comment: '' } });
  await callApi(page, host.url, 'jury.close', { juryToken });

  await page.goto(`${host.url}#/seances/${seed.sessionId}`);
  const sessions = new SessionsPage(page);
  await page.getByTestId('session-to-deliberation').click();
  const modal = page.getByTestId('session-status-modal');
  const warning = modal.getByTestId('status-unsubmitted');
  await expect(warning).toContainText('3 membres n’ont pas soumis leur notation');
  await expect(warning.getByTestId('status-unsubmitted-juror')).toHaveText([
    'Agnès Martin : 0 / 3 fiches complètes, notation non soumise',
    'Claire Dubois : 1 / 3 fiches complètes, notation non soumise',
    'Denis Roux : 0 / 3 fiches complètes, notation non soumise',
  ]);
  await expect(warning).not.toContainText('Bruno Le Gall');
  await modal.getByTestId('session-status-confirm').click();
  await expect(modal.getByText('Cochez cette case pour passer en délibération sans ces fiches.')).toBeVisible();
  await shot(page, 'status-unsubmitted');
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();
  await expect(sessions.status).toHaveText('en notation');

  await page.getByTestId('session-to-deliberation').click();
  await modal.getByText('Je passe en délibération sans attendre ces fiches').click();
  await modal.getByTestId('session-status-confirm').click();
  await expect(modal).toBeHidden();
  await expect(sessions.status).toHaveText('en délibération');
});

test('the chair’s page records who received a jury pack, when and by whom', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  await page.goto(`${host.url}#/seances/${seed.sessionId}`);
  const offline = page.getByTestId('session-offline');
  const claire = offline.getByTestId('offline-row').filter({ hasText: 'Claire Dubois' });
  await expect(claire.getByTestId('offline-handover')).toHaveText('Aucun dossier remis');

  await claire.getByRole('button', { name: 'Dossier hors ligne de Claire Dubois' }).click();
  const packModal = page.getByTestId('jury-pack-modal');
  // Always encrypted: the passphrase, typed twice.
  await packModal.getByTestId('jury-pack-passphrase').fill(PASSPHRASE);
  await packModal.getByTestId('jury-pack-confirmation').fill(PASSPHRASE);
  await downloadOf(page, () => packModal.getByTestId('jury-pack-create').click());
  await packModal.getByTestId('jury-pack-done').click();
  await expect(claire.getByTestId('offline-handover')).toHaveText(/^Remis le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} par .+, chiffré$/u);
  await expect(offline.getByTestId('offline-row').filter({ hasText: 'Bruno Le Gall' }).getByTestId('offline-handover')).toHaveText('Aucun dossier remis');
  await offline.scrollIntoViewIfNeeded();
  await shot(page, 'offline-handover');

  // The record is the host's: read again from a fresh page, and in the journal.
  await page.reload();
  await expect(page.getByTestId('session-offline').getByTestId('offline-row').filter({ hasText: 'Claire Dubois' }).getByTestId('offline-handover')).toHaveAttribute('data-state', 'handed');
  const records = await callApi<{ handovers: { jurorName: string; isEncrypted: boolean }[] }>(page, host.url, 'juryPack.list', { sessionId: seed.sessionId });
  expect(records.handovers).toMatchObject([{ jurorName: 'Claire Dubois', isEncrypted: true }]);
  const audit = await callApi<{ items: { action: string; details: { jurorId?: number } }[] }>(page, host.url, 'audit.list', { limit: 5 });
  expect(audit.items.find((entry) => entry.action === 'juryPack.create')?.details.jurorId).toBe(seed.jurorIds['Claire Dubois']);
});
