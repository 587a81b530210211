// "Recherche": applications and providers matching the words in the address (#/recherche?q=…), reached
// from the header box or typed here; accents and case are ignored, as in every list of the app.
import { Stack, Text, Title } from '@mantine/core';
import type { GlobalSearchResult } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { SearchInput } from '../../components/search-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { searchTerms } from '../pact/search-terms.ts';
import { ApplicationHits, ProviderHits } from './search-hits.tsx';
import { useGlobalSearch } from './use-global-search.ts';
import { useSearchQuery } from './use-search-query.ts';

export function SearchPage() {
  const { query, text, setText } = useSearchQuery();
  usePageTitle(query === '' ? 'Recherche' : `Recherche « ${query} »`);
  const search = useGlobalSearch(query);
  const result = query === '' ? undefined : search.data;
  const found = result ? result.applications.total + result.providers.total : 0;
  const terms = searchTerms(result?.query ?? '');

  return (
    <Stack gap="lg" data-testid="search-page">
      <Stack gap={4}>
        <Title order={1}>Recherche</Title>
        <Text maw={760}>Retrouvez un dossier ou un prestataire, quel que soit l’appel à projets.</Text>
      </Stack>
      <Stack gap="xs">
        <SearchInput
          label="Rechercher dans les dossiers et les prestataires"
          description="Intitulé, résumé ou description d’un dossier ; nom ou SIRET d’un prestataire. Les accents et les majuscules sont ignorés."
          value={text}
          onChange={setText}
          searching={search.isFetching}
          maw={640}
          testId="search-input"
        />
        {/* Always in the DOM so that screen readers announce each new count. */}
        <Text role="status" aria-live="polite" fw={600} size="sm" data-testid="search-count">
          {result && found > 0 ? countSentence(result, found) : ''}
        </Text>
      </Stack>
      {query === '' && (
        <Text data-testid="search-hint">
          Saisissez un mot ci-dessus : un mot de l’intitulé d’un dossier, le nom d’un prestataire ou son SIRET. Depuis n’importe quel écran, Ctrl+K ou « / »
          place le curseur dans la recherche en haut de la fenêtre.
        </Text>
      )}
      {query !== '' && search.isLoading && <PageLoader label="Recherche en cours…" />}
      {query !== '' && search.isError && <ErrorAlert error={search.error} title="La recherche a échoué" onRetry={() => void search.refetch()} />}
      {result && found === 0 && (
        <Stack gap={4} data-testid="search-empty">
          <Text fw={600}>{`Aucun résultat pour « ${result.query} »`}</Text>
          <Text size="sm">Vérifiez l’orthographe, cherchez un seul mot ou le début d’un mot (« insert » trouve « insertion »).</Text>
        </Stack>
      )}
      {result && found > 0 && (
        <Stack gap="xl" style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }} aria-busy={search.isPlaceholderData}>
          <ApplicationHits items={result.applications.items} total={result.applications.total} query={result.query} terms={terms} />
          <ProviderHits items={result.providers.items} total={result.providers.total} query={result.query} terms={terms} />
        </Stack>
      )}
    </Stack>
  );
}

function countSentence(result: GlobalSearchResult, found: number): string {
  return `${found.toLocaleString('fr-FR')} résultat${found > 1 ? 's' : ''} pour « ${result.query} »`;
}
