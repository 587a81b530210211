// Everything recorded about a provider, one row per subject; what is missing is said, not left blank.
import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { roleTitle, withCivility } from '../../../../core/domain/french-gender.ts';
import type { Provider } from '../../../../core/service/api.ts';
import { LEGAL_FORM_LABELS } from '../../../../core/service/providers/providers-api.ts';
import { displaySiret } from './provider-labels.ts';

type Props = { provider: Provider };

const missing = (
  <Text span size="sm" c="dimmed">
    Non renseigné
  </Text>
);

export function ProviderDetailCard({ provider }: Props) {
  const siret = displaySiret(provider.siret);
  const cityLine = [provider.postalCode, provider.city].filter((part) => part !== '').join(' ');
  const hasAddress = provider.address !== '' || cityLine !== '';
  const hasRepresentative = provider.representativeName !== '' || provider.representativeRole !== '';
  const hasContact = provider.contactName !== '' || provider.contactEmail !== '' || provider.contactPhone !== '';

  const rows: [string, ReactNode, string][] = [
    ['Forme juridique', LEGAL_FORM_LABELS[provider.legalForm], 'legal-form'],
    ['SIRET', siret ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{siret}</span> : missing, 'siret'],
  ];
  // Only associations have an RNA number; for others the row would only say "not applicable".
  if (provider.legalForm === 'association' || provider.rna) rows.push(['Numéro RNA', provider.rna ?? missing, 'rna']);
  rows.push(
    [
      'Adresse',
      hasAddress ? (
        <>
          {provider.address !== '' && <div>{provider.address}</div>}
          {cityLine !== '' && <div>{cityLine}</div>}
        </>
      ) : (
        missing
      ),
      'address',
    ],
    [
      roleTitle('Représentant légal', provider.representativeCivility),
      hasRepresentative ? [withCivility(provider.representativeName, provider.representativeCivility), provider.representativeRole].filter((part) => part !== '').join(', ') : missing,
      'representative',
    ],
    [
      'Contact',
      hasContact ? (
        <Stack gap={2}>
          {provider.contactName !== '' && <div>{provider.contactName}</div>}
          {provider.contactEmail !== '' && (
            <Anchor href={`mailto:${provider.contactEmail}`} size="sm" w="fit-content" data-testid="provider-contact-email-link">
              {provider.contactEmail}
            </Anchor>
          )}
          {provider.contactPhone !== '' && (
            <Anchor href={`tel:${provider.contactPhone.replace(/\s+/gu, '')}`} size="sm" w="fit-content" data-testid="provider-contact-phone-link">
              {provider.contactPhone}
            </Anchor>
          )}
        </Stack>
      ) : (
        missing
      ),
      'contact',
    ],
    ['Notes', provider.notes !== '' ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{provider.notes}</Text> : missing, 'notes'],
  );

  return (
    <Paper withBorder maw={880}>
      <Table variant="vertical" layout="fixed" verticalSpacing="sm" data-testid="provider-detail">
        <Table.Tbody>
          {rows.map(([label, value, key]) => (
            <Table.Tr key={key}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td data-testid={`provider-detail-${key}`} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

