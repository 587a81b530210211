// Jury mode and the deliberation as the accessibility scan walks through them, in order on the scan's
// one base: a session of its own (call 2019) in notation, a juror's refused PIN, agenda, sheet, submit,
// then the chair's screens before and after the reveal, with their forms refused.
import type { Page } from '@playwright/test';
import { callApi } from './applications-page.ts';
import { CHAIR_PIN, scoreThroughApi, seedScoringSession, type ScoringSeed } from './jury-page.ts';
import type { ScannedScreen } from './sessions-a11y-screens.ts';

const baseUrl = (page: Page) => `${new URL(page.url()).origin}/`;

// Set by the first screen; the next ones come back to the same address, where the page (and the
// juror's token, held in memory only) stays as the screen before left it.
let seed: ScoringSeed | null = null;
const juryHash = () => `#/seances/${seed?.sessionId ?? 0}/jure`;
const deliberationHash = () => `#/seances/${seed?.sessionId ?? 0}/deliberation`;

/** Waits for the modal to be open and done fading in: a half-transparent one fails the contrast rules. */
async function dialogShown(page: Page): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await page.waitForFunction(() => {
    const dialog = document.querySelector('[role="dialog"]');
    return dialog !== null && getComputedStyle(dialog).opacity === '1';
  });
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

export const juryScreens: ScannedScreen[] = [
  {
    name: 'Mode juré, code PIN refusé',
    hash: '#/seances',
    ready: async (page) => {
      seed = await seedScoringSession(page, baseUrl(page), { year: 2019 });
      await page.goto(`${baseUrl(page)}${juryHash()}`);
      await page.getByRole('radio', { name: /^Bruno Le Gall/u }).check();
      await page.getByTestId('jury-pin').fill('9999');
      await page.getByTestId('jury-open').click();
      await page.getByText(/^Code PIN incorrect\./u).waitFor();
    },
  },
  {
    name: 'Mode juré, soumission refusée',
    get hash() {
      return juryHash();
    },
    ready: async (page) => {
      await page.getByTestId('jury-pin').fill('2222');
      await page.getByTestId('jury-open').click();
      await page.getByTestId('jury-submit').click();
      await page.getByTestId('jury-submit-confirm').click();
      await page.getByTestId('jury-incomplete').first().waitFor();
      // The confirmation fades out; the scan reads the page once it is gone.
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'Mode juré, fiche de notation',
    get hash() {
      return juryHash();
    },
    ready: async (page) => {
      await page.getByTestId('jury-open-sheet').first().click();
      await page.getByTestId('jury-grid').waitFor();
      // A low level without its comment: the field says the comment is required.
      await page.getByTestId('criterion-adequation-pacte').getByRole('radio').nth(1).check();
      await page.getByTestId('criterion-mobilite').getByRole('radio').last().check();
      await page.getByTestId('jury-save-status').getByText(/^Enregistré/u).waitFor();
    },
  },
  {
    name: 'Mode juré, confirmation de la soumission',
    get hash() {
      return juryHash();
    },
    ready: async (page) => {
      for (let index = 0; index < 3; index += 1) {
        if (index > 0) {
          await page.getByTestId('jury-back').click();
          await page.getByTestId('jury-open-sheet').nth(index).click();
          await page.getByTestId('jury-grid').waitFor();
        }
        for (const criterion of await page.getByTestId('criterion').all()) await criterion.getByRole('radio').nth(3).check();
        await page.getByTestId('jury-save-status').getByText(/^Enregistré/u).waitFor();
      }
      await page.getByTestId('jury-back').click();
      await page.getByTestId('jury-progress').getByText('3 / 3').waitFor();
      await page.getByTestId('jury-submit').click();
      await dialogShown(page);
    },
  },
  {
    name: 'Mode juré, notation soumise',
    get hash() {
      return juryHash();
    },
    ready: async (page) => {
      await page.getByTestId('jury-submit-confirm').click();
      await page.getByTestId('jury-sealed').waitFor();
    },
  },
  {
    name: 'Délibération, notes scellées',
    get hash() {
      return deliberationHash();
    },
    ready: (page) => page.getByTestId('results-sealed').waitFor(),
  },
  {
    name: 'Délibération, révélation',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      const applications = seed?.applications ?? [];
      await scoreThroughApi(page, baseUrl(page), seed as ScoringSeed, 'Claire Dubois', Object.fromEntries(applications.map((application, index) => [application.id, () => (index === 1 ? 0 : 4)])));
      await callApi(page, baseUrl(page), 'sessions.setStatus', { sessionId: seed?.sessionId, status: 'deliberation' });
      await page.reload();
      await page.getByTestId('reveal-open').click();
      await dialogShown(page);
    },
  },
  {
    name: 'Délibération, résultats',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      await page.getByTestId('chair-pin').fill(CHAIR_PIN);
      await page.getByTestId('reveal-confirm').click();
      await page.getByTestId('result-row').first().waitFor();
      await page.getByRole('switch', { name: /^Les plus disputés/u }).check();
    },
  },
  {
    name: 'Délibération, avis refusé',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      await page.getByTestId('result-open').first().click();
      await page.getByRole('radio', { name: 'Favorable sous réserve' }).check();
      await page.getByTestId('avis-proposed').fill('12 000');
      await page.getByTestId('avis-save').click();
      await page.getByText('Indiquez les conditions de l’avis favorable sous réserve.').waitFor();
    },
  },
  {
    name: 'Délibération, avis enregistré',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      await page.getByTestId('avis-conditions').fill('Un bilan à mi-parcours.');
      await page.getByTestId('avis-proposed').fill('9 000');
      await page.getByTestId('avis-save').click();
      await page.getByTestId('avis-saved').waitFor();
      await closeDialog(page);
      await page.getByTestId('envelope-proposed').getByText(/^9\s000,00\s€$/u).waitFor();
    },
  },
  {
    name: 'Délibération, fiche papier refusée',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      await page.getByTestId('paper-open').click();
      await page.getByTestId('paper-save').click();
      await page.getByText('Choisissez le membre du jury.').waitFor();
    },
  },
  {
    name: 'Délibération, import CSV refusé',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      await closeDialog(page);
      await page.getByTestId('csv-open').click();
      await page.locator('input[type="file"]').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('juror;application;criterion;score;comment\nInconnu;Action A;mobilite;9;\n') });
      await page.getByTestId('chair-pin').fill(CHAIR_PIN);
      await page.getByTestId('csv-import').click();
      await page.getByTestId('csv-errors').waitFor();
    },
  },
  {
    name: 'Délibération, réouverture refusée',
    get hash() {
      return deliberationHash();
    },
    ready: async (page) => {
      await closeDialog(page);
      await page.getByTestId('reopen-open').click();
      await page.getByTestId('reopen-confirm').click();
      await page.getByText('Indiquez pourquoi la fiche est rouverte.').waitFor();
    },
  },
];
