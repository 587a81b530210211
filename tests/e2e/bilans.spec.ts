// The bilans in Chromium: the list with the host's counts per status, filtered by status and lateness,
// a received bilan opened from its row, validated through its modal (the year's balance is released),
// and the convention's years showing the bilan's status; axe on each new screen state.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { expect, openClosedSession, test } from './support/fixtures.ts';

// A closed 2018 CAI session to draft conventions from: a copy of the one laid down once per worker.
test.use({ baseData: 'closed-session' });

const SHOTS = '/tmp/shots-h3';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

test('bilans listed with their counts, filtered, one opened and validated, its balance released', async ({ page, host, browser }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  const axe: Record<string, string[]> = {};
  const scan = async (name: string) => {
    axe[name] = await seriousViolations(page);
  };

  const { sessionId } = await openClosedSession(page, host.url, browser);
  const { drafted } = await callApi<{ drafted: { id: number; number: string }[] }>(page, host.url, 'conventions.draft', { sessionId });
  for (const convention of drafted) {
    await callApi(page, host.url, 'conventions.present', { id: convention.id });
    await callApi(page, host.url, 'conventions.validate', { id: convention.id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
    await callApi(page, host.url, 'conventions.sign', { id: convention.id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
  }
  const [received, expected] = drafted;
  await callApi(page, host.url, 'bilans.saveContent', {
    conventionId: received?.id,
    year: 2018,
    outcome: 'realisee',
    receivedOn: '2019-02-28',
    qualitative: 'Douze participants, huit sortis.',
    values: [
      { code: 'IC01', dimension: 'total', category: '', value: 12 },
      { code: 'IC01', dimension: 'sex', category: 'F', value: 7 },
      { code: 'IC01', dimension: 'sex', category: 'H', value: 5 },
    ],
    financialLines: [{ side: 'charge', account: '64', label: 'Salaires', plannedCents: 1_800_000, actualCents: 1_750_000 }],
  });

  await page.goto(`${host.url}#/indicateurs/bilans`);
  const counts = page.getByTestId('bilans-counts');
  await expect(page.getByTestId('bilan-row')).toHaveCount(2);
  await expect(counts.getByTestId('bilans-count-attendu')).toHaveText('Attendu : 1');
  await expect(counts.getByTestId('bilans-count-recu')).toHaveText('Reçu : 1');
  await expect(page.getByTestId('bilans-count-late')).toHaveText('En retard : 1');
  await page.screenshot({ path: `${SHOTS}/bilans-list.png` });
  await scan('Bilans, liste');

  // Late only: the expected bilan, past 30 June 2019; the counts stay those of every bilan.
  await page.getByTestId('bilans-filter-late').click();
  await expect(page.getByTestId('bilan-row')).toHaveCount(1);
  await expect(page.getByTestId('bilan-row')).toHaveAttribute('data-status', 'attendu');
  await expect(page.getByTestId('bilan-row')).toContainText(expected?.number ?? '');
  await expect(page.getByTestId('bilan-late')).toHaveText('en retard');
  await expect(counts.getByTestId('bilans-count-recu')).toHaveText('Reçu : 1');
  await page.getByTestId('bilans-filters-clear').click();
  // A count is a filter.
  await counts.getByTestId('bilans-count-recu').click();
  await expect(page.getByTestId('bilan-row')).toHaveCount(1);
  await expect(page.getByTestId('bilan-row')).toHaveAttribute('data-status', 'recu');
  await scan('Bilans, filtrés par statut');

  await page.getByTestId('bilan-row').getByRole('cell').nth(2).click();
  await expect(page.getByTestId('bilan-title')).toContainText('Bilan 2018');
  await expect(page.getByTestId('bilan-status')).toHaveAttribute('data-status', 'recu');
  await expect(page.getByTestId('bilan-values-view')).toContainText('Douze participants');
  await expect(page.getByTestId('bilan-history')).toContainText('Bilan 2018 reçu le 28/02/2019');
  await page.screenshot({ path: `${SHOTS}/bilan-detail-recu.png`, fullPage: true });
  await scan('Bilan reçu');

  await page.getByTestId('bilan-act-validate').click();
  const modal = page.getByTestId('bilan-validate-modal');
  await expect(modal.getByRole('dialog')).toContainText('devient payable');
  await scan('Bilan, validation');
  await page.getByTestId('bilan-validate-modal-confirm').click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await expect(page.getByTestId('bilan-status')).toHaveAttribute('data-status', 'valide');
  await expect(page.getByTestId('bilan-history')).toContainText('le solde 2018 devient payable');
  await expect(page.getByTestId('bilan-facts')).toContainText('solde libéré le');
  await page.getByTestId('bilan-appraisal').fill('Action bien conduite.');
  await page.getByTestId('bilan-appraisal-save').click();
  await expect(page.getByTestId('bilan-appraisal-saved')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/bilan-detail-valide.png`, fullPage: true });
  await scan('Bilan validé');

  const convention = await callApi<{ years: { year: number; bilanAcceptedOn: string | null }[] }>(page, host.url, 'conventions.get', { id: received?.id });
  expect(convention.years[0]?.bilanAcceptedOn).not.toBeNull();
  await page.goto(`${host.url}#/conventions/${received?.id}`);
  const year = page.locator('[data-testid="convention-year-row"][data-year="2018"]');
  await expect(year.getByTestId('bilan-status')).toHaveAttribute('data-status', 'valide');
  await expect(year.getByTestId('convention-bilan-2018')).toHaveText('Voir le bilan 2018');
  await year.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/convention-years.png` });
  expect(axe).toEqual({ 'Bilans, liste': [], 'Bilans, filtrés par statut': [], 'Bilan reçu': [], 'Bilan, validation': [], 'Bilan validé': [] });
});
