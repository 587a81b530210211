// Organisation settings are saved in the database and survive a restart of the host.
import { expect, signIn, test } from './support/fixtures.ts';
import { SettingsPage, type OrganisationEntry } from './pages/settings-page.ts';
import { startServeHost } from './support/serve-host.ts';

const ccas: OrganisationEntry = {
  name: 'CCAS de Rennes',
  department: "Direction Insertion et Aides à la Population",
  address: 'Hôtel de Ville, place de la Mairie',
  postalCode: '35000',
  city: 'Rennes',
  phone: '02 23 62 10 10',
  email: 'insertion@ccas-rennes.example',
  signatories: [
    { name: 'Nathalie Appéré', role: 'Présidente du CCAS' },
    { name: 'Jeanne Le Goff', role: 'Vice-présidente déléguée' },
  ],
};

test('settings saved survive a restart of the host', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await settings.fill(ccas);
  await settings.save();
  await expect(page.getByTestId('header-organisation')).toHaveText(ccas.name);
  await host.stop();

  const restarted = await startServeHost(host.databaseFile);
  try {
    // A new run of the host, a new token: the person opens the newly printed address.
    await signIn(page.context(), restarted, { name: 'Camille Laurent' });
    await settings.open(restarted.url);
    await expect(settings.name).toHaveValue(ccas.name);
    await expect(settings.department).toHaveValue(ccas.department);
    await expect(settings.postalCode).toHaveValue(ccas.postalCode);
    await expect(settings.email).toHaveValue(ccas.email);
    await expect(settings.signatory(0).name).toHaveValue('Nathalie Appéré');
    await expect(settings.signatory(1).role).toHaveValue('Vice-présidente déléguée');
  } finally {
    await restarted.stop();
  }
});

test('an invalid e-mail is refused in French under its field and nothing is saved', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await settings.name.fill('CCAS de Rennes');
  await settings.email.fill('pas-une-adresse');
  await settings.saveButton.click();
  await expect(page.getByText('Adresse e-mail invalide.')).toBeVisible();
  await page.reload();
  await expect(settings.name).toHaveValue('');
});

test('a logo can be attached and is kept', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await settings.name.fill('CCAS de Rennes');
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await settings.logoFile.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(settings.logoPreview).toBeVisible();
  await settings.save();
  await page.reload();
  await expect(settings.logoPreview).toBeVisible();
});
