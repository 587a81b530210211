// The search box of the app header: Enter opens the search page on what was typed; Ctrl+K or "/"
// reaches it from anywhere, so that finding a file never starts with finding the right screen.
import { Kbd, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { searchPath } from './search-labels.ts';

export function HeaderSearch() {
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');

  const focus = () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  };
  // Ctrl+K works even from a field: no one types it as text.
  useHotkeys([['mod+K', focus]], []);
  // "/" only outside fields, where it would be typed. On a French keyboard it takes Shift, which the
  // hotkey must then name too; the keypad's "/" comes without it.
  useHotkeys([
    ['/', focus],
    ['shift+/', focus],
  ]);

  const submit = () => {
    void navigate(searchPath(text));
    // The page shows the query in its own box; this one is ready for the next search.
    setText('');
  };

  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label="Recherche globale"
      aria-keyshortcuts="Control+K /"
      placeholder="Rechercher un dossier, un prestataire…"
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') submit();
        if (event.key === 'Escape') setText('');
      }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        <Kbd size="xs" aria-hidden visibleFrom="md">
          Ctrl K
        </Kbd>
      }
      rightSectionWidth={56}
      rightSectionPointerEvents="none"
      maxLength={200}
      autoComplete="off"
      ml="auto"
      // The box keeps its width on a narrow window; the organisation's name is what gets cut.
      w={{ base: 180, xs: 260, md: 380 }}
      style={{ flexShrink: 0 }}
      data-testid="header-search"
    />
  );
}
