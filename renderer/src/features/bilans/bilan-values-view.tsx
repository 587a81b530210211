// A bilan's content, read-only: the outcome and text, the figures with breakdowns beside targets, and the
// compte rendu financier with its gaps. By bilan id, or by convention and year (an expected bilan shows
// its indicators and targets, empty). Placed in the bilan pages.
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import { OUTCOME_LABELS, type BilanOutcome } from '../../../../core/domain/indicators/financial-report.ts';
import { client } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { BilanValuesFinancial } from './bilan-values-financial.tsx';
import { BilanValuesTable } from './bilan-values-table.tsx';

type Props = { bilanId: number } | { conventionId: number; year: number };

export const bilanContentKeys = {
  all: ['bilans', 'content'] as const,
  of: (props: Props) => [...bilanContentKeys.all, props] as const,
};

export function BilanValuesView(props: Props) {
  const content = useQuery({ queryKey: bilanContentKeys.of(props), queryFn: () => client.call('bilans.content', props) });
  if (content.isPending) return <PageLoader label="Chargement du contenu du bilan…" />;
  if (content.isError) return <ErrorAlert error={content.error} title="Le contenu du bilan n’a pas pu être chargé" onRetry={() => void content.refetch()} />;
  const view = content.data;
  return (
    <Stack gap="md" data-testid="bilan-values-view">
      <Text size="sm">
        {view.outcome ? `Résultat : ${OUTCOME_LABELS[view.outcome as BilanOutcome].toLowerCase()}` : 'Résultat non renseigné'}
        {view.receivedOn ? ` — reçu le ${formatFrenchDate(view.receivedOn)}` : ''}
      </Text>
      {view.qualitative !== '' && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} maw={880} data-testid="bilan-qualitative">
          {view.qualitative}
        </Text>
      )}
      <Title order={3} size="h4">
        Indicateurs
      </Title>
      <BilanValuesTable indicators={view.indicators} />
      <Title order={3} size="h4">
        Compte rendu financier
      </Title>
      {view.financialLines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun compte rendu financier reçu.
        </Text>
      ) : (
        <BilanValuesFinancial content={view} />
      )}
    </Stack>
  );
}
