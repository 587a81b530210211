// Grammatical gender on the screens: a juror set to "Madame" who chairs the session is "Présidente",
// her attendance reads "Présente", its field is "Présence d’Agnès Martin"; a provider's representative
// set to "Madame" is "Représentante légale"; a signatory has a civility. Screens at 1280×720.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './pages/applications-page.ts';
import { SessionsPage, seedSessionNeeds } from './pages/sessions-page.ts';

/** Where the screenshots go: PACTE_SHOTS_DIR when set (to look at them), else the test's output folder. */
function shot(name: string): string {
  const dir = process.env.PACTE_SHOTS_DIR ?? test.info().outputPath('shots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

test('a juror set to Madame who chairs the session is "Présidente", "Présente", and her attendance field "Présence d’Agnès Martin"', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const seed = await seedSessionNeeds(page, host.url);
  const sessions = new SessionsPage(page);

  // The jury form: "Civilité" beside the name; the standing agrees with it while she is typed in.
  await page.goto(`${host.url}#/jury`);
  const agnes = page.getByTestId('juror-row').filter({ hasText: 'Agnès Martin' });
  await agnes.getByTestId('juror-edit').click();
  const dialog = page.getByRole('dialog', { name: 'Modifier Agnès Martin' });
  await expect(dialog.getByTestId('juror-civility')).toHaveValue('Non précisée');
  await expect(dialog.getByRole('radio', { name: 'Suppléant', exact: true })).toBeVisible();
  await sessions.choose(dialog.getByTestId('juror-civility'), 'Madame');
  await expect(dialog.getByRole('radio', { name: 'Suppléante', exact: true })).toBeVisible();
  await page.screenshot({ path: shot('juror-form-civility.png') });
  await dialog.getByTestId('juror-save').click();
  await expect(dialog).toBeHidden();

  const [agnesId, brunoId] = seed.jurorIds as [number, number];
  const session = await callApi<{ id: number }>(page, host.url, 'sessions.create', { callId: seed.callId, title: 'CAI du 12 mars 2018', heldOn: '2018-03-12', jurorIds: [agnesId, brunoId], chairJurorId: agnesId });
  await page.goto(`${host.url}#/seances/${session.id}`);

  // She chairs: the badge and the session's facts say "Présidente"; Bruno, without a civility, stays masculine.
  await expect(sessions.member('Agnès Martin').getByTestId('member-chair')).toHaveText('Présidente');
  await expect(page.getByTestId('session-facts').getByRole('rowheader', { name: 'Présidente' })).toBeVisible();
  await expect(page.getByTestId('session-fact-chair')).toHaveText('Agnès Martin');

  // "de" elides before her name, not before his; the choices agree with each.
  const hers = page.getByRole('combobox', { name: 'Présence d’Agnès Martin' });
  const his = page.getByRole('combobox', { name: 'Présence de Bruno Le Gall' });
  await expect(hers).toHaveValue('Convoquée');
  await expect(his).toHaveValue('Convoqué');
  await sessions.choose(hers, 'Présente');
  await expect(hers).toHaveValue('Présente');
  await sessions.choose(his, 'Présent');
  await expect(his).toHaveValue('Présent');
  await expect(sessions.quorum).toHaveText('Quorum atteint : 2 membres titulaires présents ou représentés sur 2 (2 requis).');
  await expect(sessions.member('Agnès Martin').getByRole('button', { name: 'Définir le code d’Agnès Martin' })).toBeVisible();

  await page.getByTestId('session-members').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('session-members.png') });
});

test('a provider’s representative set to Madame is "Représentante légale"; a signatory has a civility', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  const sessions = new SessionsPage(page);
  const { provider } = await callApi<{ provider: { id: number } }>(page, host.url, 'providers.create', { name: 'Mobiliclés', legalForm: 'association', representativeName: 'Claire Martin', representativeRole: 'Présidente' });

  await page.goto(`${host.url}#/prestataires/${provider.id}/modifier`);
  await expect(page.getByTestId('provider-representative-civility')).toHaveValue('Non précisée');
  await sessions.choose(page.getByTestId('provider-representative-civility'), 'Madame');
  await page.getByTestId('provider-representative-name').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('provider-form-civility.png') });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('provider-detail')).toContainText('Représentante légale');
  await expect(page.getByTestId('provider-detail')).toContainText('Madame Claire Martin, Présidente');
  await page.screenshot({ path: shot('provider-detail-civility.png') });

  await page.goto(`${host.url}#/parametres`);
  await page.getByTestId('signatory-add').click();
  await sessions.choose(page.getByTestId('signatory-0-civility'), 'Madame');
  await page.getByTestId('signatory-0-name').fill('Zoé Ménard');
  await page.getByTestId('signatory-0-role').fill('Vice-présidente du CCAS');
  await page.getByTestId('settings-signatories').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('settings-signatories.png') });
});
