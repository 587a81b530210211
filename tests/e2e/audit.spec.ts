// The audit log in the settings: a write appears with its author and operation, and the check of the
// chain says it is intact.
import { expect, test } from './support/fixtures.ts';
import { callApi } from './pages/applications-page.ts';

test('a write appears in the audit log, and the chain checks out', async ({ page, host }) => {
  await page.goto(host.url);
  await callApi(page, host.url, 'calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
  await page.goto(`${host.url}#/parametres`);
  const section = page.getByTestId('audit-section');
  await expect(section.getByTestId('audit-row').first()).toContainText('Appel à projets créé');
  await expect(section.getByTestId('audit-row').first()).toContainText('calls.create');
  await section.getByTestId('audit-verify').click();
  await expect(section.getByTestId('audit-verify-result')).toHaveText('Journal d’audit intègre : 1 entrée vérifiée.');
  await expect(section.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
});
