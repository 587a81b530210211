// Select/MultiSelect filtering the way people type in French: "velo" finds "vélo", "6.4" finds
// "6.4.1 — …", every word typed must start a word of the option (the pact search's own rule).
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { isOptionsGroup } from '@mantine/core';
import { matchesAllTerms, searchTerms, toSearchText } from '../../../core/domain/text.ts';

function matches(item: ComboboxItem, terms: string[], rawSearch: string): boolean {
  // Codes such as "6.4.1" hold punctuation that searchTerms splits; a plain prefix keeps them findable.
  return item.label.startsWith(rawSearch) || matchesAllTerms(toSearchText(item.label), terms);
}

export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const rawSearch = search.trim();
  const terms = searchTerms(rawSearch);
  if (terms.length === 0) return options.slice(0, limit);
  const found: ComboboxParsedItem[] = [];
  let count = 0;
  for (const option of options) {
    if (count >= limit) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter((item) => matches(item, terms, rawSearch)).slice(0, limit - count);
      if (items.length > 0) {
        found.push({ group: option.group, items });
        count += items.length;
      }
    } else if (matches(option, terms, rawSearch)) {
      found.push(option);
      count += 1;
    }
  }
  return found;
};
