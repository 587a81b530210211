// The two groups of the search page: applications (call year, provider, title, status) and providers
// (name, legal form, SIRET), each line a link to the record's page.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ApplicationSummary, ProviderSummary } from '../../../../core/service/api.ts';
import { LEGAL_FORM_LABELS } from '../../../../core/service/providers/providers-api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { applicationPath, APPLICATIONS_PATH } from '../applications/application-labels.ts';
import { ApplicationStatusBadge } from '../applications/application-status-badge.tsx';
import { MarkedText } from '../pact/marked-text.tsx';
import { displaySiret, providerPath, PROVIDERS_PATH } from '../providers/provider-labels.ts';

type GroupProps = {
  title: string;
  total: number;
  shown: number;
  /** The full list searched with the same words, for when the group holds more than is shown. */
  listPath: string;
  listLabel: string;
  noneText: string;
  testId: string;
  children: ReactNode;
};

function HitGroup({ title, total, shown, listPath, listLabel, noneText, testId, children }: GroupProps) {
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Title order={2} size="h3" id={headingId}>
        {`${title} (${total.toLocaleString('fr-FR')})`}
      </Title>
      {total === 0 ? (
        <Text size="sm">{noneText}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
      {total > shown && (
        <Text size="sm">
          {`Les ${shown} premiers sont affichés ; `}
          <Anchor component={Link} to={listPath}>
            {listLabel}
          </Anchor>
          .
        </Text>
      )}
    </Stack>
  );
}

const listQuery = (query: string) => `?${new URLSearchParams({ q: query }).toString()}`;

type ApplicationHitsProps = { items: ApplicationSummary[]; total: number; query: string; terms: string[] };

export function ApplicationHits({ items, total, query, terms }: ApplicationHitsProps) {
  return (
    <HitGroup
      title="Dossiers"
      total={total}
      shown={items.length}
      listPath={`${APPLICATIONS_PATH}${listQuery(query)}`}
      listLabel="voir tous les dossiers trouvés dans la liste"
      noneText="Aucun dossier ne contient ces mots."
      testId="search-applications"
    >
      {items.map((application) => (
        <Paper key={application.id} component="li" withBorder p="sm" data-testid="search-application-hit" data-application-id={application.id}>
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={applicationPath(application.id)} fw={600} data-testid="search-application-link">
                <MarkedText text={application.title} terms={terms} />
              </Anchor>
              <ApplicationStatusBadge status={application.status} size="sm" />
              {application.isDemo && <DemoBadge testId="search-application-demo" />}
            </Group>
            <Text size="sm">
              {`Appel ${application.callYear} · `}
              <MarkedText text={application.providerName} terms={terms} />
            </Text>
          </Stack>
        </Paper>
      ))}
    </HitGroup>
  );
}

type ProviderHitsProps = { items: ProviderSummary[]; total: number; query: string; terms: string[] };

export function ProviderHits({ items, total, query, terms }: ProviderHitsProps) {
  return (
    <HitGroup
      title="Prestataires"
      total={total}
      shown={items.length}
      listPath={`${PROVIDERS_PATH}${listQuery(query)}`}
      listLabel="voir tous les prestataires trouvés dans la liste"
      noneText="Aucun prestataire ne porte ce nom ou ce SIRET."
      testId="search-providers"
    >
      {items.map((provider) => {
        const siret = displaySiret(provider.siret);
        return (
          <Paper key={provider.id} component="li" withBorder p="sm" data-testid="search-provider-hit" data-provider-id={provider.id}>
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={providerPath(provider.id)} fw={600} data-testid="search-provider-link">
                  <MarkedText text={provider.name} terms={terms} />
                </Anchor>
                {provider.isDemo && <DemoBadge testId="search-provider-demo" />}
              </Group>
              <Text size="sm">
                {LEGAL_FORM_LABELS[provider.legalForm]}
                {' · '}
                <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{siret ? `SIRET ${siret}` : 'SIRET non renseigné'}</span>
              </Text>
            </Stack>
          </Paper>
        );
      })}
    </HitGroup>
  );
}
