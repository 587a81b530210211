// The offline laptops as the accessibility scan walks through them, in order, on two hosts: the chair's
// (a session of its own in notation) and a fresh install that becomes Claire's laptop. The pack and the
// notes travel as the browser downloads them.
import type { Page } from '@playwright/test';
import { seedScoringSession, type ScoringSeed } from './jury-page.ts';
import { chooseFile, downloadOf, PASSPHRASE, scoreEverySheet, SHORT_PASSPHRASE, type Downloaded } from './packs-page.ts';

export type PackScreen = { name: string; on: 'chair' | 'laptop'; hash: string; ready: (page: Page) => Promise<void> };

const baseUrl = (page: Page) => `${new URL(page.url()).origin}/`;

// Set along the way; the screens after come back to the same address, where the page stays as left.
let seed: ScoringSeed | null = null;
let pack: Downloaded | null = null;
let notes: Downloaded | null = null;
const sessionHash = () => `#/seances/${seed?.sessionId ?? 0}`;

export const packScreens: PackScreen[] = [
  {
    name: 'Séance, notation hors ligne',
    on: 'chair',
    hash: '#/seances',
    ready: async (page) => {
      seed = await seedScoringSession(page, baseUrl(page));
      await page.goto(`${baseUrl(page)}${sessionHash()}`);
      await page.getByTestId('offline-pack').first().waitFor();
    },
  },
  {
    name: 'Dossier hors ligne, phrase de passe refusée',
    on: 'chair',
    get hash() {
      return sessionHash();
    },
    ready: async (page) => {
      await page.getByRole('button', { name: 'Dossier hors ligne de Claire Dubois' }).click();
      await page.getByTestId('jury-pack-passphrase').fill('court');
      await page.getByTestId('jury-pack-create').click();
      await page.getByText(SHORT_PASSPHRASE).waitFor();
    },
  },
  {
    name: 'Dossier hors ligne, enregistré',
    on: 'chair',
    get hash() {
      return sessionHash();
    },
    ready: async (page) => {
      await page.getByTestId('jury-pack-passphrase').fill(PASSPHRASE);
      await page.getByTestId('jury-pack-confirmation').fill(PASSPHRASE);
      pack = await downloadOf(page, () => page.getByTestId('jury-pack-create').click());
      await page.getByTestId('jury-pack-ready').waitFor();
    },
  },
  { name: 'Ouvrir un dossier de juré', on: 'laptop', hash: '#/dossier-jure', ready: (page) => page.getByTestId('jury-pack-open-form').waitFor() },
  {
    name: 'Ouvrir un dossier de juré, phrase de passe refusée',
    on: 'laptop',
    hash: '#/dossier-jure',
    ready: async (page) => {
      await chooseFile(page, 'jury-pack-open-form', pack?.name ?? 'absent.pacte-jure', pack?.bytes ?? Buffer.alloc(1));
      await page.getByTestId('jury-pack-open-passphrase').fill('pas la bonne phrase');
      await page.getByTestId('jury-pack-open-submit').click();
      await page.getByText('Phrase de passe incorrecte ou fichier altéré.').waitFor();
    },
  },
  {
    name: 'Poste de juré, identification',
    on: 'laptop',
    hash: '#/dossier-jure',
    ready: async (page) => {
      await page.getByTestId('jury-pack-open-passphrase').fill(PASSPHRASE);
      await page.getByTestId('jury-pack-open-submit').click();
      await page.getByTestId('jury-login').waitFor();
      await page.getByTestId('laptop-banner').waitFor();
    },
  },
  {
    name: 'Poste de juré, notes exportées',
    on: 'laptop',
    get hash() {
      return `${sessionHash()}/jure?jure=${seed?.jurorIds['Claire Dubois'] ?? 0}`;
    },
    ready: async (page) => {
      await page.getByTestId('jury-pin').fill('3333');
      await page.getByTestId('jury-open').click();
      await page.getByTestId('jury-agenda').waitFor();
      await scoreEverySheet(page, 3);
      await page.getByTestId('jury-submit').click();
      await page.getByTestId('jury-submit-confirm').click();
      await page.getByTestId('score-pack-export-passphrase').fill(PASSPHRASE);
      notes = await downloadOf(page, () => page.getByTestId('score-pack-export-button').click());
      await page.getByTestId('score-pack-exported').waitFor();
    },
  },
  { name: 'Poste de juré, mon dossier', on: 'laptop', hash: '#/dossier-jure', ready: (page) => page.getByTestId('jury-pack-opened').waitFor() },
  {
    name: 'Import des notes d’un juré, refusé',
    on: 'chair',
    get hash() {
      return sessionHash();
    },
    ready: async (page) => {
      await page.getByTestId('offline-import').click();
      // A copy changed in transit: refused, nothing imported.
      const tampered = Buffer.from(notes?.bytes ?? Buffer.alloc(1));
      const middle = Math.floor(tampered.length / 2);
      tampered[middle] = (tampered[middle] ?? 0) ^ 0xff;
      await chooseFile(page, 'score-pack-form', notes?.name ?? 'absent.pacte-notes', tampered);
      await page.getByTestId('score-pack-import').click();
      await page.getByTestId('score-pack-error').waitFor();
    },
  },
  {
    name: 'Import des notes d’un juré, compte rendu',
    on: 'chair',
    get hash() {
      return sessionHash();
    },
    ready: async (page) => {
      await chooseFile(page, 'score-pack-form', notes?.name ?? 'absent.pacte-notes', notes?.bytes ?? Buffer.alloc(1));
      await page.getByTestId('score-pack-import').click();
      await page.getByTestId('score-pack-report').waitFor();
    },
  },
];
