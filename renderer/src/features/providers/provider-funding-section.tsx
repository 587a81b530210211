// "Historique des financements": a provider's applications year by year (the call's year) and what came
// of them — requested, the commission's avis, proposed, under convention, paid — with the sums over
// all years, every figure summed by the host in SQL.
import { Table, Text } from '@mantine/core';
import type { ProviderFundingYear } from '../../../../core/service/api.ts';
import { AVIS_LABELS, type AvisKind } from '../../../../core/domain/jury/avis.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useProviderFunding } from './use-providers.ts';

type Props = { providerId: number };

const figureStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
const PLURAL_AVIS: Record<AvisKind, string> = { favorable: 'favorables', favorable_sous_reserve: 'sous réserve', ajourne: 'ajournés', defavorable: 'défavorables' };
const SINGULAR_AVIS: Record<AvisKind, string> = { favorable: 'favorable', favorable_sous_reserve: 'sous réserve', ajourne: 'ajourné', defavorable: 'défavorable' };

/** "1 favorable, 1 sous réserve, 2 ajournés"; "—" before any avis. */
function avisSentence(counts: ProviderFundingYear['avisCounts']): string {
  const parts = (Object.keys(AVIS_LABELS) as AvisKind[]).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${counts[kind] > 1 ? PLURAL_AVIS[kind] : SINGULAR_AVIS[kind]}`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

function FigureCells({ row }: { row: Omit<ProviderFundingYear, 'year'> }) {
  return (
    <>
      <Table.Td ta="right" style={figureStyle}>
        {row.applicationCount}
      </Table.Td>
      <Table.Td ta="right" style={figureStyle}>
        {formatEuros(row.requestedCents)}
      </Table.Td>
      <Table.Td>{avisSentence(row.avisCounts)}</Table.Td>
      <Table.Td ta="right" style={figureStyle} data-testid="funding-proposed">
        {formatEuros(row.proposedCents)}
      </Table.Td>
      <Table.Td ta="right" style={figureStyle} data-testid="funding-convention">
        {row.conventionCount === 0 ? '—' : formatEuros(row.conventionCents)}
      </Table.Td>
      <Table.Td ta="right" style={figureStyle} data-testid="funding-paid">
        {formatEuros(row.paidCents)}
      </Table.Td>
    </>
  );
}

export function ProviderFundingSection({ providerId }: Props) {
  const funding = useProviderFunding(providerId);
  if (funding.isPending) return <PageLoader label="Chargement de l’historique…" />;
  if (funding.isError) return <ErrorAlert error={funding.error} title="L’historique des financements n’a pas pu être chargé" onRetry={() => void funding.refetch()} />;
  const { years, totals } = funding.data;
  if (years.length === 0) return <Text size="sm">Aucun dossier, donc aucun financement pour l’instant.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder verticalSpacing="xs" aria-label="Historique des financements par année" data-testid="provider-funding">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Année</Table.Th>
            <Table.Th w={80} ta="right">
              Dossiers
            </Table.Th>
            <Table.Th ta="right">Demandé</Table.Th>
            <Table.Th>Avis de la CAI</Table.Th>
            <Table.Th ta="right">Proposé</Table.Th>
            <Table.Th ta="right">Conventionné</Table.Th>
            <Table.Th ta="right">Versé</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((row) => (
            <Table.Tr key={row.year} data-testid="funding-year" data-year={row.year}>
              <Table.Td>{row.year}</Table.Td>
              <FigureCells row={row} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        {years.length > 1 && (
          <Table.Tfoot>
            <Table.Tr data-testid="funding-total">
              <Table.Th scope="row">Total</Table.Th>
              <FigureCells row={totals} />
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
