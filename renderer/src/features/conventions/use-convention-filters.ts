// The list's filters live in the address (#/conventions?annee=2018&statut=signee&levier=6&retard=1&q=velo&seance=3),
// so that a link (the session's "Voir les conventions") or "back" reproduces the view; the search box is debounced.
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { CONVENTION_STATUS_KEYS, type ConventionListFilters } from '../../../../core/service/conventions/conventions-api.ts';
import { parseId } from '../applications/application-labels.ts';

export type ConventionFilterKey = 'annee' | 'statut' | 'levier' | 'retard' | 'seance' | 'prestataire';

const FILTER_KEYS: readonly string[] = ['annee', 'statut', 'levier', 'retard', 'seance', 'prestataire', 'q'];
const DEBOUNCE_MS = 250;

function readYear(text: string | null): number | undefined {
  if (text === null || !/^\d{4}$/u.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

export function useConventionFilters() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const statusParam = params.get('statut');

  const input: ConventionListFilters = {
    year: readYear(params.get('annee')),
    status: CONVENTION_STATUS_KEYS.find((status) => status === statusParam),
    leverNumber: parseId(params.get('levier')) ?? undefined,
    sessionId: parseId(params.get('seance')) ?? undefined,
    providerId: parseId(params.get('prestataire')) ?? undefined,
    overdue: params.get('retard') === '1' ? true : undefined,
    search: query === '' ? undefined : query,
  };
  // Drops the keys left undefined: the filters are the query's key, and {a: undefined} is not {}.
  const filters = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as ConventionListFilters;
  const hasFilters = FILTER_KEYS.some((key) => params.has(key));

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const [text, setText] = useState(query);
  // The address may change without typing (back, the navbar link): the box follows it.
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setText(query);
  }
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  useEffect(() => {
    if (debounced === query || debounced !== text.trim()) return;
    update({ q: debounced });
  }, [debounced, query, text, update]);

  return {
    filters,
    params,
    text,
    setText,
    hasFilters,
    setFilter: (key: ConventionFilterKey, value: string | null) => update({ [key]: value }),
    clear: () => {
      setText('');
      update(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])));
    },
  };
}
