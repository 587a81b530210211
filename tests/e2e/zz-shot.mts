import { chromium } from '@playwright/test';
import { startServeHost } from './support/serve-host.ts';

const host = await startServeHost();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
  await page.goto(`${host.url}#/appels-a-projets`);
  await page.getByTestId('calls-empty').waitFor();
  await page.screenshot({ path: '/tmp/shot-empty.png', fullPage: true });
  await page.getByRole('link', { name: 'Nouvel appel à projets' }).click();
  await page.getByTestId('call-form').waitFor();
  await page.getByLabel('Année').fill('2018');
  await page.getByLabel('Intitulé').fill('Appel à projets 2018');
  await page.getByLabel('Date d’ouverture').fill('2017-09-01');
  await page.getByLabel('Date de clôture').fill('2017-10-15');
  await page.getByLabel('Enveloppe totale').fill('420 000');
  await page.getByTestId('call-lever-6').fill('50 000,50');
  await page.getByTestId('call-lever-5').fill('12,345');
  await page.getByLabel('Priorités').fill('Quartiers prioritaires de la politique de la ville.\nMobilité des publics.');
  await page.getByLabel('Priorités').focus();
  await page.screenshot({ path: '/tmp/shot-form.png', fullPage: true });
  await page.getByTestId('call-lever-1').fill('400 000');
  await page.getByTestId('call-save').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shot-form-errors.png', fullPage: true });
  await page.getByTestId('call-lever-1').fill('');
  await page.getByTestId('call-lever-5').fill('30 000');
  await page.getByTestId('call-save').click();
  await page.getByTestId('call-detail').waitFor();
  await page.screenshot({ path: '/tmp/shot-detail.png', fullPage: true });
  await page.goto(`${host.url}#/appels-a-projets`);
  await page.getByTestId('calls-table').waitFor();
  await page.screenshot({ path: '/tmp/shot-list.png', fullPage: true });
} finally {
  await browser.close();
  await host.stop();
}
