// Issue 10, items 1, 2, 3, 12 and 13 in Chromium: a call's total over all its applications (not the 200
// its page loads); the commission's decision on the application page with the status frozen, in the list
// (filter and sort by avis) and on the provider's page; a long title kept whole, counted and refused; the
// recevabilité refusal as a notice leading to the points left. Screenshots at 1280×720 in test-results/.
import { formatEuros } from '../../core/domain/money.ts';
import { callApi, seedCallAndProvider } from './pages/applications-page.ts';
import { DecisionsPage, seedCallWithApplications, seedDecidedSession } from './pages/decisions-page.ts';
import { expect, test } from './support/fixtures.ts';

test('a call with more applications than its page loads shows the host’s total of all of them', async ({ page, host }) => {
  test.setTimeout(180_000);
  const decisions = new DecisionsPage(page);
  const { callId, requestedCents } = await seedCallWithApplications(page, host.url, 205);

  await decisions.openCall(host.url, callId);
  await expect(page.getByTestId('related-application-row')).toHaveCount(200);
  await expect(decisions.relatedCount).toHaveText(`205 dossiers · ${formatEuros(requestedCents)} demandés`);
  await expect(page.getByTestId('related-applications')).toContainText('Les 200 premiers sont affichés');
  await decisions.shot('1-call-total');
  await page.getByTestId('related-application-row').nth(3).scrollIntoViewIfNeeded();
  await decisions.shot('1-call-applications');

  // The list's sentence is the host's sum too, whatever rows it holds.
  await decisions.openList(host.url, `appel=${callId}`);
  await expect(decisions.listCount).toHaveText(`205 dossiers · ${formatEuros(requestedCents)} demandés`);
});

test('the commission’s decision shows on the application, freezes its status, and reaches the list and the provider', async ({ page, host }) => {
  test.setTimeout(180_000);
  const decisions = new DecisionsPage(page);
  const seed = await seedDecidedSession(page, host.url);
  const [actionA, actionB] = seed.applications;

  await decisions.openApplication(host.url, actionA?.id ?? 0);
  await expect(decisions.decision).toHaveCount(1);
  await expect(decisions.decision.getByTestId('decision-avis')).toHaveText('Favorable');
  await expect(decisions.decision.getByTestId('decision-proposed')).toHaveText(`${formatEuros(800_000)} proposés`);
  await expect(decisions.decision.getByTestId('decision-session-link')).toHaveText('CAI du 12 mars 2018');
  await expect(decisions.decision.getByTestId('decision-session-link')).toHaveAttribute('href', `#/seances/${seed.sessionId}`);
  await expect(decisions.decision.getByTestId('decision-deliberation-link')).toHaveAttribute('href', `#/seances/${seed.sessionId}/deliberation`);
  await expect(decisions.decision.getByTestId('decision-scores')).toHaveText(/^Moyenne \d+,\d\d \/ 20 · rang \d sur 3 · 4 membres ont noté/u);
  await expect(decisions.decision).toContainText('Motivation : Action utile au pacte.');
  await expect(decisions.convention).toContainText('Arrêté attributif');
  await expect(decisions.convention.getByTestId('decision-convention-link')).toHaveText(seed.conventionNumber);
  await expect(decisions.convention.getByTestId('decision-convention-paid')).toHaveText(formatEuros(560_000));
  // The status can no longer change, and the page says why and where to go instead.
  await expect(decisions.statusLocked).toContainText('Le statut du dossier ne peut plus changer : il a un arrêté attributif');
  await expect(decisions.statusButton('irrecevable')).toBeDisabled();
  await expect(decisions.statusButton('depose')).toBeDisabled();
  await decisions.shot('3-application-decision');
  await decisions.statusLocked.scrollIntoViewIfNeeded();
  await decisions.shot('2-application-status-locked');
  // The avis technique, previewed from the application.
  await decisions.decision.getByTestId('decision-avis-document').click();
  await expect(page.getByTestId('document-preview')).toContainText('Aperçu — avis-');
  await page.getByRole('button', { name: 'Fermer', exact: true }).click();

  // The list: filtered by avis, then sorted by it (favourable first).
  await decisions.openList(host.url);
  await decisions.choose(page.getByTestId('filter-avis'), 'Défavorable');
  await expect(page).toHaveURL(/avis=defavorable/u);
  await expect(decisions.rows).toHaveCount(1);
  await expect(decisions.rows.first()).toContainText(actionB?.title ?? '?');
  await expect(decisions.listCount).toHaveText(`1 dossier · ${formatEuros(1_000_000)} demandés`);
  await page.getByTestId('filters-clear').click();
  await page.getByTestId('sort-avis').click();
  await expect(decisions.rows).toHaveCount(3);
  await expect(decisions.rows.getByTestId('application-avis')).toHaveText(['Favorable', 'Ajourné', 'Défavorable']);
  await expect(decisions.rows.first().getByTestId('application-proposed')).toHaveText(formatEuros(800_000));
  await expect(decisions.listCount).toHaveText(`3 dossiers · ${formatEuros(3_000_000)} demandés · ${formatEuros(800_000)} proposés`);
  await decisions.shot('3-list-sorted-by-avis');

  // The provider: its funding history, year by year.
  await decisions.openProvider(host.url, actionA?.providerId ?? 0);
  const year = decisions.fundingYear(2018);
  await expect(year).toContainText('1 favorable');
  await expect(year.getByTestId('funding-proposed')).toHaveText(formatEuros(800_000));
  await expect(year.getByTestId('funding-convention')).toHaveText(formatEuros(800_000));
  await expect(year.getByTestId('funding-paid')).toHaveText(formatEuros(560_000));
  await expect(page.getByTestId('related-application-row').getByTestId('application-avis')).toHaveText('Favorable');
  await decisions.funding.scrollIntoViewIfNeeded();
  await decisions.shot('3-provider-funding');
  await page.getByTestId('related-application-row').scrollIntoViewIfNeeded();
  await decisions.shot('3-provider-applications');
});

