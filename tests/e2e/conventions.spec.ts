// The conventions in Chromium, from a closed session to the convention PDF: drafted from the session page
// (a second run drafts nothing new), listed with the host's totals, presented, validated by the board,
// signed, the balance refused before its bilan without a reason (the typed values kept), the advance paid,
// an avenant that supersedes the unpaid balance, the PDF downloaded and its text read back; axe on each
// new screen state. Then the settings' CCAS SIRET, refused in French when its key is wrong.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ConventionsPage } from './pages/conventions-page.ts';
import { discardChanges } from './support/form-helpers.ts';
import { expect, openClosedSession, test } from './support/fixtures.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const NBSP = '\u00A0';
const euros = (text: string) => text.replace(/ /gu, NBSP);

test.describe('from a closed session', () => {
  // A copy of the closed 2018 session laid down once per worker.
  test.use({ baseData: 'closed-session' });

  test('a closed session’s conventions go from draft to signed, paid in advance and amended, and the convention PDF reads back', async ({ page, host, browser }) => {
    test.setTimeout(180_000);
    const axe: Record<string, string[]> = {};
    const scan = async (name: string) => {
      axe[name] = await seriousViolations(page);
    };
    const conventions = new ConventionsPage(page);

    await conventions.openList(host.url);
    await expect(page.getByTestId('conventions-empty')).toContainText('Préparer les conventions');
    await scan('Conventions, liste vide');

    const { sessionId } = await openClosedSession(page, host.url, browser);
    // The settings were written behind the page's back (through the API): read everything again.
    await page.reload();
    const report = await conventions.draftFromSession(host.url, sessionId);
    await expect(report.getByTestId('draft-drafted').getByRole('listitem')).toHaveCount(2);
    await expect(report).toContainText(/CONV-2018-\d+/u);
    await scan('Séance close, conventions préparées');
    // Idempotent: a second run drafts nothing new.
    await page.getByTestId('session-draft-conventions').click();
    await expect(report).toContainText('Aucune nouvelle convention');
    await expect(page.getByTestId('session-conventions-link')).toContainText('(2)');
    // The session's documents panel: one PDF per convention (produced in turn, with progress), then all in one.
    const downloads: string[] = [];
    page.on('download', (event) => downloads.push(event.suggestedFilename()));
    const panel = page.getByTestId('session-documents');
    await panel.getByTestId('document-conventions-files').click();
    // Two PDFs rendered in turn: several seconds each on a loaded two-core machine, more than expect's 5 s.
    await expect(panel.getByTestId('document-delivered')).toContainText('convention-', { timeout: 60_000 });
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    await panel.getByTestId('document-conventions-combined-save').click();
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(3);
    expect(downloads.every((name) => name.endsWith('.pdf'))).toBe(true);

    // The list filtered on the session, with the totals the host summed.
    await report.getByTestId('draft-report-link').click();
    await expect(conventions.rows).toHaveCount(2);
    await expect(page.getByTestId('conventions-filter-session')).toContainText('CAI du 12 mars 2018');
    await expect(page.getByTestId('conventions-total-count')).toHaveText('2');
    await expect(page.getByTestId('conventions-total-total')).toHaveText(euros('18 000,00 €'));
    await scan('Conventions, liste d’une séance');

    await conventions.rows.filter({ hasText: 'Action A' }).getByTestId('convention-link').click();
    await conventions.detail.waitFor();
    const number = (await conventions.title.textContent())?.match(/CONV-2018-\d+/u)?.[0] ?? '';
    expect(number).not.toBe('');
    await expect(conventions.status).toHaveAttribute('data-status', 'brouillon');
    await expect(conventions.threshold).toContainText(euros('Ce prestataire reçoit 8 000,00 € du CCAS en 2018 : un arrêté attributif est possible'));
    await expect(conventions.scheduleRows).toHaveCount(2);
    await expect(conventions.scheduleRows.nth(0)).toContainText(euros('5 600,00 €'));
    await expect(conventions.scheduleRows.nth(1)).toContainText(euros('2 400,00 €'));
    await scan('Convention, brouillon');
    await page.getByTestId('convention-edit').click();
    await expect(page.getByTestId('convention-edit-open-data-object')).toBeVisible();
    await scan('Convention, formulaire de correction');
    await page.getByRole('button', { name: 'Annuler' }).click();

    await conventions.present();
    await conventions.startTransition('validee_ca');
    await scan('Convention, validation par le CA');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await conventions.validate('2018-CA-042', '10/04/2018');
    await expect(page.getByTestId('convention-fact-deliberation')).toHaveText('n° 2018-CA-042 du 10/04/2018');
    await conventions.startTransition('signee');
    await scan('Convention, signature');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await conventions.sign('20/04/2018', '25/04/2018');

    // The balance waits for the bilan: without a reason the host refuses, and the modal keeps what was typed.
    const modal = await conventions.fillPayment({ lineLabel: /^2 — Solde/u, paidOn: '02/05/2018' });
    await page.getByTestId('payment-confirm').click();
    await expect(modal.getByTestId('payment-refusal')).toContainText('Pour verser avant, indiquez un motif');
    await expect(page.getByTestId('payment-amount')).toHaveValue(euros('2 400,00 €'));
    await expect(page.getByTestId('payment-date')).toHaveValue('02/05/2018');
    await scan('Convention, versement refusé');
    // What was typed is dropped only once the person says so.
    await page.keyboard.press('Escape');
    await discardChanges(page);
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await conventions.fillPayment({ lineLabel: /^1 — Avance/u, paidOn: '02/05/2018' });
    await page.getByTestId('payment-confirm').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(conventions.paymentRows).toHaveCount(1);
    await expect(conventions.paymentRows.first()).toHaveAttribute('data-status', 'paye');
    await expect(conventions.paymentRows.first()).toContainText(euros('5 600,00 €'));
    // The first payment starts the convention.
    await expect(conventions.status).toHaveAttribute('data-status', 'en_cours');

    await conventions.fillAvenant({ year: 2018, amount: '9 000', reason: 'Public élargi aux jeunes de moins de 26 ans.', deliberationRef: '2018-CA-077', signedOn: '14/09/2018' });
    await scan('Convention, nouvel avenant');
    await page.getByTestId('avenant-confirm').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(conventions.avenantRows).toHaveCount(1);
    await expect(conventions.avenantRows.first()).toContainText(euros('9 000,00 €'));
    await expect(page.locator('[data-testid="schedule-row"][data-superseded="true"]').first()).toContainText('remplacée par l’avenant n° 1');
    await expect(conventions.history.first()).toBeVisible();
    await scan('Convention, signée, payée et modifiée par avenant');
    // The year's bilan is its own page now (tests/e2e/bilans.spec.ts): the convention links to it.
    await expect(page.getByTestId('convention-bilan-2018')).toHaveAttribute('href', /#\/indicateurs\/bilans\//u);
    for (const [button, name] of [
      ['recovery-record', 'Convention, demande de reversement'],
      ['document-convention-preview', 'Convention, aperçu du PDF'],
    ] as const) {
      await page.getByTestId(button).click();
      await page.getByRole('dialog').waitFor();
      await scan(name);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }

    const pdf = await conventions.downloadDocument('convention');
    expect(pdf.fileName).toMatch(/\.pdf$/u);
    expect(pdf.text).toContain(number);
    expect(pdf.text).toContain('Prestataire A 2018');
    expect(pdf.text).toContain('CCAS de Rennes');
    // Amounts in the French way (pdftotext may give the no-break spaces back as plain ones): the advance of the schedule.
    expect(pdf.text.replace(/\u00A0/gu, ' ')).toContain('5 600,00 €');
    await expect(page.getByTestId('document-delivered')).toContainText('Téléchargé');

    // Back on the list: the status filter narrows the rows and the totals follow.
    await conventions.openList(host.url, `?seance=${sessionId}`);
    await page.getByTestId('conventions-filter-status').click();
    await page.getByRole('option', { name: 'En cours', exact: true }).click();
    await expect(conventions.rows).toHaveCount(1);
    await expect(page.getByTestId('conventions-total-count')).toHaveText('1');
    await expect(page.getByTestId('conventions-total-paid')).toHaveText(euros('5 600,00 €'));

    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((name) => [name, []])));
  });
});

test('the settings take the CCAS’s SIRET and the default advance, and refuse a SIRET whose key is wrong', async ({ page, host }) => {
  await page.goto(`${host.url}#/parametres`);
  await page.getByTestId('settings-name').fill('CCAS de Rennes');
  await page.getByTestId('settings-siret').fill('263 501 728 00013');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('SIRET invalide : 14 chiffres dont la clé de contrôle (Luhn).')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('settings-siret').fill('263 501 728 00012');
  await page.getByTestId('settings-advance-percent').fill('60');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('settings-siret')).toHaveValue('26350172800012');
  await expect(page.getByTestId('settings-advance-percent')).toHaveValue('60 %');
});
