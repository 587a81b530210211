// Jury mode and deliberation in Chromium: a juror scores three applications with the keyboard only and
// submits; the chair sees no score before the reveal, reveals with the chair's PIN, reads the means,
// records the avis with proposed amounts, and the running total follows.
import { CHAIR_PIN, CRITERIA, scoreByKeyboard, scoreThroughApi, seedScoringSession, tabTo } from './pages/jury-page.ts';
import { callApi } from './pages/applications-page.ts';
import { expect, test } from './support/fixtures.ts';

const euros = (text: string) => new RegExp(`^${text.replace(/ /gu, '\\s')}\\s€$`, 'u');

test('a juror scores with the keyboard only and submits; the chair reveals, reads the figures and records the avis', async ({ page, host }) => {
  // Three sheets of seven criteria typed key by key, then the chair's acts: more than the default minute.
  test.setTimeout(180_000);
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const [a, b, c] = seed.applications.map((application) => application.id) as [number, number, number];

  // Step 1: name and PIN, keyboard only. The page opens on its title; Tab reaches the first name.
  await page.goto(`${host.url}#/seances/${seed.sessionId}/jure`);
  await page.getByTestId('jury-login').waitFor();
  await tabTo(page, page.getByRole('radio', { name: /^Agnès Martin/u }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Bruno Le Gall/u })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('jury-pin')).toBeFocused();
  await page.keyboard.type('9999');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Code PIN incorrect. Il reste 4 essais avant un verrouillage de 5 minutes.')).toBeVisible();
  await expect(page.getByTestId('jury-pin')).toBeFocused();
  await page.keyboard.type('2222');
  await page.keyboard.press('Enter');

  // Step 2: the agenda. Submitting now is refused, naming the three incomplete sheets.
  await page.getByTestId('jury-agenda').waitFor();
  await expect(page.getByTestId('jury-juror-name')).toHaveText('Bruno Le Gall');
  await expect(page.getByTestId('jury-progress')).toHaveText('0 / 3');
  await expect(page.getByTestId('jury-agenda-row')).toHaveCount(3);
  await tabTo(page, page.getByTestId('jury-submit'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('jury-submit-confirm'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('jury-incomplete')).toHaveCount(3);
  await expect(page.getByTestId('jury-submit-error')).toContainText('Ces fiches sont incomplètes');
  await tabTo(page, page.getByTestId('jury-incomplete').getByRole('button', { name: 'Action A' }));
  await page.keyboard.press('Enter');

  // Step 3: one sheet at a time. The file comes first; a button leads past it to the grid.
  const sheetTitle = page.getByTestId('jury-sheet-title');
  const sheet = async (title: string, scores: (key: string) => number | 'na', comments: Record<string, string> = {}) => {
    await expect(sheetTitle).toHaveText(title);
    await expect(sheetTitle).toBeFocused();
    await page.getByTestId('jury-grid').waitFor();
    await tabTo(page, page.getByTestId('jury-go-to-grid'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Grille de notation' })).toBeFocused();
    for (const key of CRITERIA) await scoreByKeyboard(page, key, scores(key), comments[key]);
  };
  await sheet('Action A', () => 3);
  await expect(page.getByTestId('jury-attachment')).toHaveCount(4);
  await expect(page.getByTestId('application-objective')).toHaveCount(1);
  await expect(page.getByTestId('jury-save-status')).toContainText('Enregistré');
  await page.keyboard.press('Alt+ArrowRight');
  // A low score needs its comment; the comment typed last leaves with Alt + → before its pause is over.
  await sheet('Action B', (key) => (key === 'partenariat-ancrage' ? 1 : 2), { 'partenariat-ancrage': 'Partenariats à construire.' });
  await page.keyboard.press('Alt+ArrowRight');
  await sheet('Action C', (key) => (key === 'mobilite' ? 'na' : 4));
  await expect(page.getByTestId('jury-save-status')).toContainText('Enregistré');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(sheetTitle).toHaveText('Action B');
  await expect(page.locator('[data-key="partenariat-ancrage"]').getByLabel('Commentaire')).toHaveValue('Partenariats à construire.');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(sheetTitle).toHaveText('Action C');
  await tabTo(page, page.getByTestId('jury-back-to-list'));
  await page.keyboard.press('Enter');

  // Every sheet complete: submit, confirm, sealed.
  await expect(page.getByTestId('jury-progress')).toHaveText('3 / 3');
  await expect(page.locator('[data-testid="jury-agenda-row"][data-state="complete"]')).toHaveCount(3);
  await tabTo(page, page.getByTestId('jury-submit'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('jury-submit-modal')).toContainText('Seul le président du jury pourra les rouvrir');
  await tabTo(page, page.getByTestId('jury-submit-confirm'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('jury-sealed')).toContainText('votre notation est soumise');
  await tabTo(page, page.getByTestId('jury-sealed-quit'));
  await page.keyboard.press('Enter');
  await page.getByTestId('jury-login').waitFor();

  // Claire scores on another laptop: A 20, B 5, C 5 (C is then disputed: 20 against 5).
  await scoreThroughApi(page, host.url, seed, 'Claire Dubois', { [a]: () => 4, [b]: () => 1, [c]: () => 1 });

  // The chair, still in notation: progress only, no score anywhere.
  await page.goto(`${host.url}#/seances/${seed.sessionId}/deliberation`);
  await page.getByTestId('deliberation').waitFor();
  const progress = page.getByTestId('juror-progress-row');
  await expect(progress).toHaveCount(4);
  await expect(progress.filter({ hasText: 'Bruno Le Gall' })).toContainText('Soumise');
  await expect(progress.filter({ hasText: 'Bruno Le Gall' })).toContainText('Application');
  await expect(progress.filter({ hasText: 'Denis Roux' })).toContainText('Pas commencée');
  await expect(page.getByTestId('results-sealed')).toBeVisible();
  await expect(page.getByTestId('reveal-open')).toHaveCount(0);
  await expect(page.getByTestId('result-row')).toHaveCount(0);
  await expect(page.getByTestId('deliberation')).not.toContainText('17,50');

  // Deliberation: the reveal asks for the chair's PIN.
  await callApi(page, host.url, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await page.reload();
  await page.getByTestId('reveal-open').click();
  await expect(page.getByTestId('reveal-modal')).toContainText('Agnès Martin, Denis Roux');
  await page.getByTestId('chair-pin').fill('9999');
  await page.getByTestId('reveal-confirm').click();
  await expect(page.getByTestId('reveal-modal').getByText('Code PIN incorrect.')).toBeVisible();
  await page.getByTestId('chair-pin').fill(CHAIR_PIN);
  await page.getByTestId('reveal-confirm').click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  // Ranked: A 17,50 (15 and 20), C 12,50 (20 and 5, disputed), B 7,29 (9,58 and 5).
  const rows = page.getByTestId('result-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.getByTestId('result-open')).toHaveText(['Action A', 'Action C', 'Action B']);
  await expect(rows.getByTestId('result-mean')).toHaveText(['17,50', '12,50', '7,29']);
  await expect(rows.getByTestId('result-rank')).toHaveText(['1', '2', '3']);
  await expect(rows.nth(1).getByTestId('disagreement-badge')).toBeVisible();
  await expect(rows.nth(0)).toContainText('15,00 – 20,00');
  await page.getByTestId('results-sort').getByText('Ordre de passage').click();
  await expect(rows.getByTestId('result-open')).toHaveText(['Action A', 'Action B', 'Action C']);
  await page.getByRole('switch', { name: /^Les plus disputés d’abord/u }).check();
  await expect(rows.getByTestId('result-open')).toHaveText(['Action C', 'Action A', 'Action B']);

  // The avis on A: more than requested is refused under the field, then 8 000 € is recorded.
  await rows.filter({ hasText: 'Action A' }).getByTestId('result-open').click();
  const drawer = page.getByTestId('outcome-drawer');
  await expect(drawer.getByTestId('outcome-juror-score')).toHaveText([/Bruno Le Gall\s*15,00/u, /Claire Dubois\s*20,00/u]);
  await expect(drawer.getByTestId('outcome-mean')).toHaveText('17,50');
  await drawer.getByRole('radio', { name: 'Favorable', exact: true }).check();
  await drawer.getByTestId('avis-proposed').fill('12 000');
  await drawer.getByTestId('avis-save').click();
  await expect(drawer.getByText(/Le montant proposé \(12\s000,00\s€\) dépasse le montant demandé \(10\s000,00\s€\)\./u)).toBeVisible();
  await expect(drawer.getByTestId('avis-proposed')).toHaveAttribute('aria-invalid', 'true');
  await drawer.getByTestId('avis-proposed').fill('8 000');
  await drawer.getByTestId('avis-motivation').fill('Action solide, coût par participant raisonnable.');
  await drawer.getByTestId('avis-save').click();
  await expect(drawer.getByTestId('avis-saved')).toBeVisible();
  await expect(page.getByTestId('envelope-proposed')).toHaveText(euros('8 000,00'));
  await page.keyboard.press('Escape');
  await expect(rows.filter({ hasText: 'Action A' }).getByTestId('result-proposed')).toHaveText(euros('8 000,00'));
  await expect(rows.filter({ hasText: 'Action A' }).getByTestId('avis-badge')).toHaveText('Favorable');

  // C, favorable sous réserve: conditions required; then the lever's 15 000 € share is passed.
  await rows.filter({ hasText: 'Action C' }).getByTestId('result-open').click();
  await drawer.getByRole('radio', { name: 'Favorable sous réserve' }).check();
  await drawer.getByTestId('avis-proposed').fill('10 000');
  await drawer.getByTestId('avis-save').click();
  await expect(drawer.getByText('Indiquez les conditions de l’avis favorable sous réserve.')).toBeVisible();
  await drawer.getByTestId('avis-conditions').fill('Un bilan à mi-parcours.');
  await drawer.getByTestId('avis-save').click();
  await expect(drawer.getByTestId('avis-saved')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('envelope-proposed')).toHaveText(euros('18 000,00'));
  await expect(rows.getByTestId('result-running')).toHaveText([euros('10 000,00'), euros('18 000,00'), euros('18 000,00')]);
  const lever = page.getByTestId('envelope-lever').filter({ hasText: 'Levier 6' });
  await expect(lever).toHaveAttribute('data-over', 'true');
  await expect(lever.getByTestId('envelope-over')).toHaveText('Dépassement');
});
