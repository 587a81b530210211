// The app's search box: a labelled search field that Escape or the cross clears, with a spinner while the host answers.
import { CloseButton, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export type SearchInputProps = {
  label: string;
  description: string;
  value: string;
  onChange: (text: string) => void;
  searching: boolean;
  maw: number;
  testId: string;
};

export function SearchInput({ label, description, value, onChange, searching, maw, testId }: SearchInputProps) {
  return (
    <TextInput
      label={label}
      description={description}
      type="search"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onChange('');
      }}
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={searching ? <Loader size="xs" aria-hidden /> : value !== '' ? <CloseButton aria-label="Effacer la recherche" onClick={() => onChange('')} /> : null}
      maxLength={200}
      maw={maw}
      data-testid={testId}
    />
  );
}
