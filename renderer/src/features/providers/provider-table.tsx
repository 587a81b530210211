// One page of providers, by name; a row opens the provider, its name is the link for the keyboard.
import { Anchor, Group, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProviderSummary } from '../../../../core/service/api.ts';
import { LEGAL_FORM_LABELS } from '../../../../core/service/providers/providers-api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { displaySiret, providerPath } from './provider-labels.ts';

type Props = { providers: ProviderSummary[] };

const noValue = (
  <Text span size="sm" c="dimmed">
    —
  </Text>
);

export function ProviderTable({ providers }: Props) {
  const navigate = useNavigate();

  /** The whole row is a mouse target; keyboard users reach the same page through the name link. */
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: number) => {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(providerPath(id));
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder highlightOnHover verticalSpacing="sm" aria-label="Prestataires" data-testid="providers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nom</Table.Th>
            <Table.Th>Forme juridique</Table.Th>
            <Table.Th w={190}>SIRET</Table.Th>
            <Table.Th>Ville</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {providers.map((provider) => {
            const siret = displaySiret(provider.siret);
            return (
              <Table.Tr
                key={provider.id}
                onClick={(event) => openRow(event, provider.id)}
                style={{ cursor: 'pointer' }}
                data-testid="provider-row"
                data-provider-id={provider.id}
              >
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={providerPath(provider.id)} fw={600} data-testid="provider-link">
                      {provider.name}
                    </Anchor>
                    {provider.isDemo && <DemoBadge testId="provider-demo" />}
                  </Group>
                </Table.Td>
                <Table.Td>{LEGAL_FORM_LABELS[provider.legalForm]}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="provider-siret-cell">
                  {siret ?? noValue}
                </Table.Td>
                <Table.Td>{provider.city === '' ? noValue : provider.city}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
