// The jury and session screens the accessibility scan walks through, in order on the scan's one base (the
// call "Appel à projets 2018" exists by then): empty lists, refused forms, the jury, a prepared session
// with its modals, and the list holding it.
import type { Page } from '@playwright/test';
import { callApi } from './applications-page.ts';
import { addRecevableApplication } from './sessions-page.ts';
import { discardChanges, fillFrenchDate } from '../support/form-helpers.ts';

export type ScannedScreen = { name: string; hash: string; ready: (page: Page) => Promise<void> };

const baseUrl = (page: Page) => `${new URL(page.url()).origin}/`;

/** Closes the open modal (Escape) and waits for it to be gone. */
async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

export const sessionScreens: ScannedScreen[] = [
  { name: 'Membres du jury, liste vide', hash: '#/jury', ready: (page) => page.getByTestId('jurors-empty').waitFor() },
  {
    name: 'Membre du jury, formulaire avec erreurs',
    hash: '#/jury',
    ready: async (page) => {
      await page.getByTestId('juror-add').click();
      await page.getByTestId('juror-email').fill('pas-une-adresse');
      await page.getByTestId('juror-save').click();
      await page.getByText('Le nom du membre est requis.').waitFor();
    },
  },
  {
    name: 'Membres du jury, liste',
    hash: '#/jury',
    ready: async (page) => {
      // The refused form holds a typed address: closing it asks first.
      await page.keyboard.press('Escape');
      await discardChanges(page);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      for (const juror of [
        { name: 'Agnès Martin', role: 'responsable_dispositifs', organisation: 'CCAS de Rennes', email: 'agnes.martin@example.org' },
        { name: 'Bruno Le Gall', role: 'responsable_antenne', organisation: 'Antenne Nord' },
        { name: 'Denis Roux', role: 'representant_allocataires', isPermanent: false },
      ]) {
        await callApi(page, baseUrl(page), 'jurors.create', juror);
      }
      await page.reload();
      await page.getByTestId('juror-row').nth(2).waitFor();
    },
  },
  { name: 'Séances CAI, liste vide', hash: '#/seances', ready: (page) => page.getByTestId('sessions-empty').waitFor() },
  {
    name: 'Séance, formulaire avec erreurs',
    hash: '#/seances/nouvelle',
    ready: async (page) => {
      await page.getByTestId('session-form').waitFor();
      await page.getByTestId('session-save').click();
      await page.getByText('Choisissez l’appel à projets.').waitFor();
    },
  },
  {
    name: 'Séance, préparée',
    hash: '#/seances/nouvelle',
    ready: async (page) => {
      // Same address as the screen before: the refused form is still there.
      await page.getByTestId('session-call').click();
      await page.getByRole('option', { name: 'Appel à projets 2018', exact: true }).click();
      await page.getByTestId('session-title').fill('CAI du 12 mars 2018');
      await fillFrenchDate(page.getByTestId('session-held-on'), '12/03/2018');
      for (const name of ['Agnès Martin', 'Bruno Le Gall', 'Denis Roux']) {
        await page.getByTestId('session-jurors').click();
        await page.getByRole('option', { name: new RegExp(`^${name}`, 'u') }).click();
      }
      await page.keyboard.press('Escape');
      await page.getByTestId('session-save').click();
      await page.getByTestId('session-detail').waitFor();
      const url = baseUrl(page);
      const sessionId = Number(/#\/seances\/(\d+)/u.exec(page.url())?.[1]);
      const calls = await callApi<{ id: number; title: string }[]>(page, url, 'calls.list', {});
      const callId = calls.find((call) => call.title === 'Appel à projets 2018')?.id ?? 0;
      const application = await addRecevableApplication(page, url, { callId, providerName: 'Mobiliclés', title: 'Vélo-école' });
      const session = await callApi<{ members: { id: number; name: string }[] }>(page, url, 'sessions.get', { id: sessionId });
      const id = (name: string) => session.members.find((member) => member.name === name)?.id ?? 0;
      await callApi(page, url, 'sessions.setPin', { sessionId, jurorId: id('Agnès Martin'), pin: '1234' });
      await callApi(page, url, 'sessions.setAttendance', { sessionId, jurorId: id('Agnès Martin'), attendance: 'present' });
      await callApi(page, url, 'sessions.setAttendance', { sessionId, jurorId: id('Bruno Le Gall'), attendance: 'represente', representedByJurorId: id('Agnès Martin') });
      await callApi(page, url, 'sessions.fillAgenda', { sessionId });
      await callApi(page, url, 'sessions.declareConflict', { sessionId, jurorId: id('Denis Roux'), applicationId: application.id, type: 'usager', note: 'Usager du service.', chairPin: '1234' });
      await page.reload();
      await page.getByTestId('conflict-row').waitFor();
    },
  },
  {
    name: 'Séance, code PIN refusé',
    hash: '#/seances/1',
    ready: async (page) => {
      await page.getByTestId('member-row').filter({ hasText: 'Bruno Le Gall' }).getByTestId('member-pin-set').click();
      await page.getByTestId('member-pin-save').click();
      await page.getByText('Le code PIN compte 4 à 8 chiffres.').waitFor();
    },
  },
  {
    name: 'Séance, déclaration de conflit refusée',
    hash: '#/seances/1',
    ready: async (page) => {
      await closeDialog(page);
      await page.getByTestId('conflict-declare').click();
      await page.getByTestId('conflict-save').click();
      await page.getByText('Choisissez le membre du jury.').waitFor();
    },
  },
  {
    name: 'Séance, notation refusée',
    hash: '#/seances/1',
    ready: async (page) => {
      await closeDialog(page);
      await page.getByTestId('session-to-notation').click();
      await page.getByTestId('session-status-confirm').click();
      await page.getByTestId('session-status-error').waitFor();
    },
  },
  { name: 'Séances CAI, liste', hash: '#/seances', ready: (page) => page.getByTestId('session-row').first().waitFor() },
];
