// The session's documents from its page in Chromium: a refusal in French while the avis are missing,
// then the relevé d'avis downloaded as a real PDF (its text read back), the preview, and the avis
// techniques one per application with the progress shown.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './pages/applications-page.ts';
import { CHAIR_PIN, JURORS, scoreThroughApi, seedScoringSession } from './pages/jury-page.ts';

test('the relevé d’avis is refused until every avis is given, then downloaded from the session page', async ({ page, host }) => {
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  for (const juror of JURORS) await scoreThroughApi(page, host.url, seed, juror.name, Object.fromEntries(seed.applications.map((application, index) => [application.id, () => (index + 2) % 5])));
  for (const jurorId of Object.values(seed.jurorIds)) await callApi(page, host.url, 'sessions.setAttendance', { sessionId: seed.sessionId, jurorId, attendance: 'present' });
  await callApi(page, host.url, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await callApi(page, host.url, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });

  await page.goto(`${host.url}#/seances/${seed.sessionId}`);
  const panel = page.getByTestId('session-documents');
  await panel.getByTestId('document-releve-save').click();
  await expect(panel.getByTestId('document-error')).toContainText('3 dossiers n’ont pas encore d’avis');

  const [first, second, third] = seed.applications;
  await callApi(page, host.url, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: first?.id, kind: 'favorable', proposedCents: 800_000 });
  await callApi(page, host.url, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: second?.id, kind: 'favorable_sous_reserve', proposedCents: 1_000_000, conditions: 'Bilan en juin.' });
  await callApi(page, host.url, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: third?.id, kind: 'defavorable', reasons: 'Hors du champ du pacte.' });

  const downloaded = page.waitForEvent('download');
  await panel.getByTestId('document-releve-save').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^releve-avis-seance-\d+-2018-03-12\.pdf$/u);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Relevé d’avis de la séance');
  expect(text).toContain('Favorable sous réserve');
  expect(text).toMatch(/18 000,00 €/u);
  await expect(panel.getByTestId('document-delivered')).toContainText('Téléchargé : releve-avis-seance-');

  // The preview shows the PDF in the page itself, with its reference, before anything is saved.
  await panel.getByTestId('document-releve-preview').click();
  await expect(page.getByTestId('document-preview-frame')).toHaveAttribute('src', /^blob:/u);
  await expect(page.getByTestId('document-preview')).toContainText(`Référence CAI-2018-03-12-S${seed.sessionId}-RELEVE`);
  await page.getByRole('button', { name: 'Fermer l’aperçu' }).click();

  // One PDF per application: each is produced in turn, then all are handed over.
  const downloads: string[] = [];
  page.on('download', (event) => downloads.push(event.suggestedFilename()));
  await panel.getByTestId('document-avis-files').click();
  await expect(panel.getByTestId('document-delivered')).toContainText('avis-technique-');
  await expect.poll(() => downloads.length).toBe(3);
  expect(downloads.every((name) => /^avis-technique-\d+-.+\.pdf$/u.test(name))).toBe(true);
});
