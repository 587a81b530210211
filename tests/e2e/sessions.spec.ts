// A CAI session prepared through the screens: a jury member added with the form, a session created with
// the form, attendance and the quorum the host states, PINs, the agenda and its order, a conflict of
// interest confirmed by the chair, and the move to notation (refused in French while a PIN is missing).
import { expect, test } from './support/fixtures.ts';
import { callApi } from './pages/applications-page.ts';
import { SessionsPage, seedSessionNeeds } from './pages/sessions-page.ts';
import { fillFrenchDate } from './support/form-helpers.ts';

// formatEuros writes no-break spaces (U+00A0) between thousands and before "€"; \s matches them.
const euros = (shown: string) => new RegExp(shown.replace(/ /gu, '\\s'));

test('a manager adds a juror, creates a session, records attendance, PINs, agenda and a conflict, then opens the notation', async ({ page, host }) => {
  test.setTimeout(120_000);
  const seed = await seedSessionNeeds(page, host.url);
  const sessions = new SessionsPage(page);

  // "Membres du jury" is a tab of "Séances CAI"; the navbar keeps the section lit.
  await page.goto(`${host.url}#/seances`);
  await expect(page.getByTestId('sessions-empty')).toBeVisible();
  await page.getByTestId('sessions-tab-jury').click();
  await expect(page).toHaveURL(/#\/jury$/u);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances CAI' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('juror-row')).toHaveCount(2);

  // A refused form says why in French, under the fields.
  await page.getByTestId('juror-add').click();
  const jurorDialog = page.getByRole('dialog', { name: 'Nouveau membre du jury' });
  await jurorDialog.getByTestId('juror-email').fill('pas-une-adresse');
  await jurorDialog.getByTestId('juror-save').click();
  await expect(jurorDialog).toContainText('Le nom du membre est requis.');
  await expect(jurorDialog).toContainText('Choisissez le rôle du membre.');
  await expect(jurorDialog).toContainText('Adresse électronique invalide.');
  await jurorDialog.getByTestId('juror-name').fill('Denis Roux');
  await sessions.choose(jurorDialog.getByTestId('juror-role'), 'Représentant des allocataires du RSA');
  await jurorDialog.getByTestId('juror-organisation').fill('Collectif RSA');
  await jurorDialog.getByRole('radio', { name: 'Suppléant' }).check();
  await jurorDialog.getByTestId('juror-email').fill('denis.roux@example.org');
  await jurorDialog.getByTestId('juror-save').click();
  await expect(jurorDialog).toBeHidden();
  await expect(page.getByTestId('juror-saved')).toHaveText('Membre du jury ajouté : Denis Roux.');
  const denis = page.getByTestId('juror-row').filter({ hasText: 'Denis Roux' });
  await expect(denis).toContainText('Représentant des allocataires du RSA');
  await expect(denis).toContainText('Collectif RSA');
  await expect(denis.getByTestId('juror-standing')).toHaveText('Suppléant');
  await expect(denis).toContainText('denis.roux@example.org');

  // The session form: the chair by role is proposed as soon as she is convened.
  await page.getByTestId('sessions-tab-seances').click();
  await page.getByTestId('session-new').click();
  await page.getByTestId('session-form').waitFor();
  await page.getByTestId('session-save').click();
  await expect(page.getByTestId('session-form')).toContainText('Choisissez l’appel à projets.');
  await expect(page.getByTestId('session-form')).toContainText("L'intitulé de la séance est requis.");
  await expect(page.getByTestId('session-form')).toContainText('La date de la séance est requise.');
  await sessions.choose(page.getByTestId('session-call'), 'Appel à projets 2018');
  await page.getByTestId('session-title').fill('CAI du 12 mars 2018');
  await fillFrenchDate(page.getByTestId('session-held-on'), '12/03/2018');
  await page.getByTestId('session-place').fill('Salle du conseil');
  await expect(page.getByTestId('session-grid')).toHaveValue(/version 1/u);
  for (const name of ['Agnès Martin', 'Bruno Le Gall', 'Denis Roux']) await sessions.choose(page.getByTestId('session-jurors'), new RegExp(`^${name}`, 'u'));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('session-chair')).toHaveValue('Agnès Martin');
  await page.getByTestId('session-save').click();

  await expect(page.getByTestId('session-saved')).toContainText('Séance créée');
  await expect(page.getByTestId('session-title')).toHaveText('CAI du 12 mars 2018');
  await expect(sessions.status).toHaveText('en préparation');
  await expect(page.getByTestId('session-fact-date')).toHaveText('12 mars 2018');
  await expect(page.getByTestId('session-fact-chair')).toHaveText('Agnès Martin');
  await expect(sessions.memberRows).toHaveCount(3);
  await expect(sessions.member('Agnès Martin').getByTestId('member-chair')).toHaveText('Président');
  await expect(page.getByTestId('session-jury-link')).toHaveAttribute('href', /#\/seances\/\d+\/jure$/u);
  await expect(page.getByTestId('session-deliberation-link')).toHaveAttribute('href', /#\/seances\/\d+\/deliberation$/u);

  // Attendance: the quorum sentence is the host's, and changes with each choice.
  await expect(sessions.quorum).toHaveText('Quorum non atteint : 0 membre titulaire présent ou représenté sur 2 (2 requis).');
  await expect(sessions.quorum).toHaveAttribute('data-reached', 'false');
  await sessions.setAttendance('Agnès Martin', 'Présent');
  await expect(sessions.quorum).toHaveText('Quorum non atteint : 1 membre titulaire présent ou représenté sur 2 (2 requis).');
  await sessions.setAttendance('Bruno Le Gall', 'Représenté', 'Agnès Martin');
  await expect(sessions.quorum).toHaveText('Quorum atteint : 2 membres titulaires présents ou représentés sur 2 (2 requis).');
  await expect(sessions.quorum).toHaveAttribute('data-reached', 'true');
  await sessions.setAttendance('Denis Roux', 'Excusé');
  await expect(sessions.member('Denis Roux').getByTestId('member-attendance')).toHaveValue('Excusé');

  // PINs: typed twice, a mismatch is caught before anything is sent.
  await expect(sessions.member('Agnès Martin').getByTestId('member-pin-status')).toHaveText('À définir');
  await sessions.setPin('Agnès Martin', '1234', '1243');
  await expect(page.getByRole('dialog')).toContainText('Les deux codes ne correspondent pas.');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Confirmer le code' }).fill('1234');
  await page.getByRole('dialog').getByTestId('member-pin-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(sessions.member('Agnès Martin').getByTestId('member-pin-status')).toHaveText('Code défini');

  // The agenda: every recevable file of the call, then reordered.
  await expect(page.getByTestId('agenda-empty')).toBeVisible();
  await page.getByTestId('agenda-fill').click();
  await expect(sessions.agendaRows).toHaveCount(2);
  const before = await sessions.agendaTitles();
  expect([...before].sort()).toEqual(['Atelier réemploi', 'Vélo-école']);
  const reemploi = sessions.agendaRows.filter({ hasText: 'Atelier réemploi' });
  await expect(reemploi).toContainText('Envie 35');
  await expect(reemploi).toContainText('Levier 6');
  await expect(reemploi).toContainText(euros('25 000,00 €'));
  await expect(reemploi.getByTestId('agenda-application')).toHaveAttribute('href', new RegExp(`#/dossiers/${seed.applications[1]?.id}$`, 'u'));
  await sessions.agendaRows.nth(1).getByTestId('agenda-up').click();
  await expect.poll(() => sessions.agendaTitles()).toEqual([before[1], before[0]]);
  await expect(sessions.agendaRows.first().getByRole('cell').first()).toHaveText('1');

  // A conflict on a provider, confirmed with the chair's PIN: it reaches the agenda's column.
  await page.getByTestId('conflict-declare').click();
  const conflictDialog = page.getByRole('dialog', { name: 'Déclarer un conflit d’intérêts' });
  await sessions.choose(conflictDialog.getByTestId('conflict-juror'), 'Bruno Le Gall');
  await conflictDialog.getByRole('radio', { name: 'Un prestataire (tous ses dossiers)' }).check();
  await sessions.choose(conflictDialog.getByTestId('conflict-provider'), 'Mobiliclés');
  await sessions.choose(conflictDialog.getByTestId('conflict-type'), 'Membre du conseil d’administration');
  await conflictDialog.getByTestId('conflict-note').fill('Siège au conseil d’administration de l’association.');
  await conflictDialog.getByLabel('Code PIN du président (facultatif)').fill('0000');
  await conflictDialog.getByTestId('conflict-save').click();
  await expect(conflictDialog).toContainText('Code PIN du président incorrect.');
  await conflictDialog.getByLabel('Code PIN du président (facultatif)').fill('1234');
  await conflictDialog.getByTestId('conflict-save').click();
  await expect(conflictDialog).toBeHidden();
  await expect(sessions.conflictRows).toHaveCount(1);
  await expect(sessions.conflictRows.first()).toContainText('Le prestataire « Mobiliclés »');
  await expect(sessions.conflictRows.first().getByTestId('conflict-pinned')).toHaveText('Confirmé par le président');
  await expect(sessions.agendaRows.filter({ hasText: 'Vélo-école' }).getByTestId('agenda-conflicts')).toHaveText('Bruno Le Gall');

  // Notation is refused while members have no PIN, in the host's words; then opened.
  await page.getByTestId('session-to-notation').click();
  await page.getByTestId('session-status-confirm').click();
  await expect(page.getByTestId('session-status-error')).toContainText('La notation ne peut pas commencer : ces membres n’ont pas de code PIN : Bruno Le Gall, Denis Roux.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await sessions.setPin('Bruno Le Gall', '2222');
  await expect(page.getByRole('dialog')).toBeHidden();
  await sessions.setPin('Denis Roux', '3333');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByTestId('session-to-notation').click();
  await page.getByTestId('session-status-confirm').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(sessions.status).toHaveText('en notation');
  await expect(page.getByTestId('session-to-deliberation')).toHaveText('Passer à la délibération');

  // The list sums it up: French date, status, agenda and members counts.
  await page.getByTestId('session-detail').getByRole('link', { name: 'Séances CAI' }).click();
  const row = page.getByTestId('session-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('session-date')).toHaveText('12 mars 2018');
  await expect(row).toContainText('Salle du conseil');
  await expect(row).toContainText('Appel à projets 2018');
  await expect(row.getByTestId('session-status')).toHaveText('en notation');
  await expect(row.getByTestId('session-agenda-count')).toHaveText('2');
  await expect(row.getByTestId('session-member-count')).toHaveText('3');
});

test('a juror is corrected, a confirmed conflict needs the chair’s PIN to go, and a closed session reopens only with a reason', async ({ page, host }) => {
  const seed = await seedSessionNeeds(page, host.url);
  const sessions = new SessionsPage(page);
  const [chairId, memberId] = seed.jurorIds as [number, number];
  const session = await callApi<{ id: number }>(page, host.url, 'sessions.create', { callId: seed.callId, title: 'CAI de mars', heldOn: '2018-03-01', jurorIds: [chairId, memberId], chairJurorId: chairId });
  await callApi(page, host.url, 'sessions.setPin', { sessionId: session.id, jurorId: chairId, pin: '1234' });
  await callApi(page, host.url, 'sessions.setPin', { sessionId: session.id, jurorId: memberId, pin: '2222' });
  await callApi(page, host.url, 'sessions.fillAgenda', { sessionId: session.id });
  await callApi(page, host.url, 'sessions.declareConflict', { sessionId: session.id, jurorId: memberId, applicationId: seed.applications[0]?.id, type: 'salarie', chairPin: '1234' });

  // Corrected in the jury list: the session shows the member's new standing.
  await page.goto(`${host.url}#/jury`);
  await page.getByRole('button', { name: 'Modifier Bruno Le Gall' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier Bruno Le Gall' });
  await expect(dialog.getByTestId('juror-name')).toHaveValue('Bruno Le Gall');
  await dialog.getByRole('radio', { name: 'Suppléant' }).check();
  await dialog.getByTestId('juror-save').click();
  await expect(page.getByTestId('juror-saved')).toHaveText('Modifications enregistrées pour Bruno Le Gall.');
  await expect(page.getByTestId('juror-row').filter({ hasText: 'Bruno Le Gall' }).getByTestId('juror-standing')).toHaveText('Suppléant');

  await page.goto(`${host.url}#/seances/${session.id}`);
  await expect(page.getByTestId('session-fact-date')).toHaveText('1er mars 2018');
  await expect(sessions.member('Bruno Le Gall')).toContainText('Suppléant');
  await expect(sessions.quorum).toHaveText('Quorum non atteint : 0 membre titulaire présent ou représenté sur 1 (1 requis).');

  // A conflict the chair confirmed: reason and PIN both asked, a wrong PIN refused by the host.
  await expect(sessions.conflictRows).toHaveCount(1);
  await sessions.conflictRows.first().getByTestId('conflict-withdraw').click();
  const withdraw = page.getByRole('dialog', { name: 'Retirer le conflit d’intérêts' });
  await withdraw.getByTestId('conflict-withdraw-confirm').click();
  await expect(withdraw).toContainText('Indiquez pourquoi le conflit est retiré.');
  await withdraw.getByTestId('conflict-withdraw-reason').fill('Bruno Le Gall a quitté la structure en janvier.');
  await withdraw.getByRole('textbox', { name: 'Code PIN du président' }).fill('9999');
  await withdraw.getByTestId('conflict-withdraw-confirm').click();
  await expect(withdraw).toContainText('Code PIN du président incorrect.');
  await withdraw.getByRole('textbox', { name: 'Code PIN du président' }).fill('1234');
  await withdraw.getByTestId('conflict-withdraw-confirm').click();
  await expect(withdraw).toBeHidden();
  await expect(page.getByTestId('conflicts-empty')).toBeVisible();
  await expect(sessions.agendaRows.first().getByTestId('agenda-conflicts')).toHaveText('—');

  // Notation, deliberation, close; reopening asks for a reason before anything is sent.
  for (const to of ['notation', 'deliberation', 'close'] as const) {
    await page.getByTestId(`session-to-${to}`).click();
    // Nobody has submitted: the move to the deliberation names them and is confirmed.
    if (to === 'deliberation') await page.getByText('Je passe en délibération sans attendre ces fiches').click();
    await page.getByTestId('session-status-confirm').click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await expect(sessions.status).toHaveText('close');
  await expect(page.getByTestId('agenda-fill')).toBeDisabled();
  await expect(page.getByTestId('session-edit')).toHaveCount(0);
  await page.getByTestId('session-to-deliberation').click();
  await expect(page.getByRole('dialog', { name: 'Rouvrir la séance' })).toBeVisible();
  await page.getByTestId('session-status-confirm').click();
  await expect(page.getByRole('dialog')).toContainText('Indiquez pourquoi la séance close est rouverte.');
  await page.getByTestId('session-status-reason').fill('Avis du dossier Vélo-école à corriger.');
  await page.getByTestId('session-status-confirm').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(sessions.status).toHaveText('en délibération');
});
