// The list's filters, search and sort live in the address (#/dossiers?appel=1&levier=6&q=velo&tri=requested&ordre=desc),
// so that a link or "back" reproduces the view; the search box is debounced before it gets there.
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { APPLICATION_AVIS_FILTERS, APPLICATION_SORTS } from '../../../../core/service/applications/applications-api.ts';
import type { ApplicationStatus } from '../../../../core/service/api.ts';
import { parseId } from './application-labels.ts';
import type { ApplicationListInput } from './use-applications.ts';

export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export type FilterKey = 'appel' | 'statut' | 'avis' | 'levier' | 'territoire' | 'prestataire';

const STATUSES: readonly ApplicationStatus[] = ['brouillon', 'depose', 'recevable', 'irrecevable'];
const DEBOUNCE_MS = 250;

/** One fetch holds the whole filtered list up to this size; the table virtualises its rows. */
export const LIST_LIMIT = 2000;

function readSort(text: string | null): ApplicationSort {
  return APPLICATION_SORTS.find((sort) => sort === text) ?? 'title';
}

export function useApplicationFilters() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const sort = readSort(params.get('tri'));
  const descending = params.get('ordre') === 'desc';
  const statusParam = params.get('statut');
  const status = STATUSES.find((known) => known === statusParam);
  const avisParam = params.get('avis');
  const avis = APPLICATION_AVIS_FILTERS.find((known) => known === avisParam);

  const input: ApplicationListInput = {
    callId: parseId(params.get('appel')) ?? undefined,
    providerId: parseId(params.get('prestataire')) ?? undefined,
    status,
    avis,
    leverNumber: parseId(params.get('levier')) ?? undefined,
    territoryId: parseId(params.get('territoire')) ?? undefined,
    query: query === '' ? undefined : query,
    sort,
    descending,
    limit: LIST_LIMIT,
  };
  const hasFilters = ['appel', 'prestataire', 'statut', 'avis', 'levier', 'territoire', 'q'].some((key) => params.has(key));

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
    input,
    params,
    text,
    setText,
    hasFilters,
    setFilter: (key: FilterKey, value: string | null) => update({ [key]: value }),
    /** A click on the current column turns the order around; on another column it starts ascending. */
    sortBy: (next: ApplicationSort, nextDescending = next === sort ? !descending : false) =>
      update({ tri: next === 'title' ? null : next, ordre: nextDescending ? 'desc' : null }),
    /** Drops every filter and the search, keeping the sort. */
    clear: () => {
      setText('');
      update({ appel: null, prestataire: null, statut: null, avis: null, levier: null, territoire: null, q: null });
    },
  };
}
