// "Référentiels du pacte": what the base holds, and how to add a new pact beside it.
import { Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePactList } from '../pact/use-pact-queries.ts';
import { PactImportField } from './pact-import-field.tsx';
import { PactSummaryTable } from './pact-summary-table.tsx';

export function PactReferentialsSection() {
  const list = usePactList();

  return (
    <Stack gap="md" component="section" aria-labelledby="pact-referentials-title" data-testid="pact-referentials">
      <Stack gap={4}>
        <Title order={2} id="pact-referentials-title">
          Référentiels du pacte
        </Title>
        <Text maw={760}>
          Importer un référentiel l’ajoute à côté des autres : ceux déjà chargés ne sont jamais modifiés. Une
          nouvelle version d’un pacte doit donc porter un nouveau code. «&nbsp;Le Pacte&nbsp;» affiche par défaut le
          référentiel en vigueur cette année.
        </Text>
      </Stack>
      {list.isPending && <PageLoader label="Chargement des référentiels…" />}
      {list.isError && (
        <ErrorAlert error={list.error} title="Les référentiels n’ont pas pu être chargés" onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess &&
        (list.data.length > 0 ? (
          <PactSummaryTable pacts={list.data} />
        ) : (
          <Text size="sm">Aucun référentiel n’est encore chargé.</Text>
        ))}
      <PactImportField />
    </Stack>
  );
}
