// Providers: recorded through the form with identifiers checked and normalised, found by a search
// that ignores accents, warned about when they look like one already known, corrected.
import { expect, test } from './support/fixtures.ts';
import { ProvidersPage, type ProviderEntry } from './pages/providers-page.ts';

const elan: ProviderEntry = {
  name: 'Élan Créateur',
  legalForm: 'Association',
  // Typed with spaces, as printed on a Kbis; a valid Luhn key.
  siret: '732 829 320 00074',
  // Typed in lower case; stored as the prefecture writes it.
  rna: 'w352001234',
  address: '12 rue de Châtillon',
  postalCode: '35000',
  city: 'Rennes',
  representativeName: 'Maïwenn Le Bihan',
  representativeRole: 'Présidente',
  contactName: 'Yann Guével',
  contactEmail: 'contact@elan-createur.example',
  contactPhone: '02.99.30.12.34',
  notes: 'Porte des ateliers numériques\nà Maurepas.',
};

test('a provider created through the form is listed and found by a search without accents', async ({ page, host }) => {
  const providers = new ProvidersPage(page);
  await providers.open(host.url);
  await expect(providers.emptyState).toBeVisible();
  await providers.emptyState.getByRole('link', { name: 'Nouveau prestataire' }).click();

  await providers.fill(elan);
  await providers.save();

  await expect(providers.title).toHaveText('Élan Créateur');
  await expect(page.getByTestId('provider-detail-siret')).toHaveText('732 829 320 00074');
  await expect(page.getByTestId('provider-detail-rna')).toHaveText('W352001234');
  await expect(page.getByTestId('provider-detail-legal-form')).toHaveText('Association');
  await expect(page.getByTestId('provider-contact-email-link')).toHaveAttribute('href', 'mailto:contact@elan-createur.example');
  await expect(page.getByTestId('provider-contact-phone-link')).toHaveText('02 99 30 12 34');
  await expect(page.getByTestId('provider-contact-phone-link')).toHaveAttribute('href', 'tel:0299301234');
  await expect(page.getByTestId('related-applications')).toContainText('Ce prestataire n’a encore déposé aucun dossier.');

  await page.getByRole('link', { name: 'Prestataires' }).first().click();
  await expect(providers.count).toHaveText('1 prestataire');
  const row = providers.row('Élan Créateur');
  await expect(row).toContainText('Association');
  await expect(row).toContainText('732 829 320 00074');
  await expect(row).toContainText('Rennes');

  await providers.search('ELAN createur');
  await expect(providers.count).toHaveText('1 prestataire pour « ELAN createur »');
  await expect(providers.row('Élan Créateur')).toBeVisible();
  await providers.search('tapaj');
  await expect(providers.count).toHaveText('0 prestataire pour « tapaj »');
  await expect(providers.rows).toHaveCount(0);
});

test('a SIRET with a wrong key is refused in French under its field and nothing is created', async ({ page, host }) => {
  const providers = new ProvidersPage(page);
  await providers.openNew(host.url);
  await providers.fill({ name: 'Envie 35', legalForm: 'Entreprise', siret: '73282932000075' });
  // No RNA for a company: the field is not offered.
  await expect(providers.rna).toHaveCount(0);
  await providers.saveButton.click();

  await expect(providers.errorOf(providers.siret)).toHaveText('Clé de contrôle du SIRET invalide : vérifiez les chiffres.');
  await expect(providers.siret).toHaveAttribute('aria-invalid', 'true');
  await expect(providers.siret).toBeFocused();
  await expect(page).toHaveURL(/#\/prestataires\/nouveau$/u);

  await providers.open(host.url);
  await expect(providers.emptyState).toBeVisible();
});

test('a provider with a very close name raises a probable-duplicate warning that does not block saving', async ({ page, host }) => {
  const providers = new ProvidersPage(page);
  await providers.openNew(host.url);
  await providers.fill({ name: 'Envie 35', legalForm: 'Entreprise', siret: '732 829 320 00074', city: 'Rennes' });
  await providers.save();
  const firstUrl = page.url();

  await providers.openNew(host.url);
  await providers.name.fill('ENVIE35');
  await expect(providers.duplicates).toContainText('Doublon probable : « Envie 35 » (nom très proche');
  await providers.duplicates.getByRole('link', { name: '« Envie 35 »' }).click();
  // The name typed is not dropped silently: the person chooses to leave it for the other provider.
  await page.getByTestId('discard-confirm-discard').click();
  await expect(page).toHaveURL(firstUrl);
  await expect(providers.title).toHaveText('Envie 35');

  // Saved anyway; the provider page repeats the warning.
  await providers.openNew(host.url);
  await providers.fill({ name: 'ENVIE35', legalForm: 'Association' });
  await expect(providers.duplicates).toBeVisible();
  await providers.save();
  await expect(providers.title).toHaveText('ENVIE35');
  await expect(page.getByTestId('provider-duplicate')).toContainText('« Envie 35 »');

  // The same SIRET is refused by the host, under the SIRET field.
  await providers.openNew(host.url);
  await providers.fill({ name: 'Envie Bretagne', legalForm: 'Entreprise', siret: '73282932000074' });
  await expect(page.getByTestId('provider-duplicate').filter({ hasText: 'même SIRET' })).toBeVisible();
  await providers.saveButton.click();
  await expect(providers.errorOf(providers.siret)).toContainText('est déjà celui du prestataire « Envie 35 »');
  await providers.open(host.url);
  await expect(providers.count).toHaveText('2 prestataires');
});

test('a provider is corrected through its page', async ({ page, host }) => {
  const providers = new ProvidersPage(page);
  await providers.openNew(host.url);
  await providers.fill({ name: 'Vélo-école de Rennes', legalForm: 'Association', city: 'Rennes' });
  await providers.save();

  await providers.editButton.click();
  await expect(providers.name).toHaveValue('Vélo-école de Rennes');
  await providers.name.fill('Vélo-école solidaire de Rennes');
  await providers.field('Contact', 'Téléphone').fill('+33 6 12 34 56 78');
  await providers.field('Contact', 'E-mail').fill('pas-une-adresse');
  await providers.saveButton.click();
  await expect(providers.errorOf(providers.field('Contact', 'E-mail'))).toHaveText('Adresse e-mail invalide : « pas-une-adresse ».');

  await providers.field('Contact', 'E-mail').fill('velo@example.org');
  await providers.save();
  await expect(providers.savedNotice).toContainText('Modifications enregistrées');
  await expect(providers.title).toHaveText('Vélo-école solidaire de Rennes');
  await expect(page.getByTestId('provider-contact-phone-link')).toHaveText('06 12 34 56 78');
  // Its own name is no duplicate of itself.
  await expect(providers.duplicates).toHaveCount(0);

  await page.reload();
  await expect(providers.savedNotice).toHaveCount(0);
  await providers.open(host.url);
  await providers.search('velo solidaire');
  await expect(providers.row('Vélo-école solidaire de Rennes')).toBeVisible();
});
