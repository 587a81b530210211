// The search page's text lives in the address (#/recherche?q=equipe); the page's box is debounced before
// it gets there, and follows the address when it changes without typing (the header box, "back").
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const DEBOUNCE_MS = 250;

export function useSearchQuery() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();

  const [text, setText] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setText(query);
  }

  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  useEffect(() => {
    // Only once typing has settled, and never to undo a change that came from the address.
    if (debounced === query || debounced !== text.trim()) return;
    // Replacing keeps the history to one entry per search, not one per keystroke.
    setParams(debounced === '' ? {} : { q: debounced }, { replace: true });
  }, [debounced, query, text, setParams]);

  return { query, text, setText };
}
