// "Rechercher dans le pacte": debounced full-text search over levers, objectives, actions, partners, sources.
import { Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { PactDetail, PactSearchHit } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PactSearchHitItem } from './pact-search-hit-item.tsx';
import { searchTerms } from './search-terms.ts';
import { usePactSearch } from './use-pact-queries.ts';
import { SearchInput } from '../../components/search-input.tsx';

const DEBOUNCE_MS = 250;

type Props = { pact: PactDetail; onOpenHit: (hit: PactSearchHit) => void };

export function PactSearch({ pact, onOpenHit }: Props) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const search = usePactSearch(pact.id, debounced);
  const result = debounced === '' ? undefined : search.data;
  const terms = searchTerms(debounced);

  return (
    <Stack gap="sm" component="section" aria-label="Recherche dans le pacte">
      <SearchInput
        label="Rechercher dans le pacte"
        description="Leviers, objectifs, actions, partenaires et sources. Les accents et les majuscules sont ignorés."
        value={text}
        onChange={setText}
        searching={search.isFetching}
        maw={640}
        testId="pact-search-input"
      />
      {/* Always in the DOM so screen readers announce each new count. */}
      <Text role="status" aria-live="polite" fw={600} size="sm" data-testid="pact-search-count">
        {result ? countSentence(result.total, result.hits.length, result.query || debounced) : ''}
      </Text>
      {debounced !== '' && search.isError && <ErrorAlert error={search.error} title="La recherche a échoué" />}
      {result && result.hits.length > 0 && (
        <Stack gap="xs" data-testid="pact-search-results">
          <Title order={2} size="h4">
            Résultats de la recherche
          </Title>
          {/* Bounded so that a broad search ("CCAS") does not push the tabs out of reach. */}
          <Stack
            component="ul"
            gap="xs"
            m={0}
            p={0}
            mah="26rem"
            style={{ listStyle: 'none', overflowY: 'auto' }}
            aria-label="Résultats"
          >
            {result.hits.map((hit) => (
              <PactSearchHitItem
                key={`${hit.kind}-${hit.id}`}
                hit={hit}
                pact={pact}
                terms={terms}
                onOpen={() => onOpenHit(hit)}
              />
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

function countSentence(total: number, shown: number, query: string): string {
  if (total === 0) return `Aucun résultat pour « ${query} »`;
  const head = `${total.toLocaleString('fr-FR')} résultat${total > 1 ? 's' : ''} pour « ${query} »`;
  return shown < total ? `${head} (les ${shown} premiers sont affichés)` : head;
}
