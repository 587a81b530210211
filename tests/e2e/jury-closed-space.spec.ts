// Jury mode on the chair's computer as a closed space (issue 10, items 4, 10 and 17), at 1280×720: Back
// from a juror's sheet stays in jury mode, the PIN screen links nowhere, "Quitter" returns to the jury
// login and only the chair's PIN leads out; during the notation a member's PIN changes only with the
// chair's PIN, the chair lifts a lockout, and a juror's list says which required comment is missing.
import type { Page } from '@playwright/test';
import { CHAIR_PIN, CRITERIA, seedScoringSession, type ScoringSeed } from './pages/jury-page.ts';
import { callApi } from './pages/applications-page.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** A screenshot for the review, only when PACTE_SHOTS_DIR names a folder. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PACTE_SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** A call the host may refuse: the envelope, as it comes back. */
async function callRaw(page: Page, baseUrl: string, method: string, data: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  const response = await page.request.post(`${baseUrl}api/${method}`, { headers: { 'Content-Type': 'application/json', Origin: baseUrl.slice(0, -1) }, data });
  return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
}

async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${name}`, 'u') }).check();
  await page.getByTestId('jury-pin').fill(pin);
  await page.getByTestId('jury-open').click();
  await page.getByTestId('jury-agenda').waitFor();
}

test('jury mode is a closed space: Back stays inside, the PIN screen links nowhere, only the chair’s PIN leads out', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);

  // The chair opens jury mode from the session page, as on the day.
  await page.goto(`${host.url}#/seances/${seed.sessionId}`);
  await page.getByTestId('session-jury-link').click();
  await page.getByTestId('jury-login').waitFor();
  await expect(page.getByRole('link', { name: 'Retour à la séance' })).toHaveCount(0);
  await expect(page.locator('a[href*="#/seances"]')).toHaveCount(0);
  await expect(page.getByTestId('jury-leave')).toHaveText('Fermer le mode juré');
  await shot(page, 'jury-login');

  // Bruno opens a sheet; Back leaves him on it, never on the session's administration.
  await signIn(page, 'Bruno Le Gall', '2222');
  await page.getByTestId('jury-open-sheet').first().click();
  await expect(page.getByTestId('jury-sheet-title')).toHaveText('Action A');
  for (let press = 0; press < 3; press += 1) {
    await page.goBack();
    await expect(page.getByTestId('jury-sheet-title')).toHaveText('Action A');
    await expect(page).toHaveURL(new RegExp(`#/seances/${seed.sessionId}/jure$`, 'u'));
  }
  await expect(page.getByTestId('session-detail')).toHaveCount(0);
  await expect(page.getByTestId('jury-juror-name')).toHaveText('Bruno Le Gall');
  await page.getByTestId('jury-back').click();
  await page.getByTestId('jury-agenda').waitFor();
  await page.goBack();
  await expect(page.getByTestId('jury-agenda')).toBeVisible();

  // "Quitter" returns to the jury login; Back from there stays too.
  await page.getByTestId('jury-quit').click();
  await page.getByTestId('jury-login').waitFor();
  await page.goBack();
  await expect(page.getByTestId('jury-login')).toBeVisible();
  await expect(page.getByTestId('session-detail')).toHaveCount(0);

  // Leaving for the session page asks for the chair's PIN; a juror's PIN is refused.
  await page.getByTestId('jury-leave').click();
  const leave = page.getByTestId('jury-leave-modal');
  await expect(leave).toContainText('Agnès Martin');
  await leave.getByTestId('chair-pin').fill('2222');
  await leave.getByTestId('jury-leave-confirm').click();
  await expect(leave.getByText(/^Code PIN du président incorrect\./u)).toBeVisible();
  await shot(page, 'jury-leave-modal');
  await leave.getByTestId('chair-pin').fill(CHAIR_PIN);
  await leave.getByTestId('jury-leave-confirm').click();
  await page.getByTestId('session-detail').waitFor();
  await expect(page).toHaveURL(new RegExp(`#/seances/${seed.sessionId}$`, 'u'));
});

