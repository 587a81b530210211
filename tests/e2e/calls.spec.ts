// Calls for projects through the screens: French amounts in, French amounts out, refusals under their fields.
import { expect, test } from './support/fixtures.ts';
import { CallsPage, type CallEntry } from './pages/calls-page.ts';
import { discardChanges } from './support/form-helpers.ts';

const call2018: CallEntry = {
  year: '2018',
  title: 'Appel à projets 2018',
  opensOn: '01/09/2017',
  closesOn: '15/10/2017',
  envelope: '420 000',
  levers: { 6: '50 000,50' },
  priorities: 'Quartiers prioritaires de la politique de la ville.',
};

// formatEuros writes no-break spaces (U+00A0) between thousands and before "€"; \s matches them.
const euros = (shown: string) => new RegExp(shown.replace(/ /gu, '\\s'));

test('a call created with French amounts is listed, shown and edited', async ({ page, host }) => {
  const calls = new CallsPage(page);
  await calls.open(host.url);
  await expect(calls.emptyState).toBeVisible();
  await calls.newButton.click();
  await calls.form.waitFor();
  await calls.fill(call2018);
  // The total is rewritten the French way on leaving the field, and the levers' summary follows.
  await expect(calls.envelope).toHaveValue(euros('420 000,00 €'));
  await expect(calls.leverSummary).toContainText(euros('reste 369 999,50 €'));
  await calls.save();

  await expect(calls.savedNotice).toContainText('Appel à projets créé');
  await expect(calls.detailTitle).toHaveText('Appel à projets 2018');
  await expect(calls.detailStatus).toHaveText('En préparation');
  await expect(calls.detailEnvelope).toHaveText(euros('420 000,00 €'));
  await expect(calls.detailPeriod).toHaveText('du 01/09/2017 au 15/10/2017');
  await expect(calls.leverRows).toHaveCount(1);
  await expect(calls.leverRow(6)).toContainText('Favoriser la mobilité');
  await expect(calls.leverRow(6)).toContainText(euros('50 000,50 €'));
  await expect(calls.leverRow(6)).toContainText(euros('11,9 %'));
  await expect(page.getByText('Aucun dossier n’est encore rattaché à cet appel.')).toBeVisible();

  await calls.open(host.url);
  await expect(calls.rows).toHaveCount(1);
  const row = calls.row('Appel à projets 2018');
  await expect(row).toContainText('2018');
  await expect(row).toContainText('du 01/09/2017 au 15/10/2017');
  await expect(row.getByTestId('call-envelope')).toHaveText(euros('420 000,00 €'));
  await expect(row).toContainText('PRI-2017-2021');

  // A click anywhere on the row opens the call.
  await row.getByText('PRI-2017-2021').click();
  await calls.detail.waitFor();
  await calls.editButton.click();
  await calls.form.waitFor();
  await expect(calls.title).toHaveValue('Appel à projets 2018');
  await expect(calls.leverInput(6)).toHaveValue(euros('50 000,50 €'));
  await calls.fill({ status: 'Ouvert', levers: { 6: '60 000' } });
  await calls.save();
  await expect(calls.savedNotice).toContainText('Modifications enregistrées');
  await expect(calls.detailStatus).toHaveText('Ouvert');
  await expect(calls.leverRow(6)).toContainText(euros('60 000,00 €'));

  await calls.open(host.url);
  await expect(calls.row('Appel à projets 2018').getByTestId('call-status')).toHaveText('Ouvert');
});

test('a closing date before the opening date is refused under its field and nothing is created', async ({ page, host }) => {
  const calls = new CallsPage(page);
  await calls.openNew(host.url);
  await calls.fill({ ...call2018, opensOn: '15/10/2017', closesOn: '01/09/2017' });
  await calls.saveButton.click();
  await expect(calls.closesOn).toHaveAttribute('aria-invalid', 'true');
  expect(await calls.errorOf(calls.closesOn)).toContain("La clôture précède l'ouverture.");
  await expect(calls.detail).toHaveCount(0);

  // Leaving the refused form asks first; the person drops it.
  await calls.cancelButton.click();
  await discardChanges(page);
  await expect(calls.emptyState).toBeVisible();
});

test('an unreadable amount says so under its field', async ({ page, host }) => {
  const calls = new CallsPage(page);
  await calls.openNew(host.url);
  await calls.fill({ ...call2018, envelope: '12,345' });
  await calls.saveButton.click();
  await expect(calls.envelope).toHaveAttribute('aria-invalid', 'true');
  expect(await calls.errorOf(calls.envelope)).toContain('Montant illisible');
  // An unreadable amount is left as typed, for the person to correct it.
  await expect(calls.envelope).toHaveValue('12,345');

  await calls.envelope.fill('420 000');
  await calls.leverInput(6).fill('500 000');
  await calls.priorities.click();
  await expect(calls.leverSummary).toContainText(euros('dépassement de 80 000,00 €'));
  await calls.saveButton.click();
  await expect(page.getByTestId('call-levers-error')).toHaveText("La somme des enveloppes par levier dépasse l'enveloppe totale de l'appel.");

  await calls.cancelButton.click();
  await discardChanges(page);
  await expect(calls.emptyState).toBeVisible();
});