test('a title longer than 300 characters is kept whole while typing, counted, and refused with its length', async ({ page, host }) => {
  const decisions = new DecisionsPage(page);
  const seed = await seedCallAndProvider(page, host.url);
  const long = `Atelier vélo ${'et mobilité douce pour tous '.repeat(14)}`.trim();
  expect(long.length).toBeGreaterThan(300);
  await page.goto(`${host.url}#/dossiers/nouveau?appel=${seed.callId}&prestataire=${seed.providerId}`);
  const title = page.getByTestId('application-title');
  await title.fill(long);
  // Nothing cut by the browser: what was pasted is there, counted.
  await expect(title).toHaveValue(long);
  const counter = page.getByTestId('application-title-counter');
  await expect(counter).toHaveText(`${long.length} / 300 caractères (${long.length - 300} de trop : le détail a sa place dans le résumé)`);
  await expect(counter).toHaveAttribute('data-over', 'true');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('application-form')).toContainText(`L’intitulé fait ${long.length} caractères : 300 au plus.`);
  await title.scrollIntoViewIfNeeded();
  await decisions.shot('12-title-counter');

  const kept = long.slice(0, 300);
  await title.fill(kept);
  await expect(counter).toHaveText(`${kept.trim().length} / 300 caractères`);
});

test('the recevabilité refusal is a notice naming the points left, each leading to its point, not an error under “Motif”', async ({ page, host }) => {
  const decisions = new DecisionsPage(page);
  const seed = await seedCallAndProvider(page, host.url);
  const application = await callApi<{ id: number }>(page, host.url, 'applications.create', {
    callId: seed.callId,
    providerId: seed.providerId,
    title: 'Vélo-école',
    primaryObjectiveId: seed.objective('6.1.1'),
    budgetLines: [
      { account: '64', amountCents: 1_000_000 },
      { account: '74-ccas', amountCents: 1_000_000 },
    ],
  });
  await callApi(page, host.url, 'applications.setStatus', { id: application.id, status: 'depose' });
  const eligibility = await callApi<{ items: { key: string; label: string; state: string }[] }>(page, host.url, 'eligibility.get', { applicationId: application.id });
  const left = eligibility.items.filter((item) => item.state === 'missing' || item.state === 'to_check');
  expect(left.length).toBeGreaterThan(1);

  await decisions.openApplication(host.url, application.id);
  await decisions.statusButton('recevable').click();
  const notice = page.getByTestId('recevable-blockers');
  await expect(notice).toContainText('Le dossier ne peut pas encore être déclaré recevable');
  await expect(notice).toContainText(`Il reste ${left.length} points de recevabilité à remplir`);
  await expect(notice.getByTestId('recevable-blocker-link')).toHaveText(left.map((item) => item.label));
  // The optional reason is not what is wrong: no red field, no error under it.
  await expect(page.getByTestId('status-reason')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('status-confirm')).toBeDisabled();
  await decisions.shot('13-recevable-notice');

  // A link closes the dialog and leads to the point in the checklist.
  const manual = left.find((item) => item.state === 'to_check');
  await notice.getByRole('button', { name: manual?.label ?? '?' }).click();
  await expect(page.getByTestId('status-modal')).toBeHidden();
  // A point ticked by hand: its box has the focus, ready for Space.
  const row = page.locator(`[data-testid="eligibility-item"][data-key="${manual?.key ?? ''}"]`);
  await expect(row.getByRole('checkbox')).toBeFocused();
  await expect(row).toBeInViewport();
});
