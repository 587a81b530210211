// "Paramètres": the organisation's identity as documents will print it, the pact referentials, demo data, the
// way to a juror's pack (a juror's laptop starts here), and the app itself.
import { Divider, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { JuryPackSettingsSection } from '../packs/jury-pack-links.tsx';
import { AuditSection } from '../audit/audit-section.tsx';
import { BackupsSection } from './backups/backups-section.tsx';
import { LocalUserSection } from './local-user-section.tsx';
import { AboutSection } from './about-section.tsx';
import { DemoDataSection } from './demo-data-section.tsx';
import { OrganisationForm } from './organisation-form.tsx';
import { PactReferentialsSection } from './pact-referentials-section.tsx';
import { useOrganisation } from './use-organisation.ts';

export function SettingsPage() {
  usePageTitle('Paramètres');
  const organisation = useOrganisation();

  return (
    <Stack gap="lg" data-testid="settings-page">
      <Title order={1}>Paramètres</Title>
      <Stack gap={4}>
        <Title order={2}>Organisme</Title>
        <Text maw={760}>
          L’identité de l’organisme qui porte la commission : elle figure en tête des avis, relevés d’avis et
          conventions. Les champs marqués d’un astérisque sont obligatoires.
        </Text>
      </Stack>
      {organisation.isPending && <PageLoader label="Chargement des paramètres…" />}
      {organisation.isError && (
        <ErrorAlert
          error={organisation.error}
          title="Les paramètres n’ont pas pu être chargés"
          onRetry={() => void organisation.refetch()}
        />
      )}
      {/* Mounted only once loaded, so the form starts from the stored values rather than blanks. */}
      {organisation.isSuccess && <OrganisationForm settings={organisation.data} />}
      <Divider my="sm" />
      <PactReferentialsSection />
      <Divider my="sm" />
      <DemoDataSection />
      <Divider my="sm" />
      <JuryPackSettingsSection />
      <Divider my="sm" />
      <LocalUserSection />
      <Divider my="sm" />
      <BackupsSection />
      <Divider my="sm" />
      <AuditSection />
      <Divider my="sm" />
      <AboutSection />
    </Stack>
  );
}