test('during the notation a member’s PIN changes only with the chair’s PIN, and the chair lifts a PIN lockout; both are logged', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const bruno = seed.jurorIds['Bruno Le Gall'];
  for (let attempt = 0; attempt < 5; attempt += 1) await callRaw(page, host.url, 'jury.open', { sessionId: seed.sessionId, jurorId: bruno, pin: '0000' });
  expect((await callRaw(page, host.url, 'jury.open', { sessionId: seed.sessionId, jurorId: bruno, pin: '2222' })).error?.code).toBe('locked');

  await page.goto(`${host.url}#/seances/${seed.sessionId}`);
  const brunoRow = page.getByTestId('member-row').filter({ hasText: 'Bruno Le Gall' });
  await expect(brunoRow.getByTestId('member-pin-locked')).toContainText(/^Verrouillé jusqu’à \d{2}:\d{2}$/u);
  await brunoRow.scrollIntoViewIfNeeded();
  await shot(page, 'members-locked');
  await brunoRow.getByTestId('member-pin-unlock').click();
  const unlock = page.getByTestId('unlock-modal');
  await unlock.getByTestId('chair-pin').fill('0000');
  await unlock.getByTestId('unlock-confirm').click();
  await expect(unlock.getByText(/^Code PIN du président incorrect\./u)).toBeVisible();
  await shot(page, 'unlock-modal');
  await unlock.getByTestId('chair-pin').fill(CHAIR_PIN);
  await unlock.getByTestId('unlock-confirm').click();
  await expect(unlock).toBeHidden();
  await expect(brunoRow.getByTestId('member-pin-locked')).toHaveCount(0);
  expect((await callRaw(page, host.url, 'jury.open', { sessionId: seed.sessionId, jurorId: bruno, pin: '2222' })).ok).toBe(true);

  // Changing Claire's PIN: the chair's PIN is asked, and checked by the host.
  const claireRow = page.getByTestId('member-row').filter({ hasText: 'Claire Dubois' });
  await claireRow.getByTestId('member-pin-set').click();
  const dialog = page.getByRole('dialog', { name: 'Code PIN de Claire Dubois' });
  await expect(dialog.getByTestId('pin-chair-notice')).toContainText('le président confirme ce changement avec son propre code PIN');
  await dialog.getByRole('textbox', { name: 'Code PIN', exact: true }).fill('8642');
  await dialog.getByRole('textbox', { name: 'Confirmer le code' }).fill('8642');
  await dialog.getByTestId('member-pin-save').click();
  await expect(dialog.getByText('Le code PIN compte 4 à 8 chiffres.')).toBeVisible();
  await dialog.getByTestId('chair-pin').fill('3333');
  await dialog.getByTestId('member-pin-save').click();
  await expect(dialog.getByText(/^Code PIN du président incorrect\./u)).toBeVisible();
  await shot(page, 'pin-modal-chair');
  expect((await callRaw(page, host.url, 'jury.open', { sessionId: seed.sessionId, jurorId: seed.jurorIds['Claire Dubois'], pin: '8642' })).ok).toBe(false);
  await dialog.getByTestId('chair-pin').fill(CHAIR_PIN);
  await dialog.getByTestId('member-pin-save').click();
  await expect(dialog).toBeHidden();
  expect((await callRaw(page, host.url, 'jury.open', { sessionId: seed.sessionId, jurorId: seed.jurorIds['Claire Dubois'], pin: '8642' })).ok).toBe(true);

  const audit = await callApi<{ items: { action: string; details: Record<string, unknown> }[] }>(page, host.url, 'audit.list', { limit: 10 });
  expect(audit.items.find((entry) => entry.action === 'sessions.unlockPin')?.details).toMatchObject({ jurorId: bruno, chairPin: '***' });
  expect(audit.items.find((entry) => entry.action === 'sessions.setPin')?.details).toMatchObject({ jurorId: seed.jurorIds['Claire Dubois'], pin: '***', chairPin: '***' });
});

async function scoreWithoutComment(page: Page, baseUrl: string, seed: ScoringSeed): Promise<void> {
  const { juryToken } = await callApi<{ juryToken: string }>(page, baseUrl, 'jury.open', { sessionId: seed.sessionId, jurorId: seed.jurorIds['Bruno Le Gall'], pin: '2222' });
  const applicationId = seed.applications[0]?.id;
  for (const key of CRITERIA) await callApi(page, baseUrl, 'jury.saveAnswer', { juryToken, applicationId, criterionKey: key, answer: { score: key === 'partenariat-ancrage' ? 1 : 3, comment: '' } });
  await callApi(page, baseUrl, 'jury.close', { juryToken });
}

test('a juror’s list says which required comment keeps a fully scored sheet in progress', async ({ page, host }) => {
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  await scoreWithoutComment(page, host.url, seed);

  await page.goto(`${host.url}#/seances/${seed.sessionId}/jure`);
  await page.getByTestId('jury-login').waitFor();
  await signIn(page, 'Bruno Le Gall', '2222');
  const row = page.getByTestId('jury-agenda-row').filter({ hasText: 'Action A' });
  await expect(row).toContainText('7 / 7');
  await expect(row.getByTestId('jury-item-state')).toHaveText('En cours');
  await expect(row.getByTestId('jury-missing-comments')).toHaveText('Commentaire obligatoire à écrire : « Partenariat et ancrage local ».');
  await expect(page.getByTestId('jury-missing-comments')).toHaveCount(1);
  await shot(page, 'jury-agenda-missing-comment');
});
