// Offline laptops, for the pack specs: the bytes of a file the page saves (a download in the browser
// mode), and a juror scoring every sheet of jury mode with the mouse, as on their own laptop.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

// Four words without a link, as the chair must choose (12 characters or 4 words, not the juror's name).
export const PASSPHRASE = 'velours citron pirogue manivelle';
export const SHORT_PASSPHRASE = 'La phrase de passe doit compter au moins 12 caractères, ou 4 mots séparés par des espaces (par exemple «\u00a0girafe orage lundi crayon\u00a0»).';

export type Downloaded = { name: string; bytes: Buffer };

/** Runs the act that saves a file and returns what the browser downloaded: its suggested name and bytes. */
export async function downloadOf(page: Page, act: () => Promise<void>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

/** The file input of a form, fed the bytes as the person would choose them. */
export async function chooseFile(page: Page, scope: string, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId(scope).locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

/** From the juror's agenda: each sheet opened in turn, every criterion at the given level, back to the agenda. */
export async function scoreEverySheet(page: Page, level: number): Promise<void> {
  const count = await page.getByTestId('jury-open-sheet').count();
  for (let index = 0; index < count; index += 1) {
    await page.getByTestId('jury-open-sheet').nth(index).click();
    await page.getByTestId('jury-grid').waitFor();
    for (const criterion of await page.getByTestId('criterion').all()) await criterion.getByRole('radio').nth(level).check();
    await page.getByTestId('jury-save-status').getByText(/^Enregistré/u).waitFor();
    await page.getByTestId('jury-back').click();
    await page.getByTestId('jury-agenda').waitFor();
  }
}
