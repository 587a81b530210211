// The list's search text and page live in the address (#/prestataires?q=envie&page=2), so that going
// back from a provider returns to the same results; the box itself is debounced before it gets there.
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const DEBOUNCE_MS = 250;

export function useListParams() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const pageParam = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isSafeInteger(pageParam) && pageParam > 0 ? pageParam : 1;

  const [text, setText] = useState(query);
  // The address may change without typing (back button, the navbar link): the box follows it.
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setText(query);
  }

  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  useEffect(() => {
    // Only once typing has settled, and never to undo a change that came from the address.
    if (debounced === query || debounced !== text.trim()) return;
    // A new search starts at its first page; replacing keeps history to one entry per search.
    setParams(debounced === '' ? {} : { q: debounced }, { replace: true });
  }, [debounced, query, text, setParams]);

  const setPage = useCallback(
    (next: number, replace = false) => {
      const nextParams: Record<string, string> = {};
      if (query !== '') nextParams.q = query;
      if (next > 1) nextParams.page = String(next);
      setParams(nextParams, { replace });
    },
    [query, setParams],
  );

  return { query, page, text, setText, setPage };
}
