// A provider picked by typing part of its name: the host searches (accents ignored), so thousands of
// providers never travel to the screen; the chosen one stays named even when outside the results.
import { Loader, Select } from '@mantine/core';
import type { SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useProvider } from '../providers/use-providers.ts';
import { parseId } from './application-labels.ts';
import { useProviderOptions } from './use-applications.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function ProviderSelect({ value, onChange, ...others }: Props) {
  const selectedId = parseId(value);
  const selected = useProvider(selectedId);
  const selectedName = selected.data?.name;
  const [search, setSearch] = useState('');
  // While the box shows the chosen provider's name, list every provider rather than just that one.
  const typed = search === selectedName ? '' : search.trim();
  const [query] = useDebouncedValue(typed, 250);
  const options = useProviderOptions(query);

  const data = (options.data?.items ?? []).map((provider) => ({ value: String(provider.id), label: provider.name }));
  if (selectedId !== null && selectedName !== undefined && !data.some((option) => option.value === value)) {
    data.unshift({ value: String(selectedId), label: selectedName });
  }

  return (
    <Select
      {...others}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The host already matched the words; filtering again here would drop accent-folded hits.
      filter={({ options: all }) => all}
      nothingFoundMessage={options.isFetching ? 'Recherche…' : 'Aucun prestataire ne correspond.'}
      rightSection={options.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
    />
  );
}
