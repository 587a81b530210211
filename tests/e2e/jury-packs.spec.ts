// Offline laptops in Chromium, on two hosts: the chair exports Claire's jury pack (always encrypted, with a
// passphrase strong enough) from the session page; a fresh install opens it through #/dossier-jure and becomes
// her laptop (banner, her screens only); she scores with her PIN, submits and exports her notes with the
// passphrase; the chair imports them without one, a tampered copy and a second import changing nothing;
// after the reveal her scores count.
import { CHAIR_PIN, seedScoringSession } from './pages/jury-page.ts';
import { callApi } from './pages/applications-page.ts';
import { chooseFile, downloadOf, PASSPHRASE, scoreEverySheet, SHORT_PASSPHRASE } from './pages/packs-page.ts';
import { startServeHost } from './support/serve-host.ts';
import { expect, signIn, test } from './support/fixtures.ts';

type Results = { outcomes: { applicationId: number; jurorScores?: { jurorId: number; score: number }[] }[]; progress: { jurorId: number; isSubmitted: boolean; source: string | null }[] };

test('a juror scores on a laptop of their own: pack out, notes back, counted after the reveal', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const claireId = seed.jurorIds['Claire Dubois'] ?? 0;

  // The chair, on the session page: "Dossier hors ligne" of Claire, no passphrase, one too short, her name, then two that differ.
  await page.goto(`${host.url}#/seances/${seed.sessionId}`);
  const offline = page.getByTestId('session-offline');
  await expect(offline.getByTestId('offline-row')).toHaveCount(4);
  await offline.getByRole('button', { name: 'Dossier hors ligne de Claire Dubois' }).click();
  const packModal = page.getByTestId('jury-pack-modal');
  await expect(packModal).toContainText('Communiquez-la au juré par un autre moyen que le fichier : de vive voix ou par téléphone, jamais avec le fichier ni dans le même message.');
  await packModal.getByTestId('jury-pack-create').click();
  await expect(packModal.getByText(SHORT_PASSPHRASE)).toBeVisible();
  await packModal.getByTestId('jury-pack-passphrase').fill('court');
  await packModal.getByTestId('jury-pack-create').click();
  await expect(packModal.getByText(SHORT_PASSPHRASE)).toBeVisible();
  await packModal.getByTestId('jury-pack-passphrase').fill('claire marelle hibou citron');
  await packModal.getByTestId('jury-pack-create').click();
  await expect(packModal.getByText('La phrase de passe ne doit pas contenir le nom du juré : il figure en clair sur le fichier.')).toBeVisible();
  await packModal.getByTestId('jury-pack-passphrase').fill(PASSPHRASE);
  await packModal.getByTestId('jury-pack-confirmation').fill('une autre phrase');
  await packModal.getByTestId('jury-pack-create').click();
  await expect(packModal.getByText('Les deux phrases de passe ne correspondent pas.')).toBeVisible();
  await packModal.getByTestId('jury-pack-confirmation').fill(PASSPHRASE);
  const pack = await downloadOf(page, () => packModal.getByTestId('jury-pack-create').click());
  expect(pack.name).toBe(`jure-claire-dubois-seance-${seed.sessionId}.pacte-jure`);
  expect(pack.bytes.subarray(0, 13).toString('ascii')).toBe('PACTE-PACK/2\n');
  // Encrypted: the titles and her e-mail are not in clear (her name is, to pick the passphrase).
  for (const secret of ['Action A', '@example.org']) expect(pack.bytes.includes(Buffer.from(secret))).toBe(false);
  await expect(packModal.getByTestId('jury-pack-ready')).toContainText('3 dossiers');
  await expect(packModal.getByTestId('jury-pack-ready')).toContainText('chiffré avec la phrase de passe');
  await expect(packModal.getByTestId('jury-pack-delivered')).toContainText(`Téléchargé : ${pack.name}`);
  await packModal.getByTestId('jury-pack-done').click();

  // Claire's laptop: a fresh install, reached from the empty list of sessions.
  const laptop = await startServeHost();
  // Claire opens the address her laptop's terminal printed, as anyone starting the browser mode does.
  await signIn(page.context(), laptop, { name: 'Claire Dubois' });
  const juror = await page.context().newPage();
  let notes: { name: string; bytes: Buffer };
  try {
    await juror.goto(`${laptop.url}#/seances`);
    await juror.getByTestId('sessions-empty').getByRole('link', { name: 'Ouvrez-le ici.' }).click();
    await expect(juror.getByRole('heading', { level: 1 })).toHaveText('Ouvrir un dossier de juré');
    await chooseFile(juror, 'jury-pack-open-form', pack.name, pack.bytes);
    await juror.getByTestId('jury-pack-open-passphrase').fill('pas la bonne phrase');
    await juror.getByTestId('jury-pack-open-submit').click();
    await expect(juror.getByText('Phrase de passe incorrecte ou fichier altéré.')).toBeVisible();
    await juror.getByTestId('jury-pack-open-passphrase').fill(PASSPHRASE);
    await juror.getByTestId('jury-pack-open-submit').click();

    // Straight into jury mode, her name already chosen: only her PIN to type.
    await juror.getByTestId('jury-login').waitFor();
    expect(new URL(juror.url()).hash).toBe(`#/seances/${seed.sessionId}/jure?jure=${claireId}`);
    await expect(juror.getByTestId('laptop-banner')).toHaveText('Poste de juré — dossier de la séance du 12 mars 2018 (Claire Dubois)');
    await expect(juror.getByRole('radio')).toHaveCount(1);
    await expect(juror.getByRole('radio', { name: /^Claire Dubois/u })).toBeChecked();
    await juror.getByTestId('jury-pin').fill('3333');
    await juror.getByTestId('jury-open').click();
    await juror.getByTestId('jury-agenda').waitFor();
    await expect(juror.getByTestId('jury-progress')).toHaveText('0 / 3');
    await scoreEverySheet(juror, 3);
    await expect(juror.getByTestId('jury-progress')).toHaveText('3 / 3');
    await juror.getByTestId('jury-submit').click();
    await juror.getByTestId('jury-submit-confirm').click();
    await juror.getByTestId('jury-sealed').waitFor();

    // "Exporter mes notes" right there, with the pack's passphrase.
    const exportPanel = juror.getByTestId('score-pack-export');
    await exportPanel.getByTestId('score-pack-export-button').click();
    await expect(exportPanel.getByText('Tapez la phrase de passe de votre dossier')).toBeVisible();
    await exportPanel.getByTestId('score-pack-export-passphrase').fill(PASSPHRASE);
    notes = await downloadOf(juror, () => exportPanel.getByTestId('score-pack-export-button').click());
    expect(notes.name).toMatch(new RegExp(`^notes-claire-dubois-seance-${seed.sessionId}-\\d{8}-\\d{4}\\.pacte-notes$`, 'u'));
    await expect(exportPanel.getByTestId('score-pack-exported')).toContainText(`Exporté : 3 fiches, toutes soumises. Remettez le fichier « ${notes.name} » au président du jury.`);
    await expect(exportPanel.getByTestId('score-pack-not-submitted')).toHaveCount(0);

    // The app's frame on her laptop: her two screens, no search, the banner; any other address leads to her pack.
    await juror.getByTestId('jury-sealed-quit').click();
    await juror.getByTestId('jury-to-pack').click();
    await juror.getByTestId('jury-pack-opened').waitFor();
    const nav = juror.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link')).toHaveText(['Noter les dossiers', 'Mon dossier et mes notes']);
    await expect(juror.getByTestId('laptop-banner')).toContainText('(Claire Dubois)');
    await expect(juror.getByTestId('header-search')).toHaveCount(0);
    await expect(juror.getByTestId('jury-pack-facts')).toContainText('3 dossiers');
    for (const hash of ['#/pacte', '#/seances', `#/seances/${seed.sessionId}`, '#/parametres']) {
      await juror.goto(`${laptop.url}${hash}`);
      await juror.getByTestId('jury-pack-opened').waitFor();
      expect(new URL(juror.url()).hash).toBe('#/dossier-jure');
    }
    await nav.getByRole('link', { name: 'Noter les dossiers' }).click();
    await expect(juror.getByRole('radio', { name: /^Claire Dubois/u })).toBeChecked();
  } finally {
    await juror.close();
    await laptop.stop();
  }

  // Back on the chair's machine: a tampered copy is refused, nothing written; then the notes come in, no passphrase asked.
  await page.getByTestId('offline-import').click();
  const importModal = page.getByTestId('score-pack-modal');
  const tampered = Buffer.from(notes.bytes);
  const middle = Math.floor(tampered.length / 2);
  tampered[middle] = (tampered[middle] ?? 0) ^ 0xff;
  await expect(importModal.getByTestId('score-pack-passphrase')).toHaveCount(0);
  await chooseFile(page, 'score-pack-form', notes.name, tampered);
  await importModal.getByTestId('score-pack-import').click();
  await expect(importModal.getByTestId('score-pack-error')).toContainText('ne répond pas à un paquet du juré de cette séance pour ce membre, ou il a été modifié depuis sa création');
  const before = await callApi<Results>(page, host.url, 'sessions.results', { sessionId: seed.sessionId });
  expect(before.progress.find((entry) => entry.jurorId === claireId)).toMatchObject({ isSubmitted: false });

  await chooseFile(page, 'score-pack-form', notes.name, notes.bytes);
  await importModal.getByTestId('score-pack-import').click();
  const report = importModal.getByTestId('score-pack-report');
  await expect(report).toHaveAttribute('data-status', 'imported');
  await expect(report).toContainText('Notes de Claire Dubois importées : 3 fiches, toutes soumises.');
  await expect(report.getByTestId('score-pack-skipped')).toHaveCount(0);
  await expect(report.getByTestId('score-pack-replaced')).toHaveCount(0);

  // The same file again changes nothing.
  await importModal.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await chooseFile(page, 'score-pack-form', notes.name, notes.bytes);
  await importModal.getByTestId('score-pack-import').click();
  await expect(report).toHaveAttribute('data-status', 'unchanged');
  await expect(report).toContainText('Ce fichier de notes de Claire Dubois a déjà été importé : rien n’a changé.');
  await importModal.getByTestId('score-pack-done').click();

  // The session page keeps the hand-over and the return: her encrypted pack, her notes received.
  const claireOffline = page.getByTestId('offline-row').filter({ hasText: 'Claire Dubois' });
  await expect(claireOffline.getByTestId('offline-handover')).toHaveText(/^Remis le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} par .+, chiffré$/u);
  await expect(claireOffline.getByTestId('offline-returned')).toHaveText(/^Notes reçues le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u);

  // Sealed until the reveal; then her three sheets count (every criterion at 3 of 4: 15 on 20).
  const sealed = await callApi<Results>(page, host.url, 'sessions.results', { sessionId: seed.sessionId });
  expect(sealed.outcomes).toEqual([]);
  expect(sealed.progress.find((entry) => entry.jurorId === claireId)).toMatchObject({ isSubmitted: true, source: 'pack' });
  await callApi(page, host.url, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  const revealed = await callApi<Results>(page, host.url, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });
  expect(revealed.outcomes).toHaveLength(3);
  for (const outcome of revealed.outcomes) expect(outcome.jurorScores?.find((entry) => entry.jurorId === claireId)?.score).toBeCloseTo(15, 12);
  const results = await callApi<Results>(page, host.url, 'sessions.results', { sessionId: seed.sessionId });
  expect(results.outcomes.every((outcome) => outcome.jurorScores?.some((entry) => entry.jurorId === claireId))).toBe(true);
});
