// Attachments through the screens: a file added is listed with its size and fingerprint and ticks the
// required documents; "Ouvrir" gives the very bytes back; a withdrawal needs its reason and stays visible.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ApplicationsPage, callApi, seedCallAndProvider } from './pages/applications-page.ts';
import { AttachmentsSection } from './pages/attachments-page.ts';

/** The axe scan of accessibility.spec.ts, on this section only (WCAG 2.1 A/AA, serious or critical). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="attachments-section"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(', ')}`);
}

const STATUTS = Buffer.from('%PDF-1.4\n% Statuts de l’association Mobiliclés, adoptés le 12 mars 2015\n%%EOF\n', 'utf8');
const BUDGET = Buffer.from('compte;montant\n64;30000\n74-ccas;20000\n', 'utf8');

test('a file added is listed and ticks the checklist, opens as filed, and is withdrawn with a reason', async ({ page, host }) => {
  const seed = await seedCallAndProvider(page, host.url);
  // A renewal by an association: the CER and the last financial report are asked too.
  const application = await callApi<{ id: number }>(page, host.url, 'applications.create', { callId: seed.callId, providerId: seed.providerId, title: 'Vélo-école', isRenewal: true });
  await new ApplicationsPage(page).openDetail(host.url, application.id);
  const attachments = new AttachmentsSection(page);

  await expect(attachments.section.getByTestId('attachments-empty')).toHaveText('Aucune pièce jointe pour l’instant.');
  await expect(attachments.requiredCount).toHaveText('0 sur 5 fournies');
  await expect(attachments.required('statuts')).toHaveAttribute('data-state', 'missing');
  await expect(attachments.required('statuts')).toContainText('Statuts — Manquante');
  await expect(attachments.required('compte_rendu_financier')).toHaveAttribute('data-state', 'missing');
  // The first missing document is proposed.
  await expect(attachments.typeSelect).toHaveValue('Statuts');

  await attachments.add({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: STATUTS });
  await expect(attachments.addedNotice).toContainText('« statuts.pdf » a été ajoutée (Statuts');
  const statuts = attachments.row('statuts.pdf');
  await expect(statuts).toContainText('Statuts');
  await expect(statuts.getByTestId('attachment-size')).toHaveText(`${STATUTS.length} octets`);
  await expect(statuts.getByTestId('attachment-sha256')).toHaveAttribute('title', /^SHA-256 : [0-9a-f]{64}$/);
  await expect(attachments.required('statuts')).toHaveAttribute('data-state', 'present');
  await expect(attachments.requiredCount).toHaveText('1 sur 5 fournies');
  // The next missing one is proposed now; another type can be chosen.
  await expect(attachments.typeSelect).toHaveValue('RIB');
  await attachments.add({ name: 'budget-2018.csv', mimeType: 'text/csv', buffer: BUDGET }, 'Budget prévisionnel');
  await expect(attachments.rows).toHaveCount(2);
  await expect(attachments.required('budget')).toHaveAttribute('data-state', 'present');
  await expect(attachments.requiredCount).toHaveText('2 sur 5 fournies');

  // In a browser, "Ouvrir" saves the verified bytes under the file's own name.
  const downloading = page.waitForEvent('download');
  await statuts.getByTestId('attachment-open').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('statuts.pdf');
  expect(readFileSync(await download.path())).toEqual(STATUTS);

  expect(await seriousViolations(page)).toEqual([]);

  // Withdrawn: a reason is required, then the row stays, greyed, with it; the document is missing again.
  await statuts.getByTestId('attachment-remove').click();
  await expect(attachments.removeModal).toBeVisible();
  await attachments.removeConfirm.click();
  await expect(attachments.removeModal).toContainText('Indiquez le motif du retrait.');
  await attachments.removeReason.fill('Statuts de 2015 : la version à jour a été demandée.');
  await attachments.removeConfirm.click();
  await expect(attachments.removeModal).toHaveCount(0);
  await expect(statuts).toHaveAttribute('data-removed', 'true');
  await expect(statuts.getByTestId('attachment-removal')).toContainText('motif : Statuts de 2015 : la version à jour a été demandée.');
  await expect(statuts.getByTestId('attachment-remove')).toHaveCount(0);
  await expect(attachments.required('statuts')).toHaveAttribute('data-state', 'missing');
  await expect(attachments.requiredCount).toHaveText('1 sur 5 fournies');

  // The page read afresh says the same: it was written, not only shown.
  await page.reload();
  await expect(attachments.rows).toHaveCount(2);
  await expect(attachments.row('statuts.pdf')).toHaveAttribute('data-removed', 'true');
});
