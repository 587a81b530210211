// A text with the searched words marked (<mark>), following the host's word-start rule.
import { Mark } from '@mantine/core';
import { markTerms } from './search-terms.ts';

type Props = { text: string; terms: string[] };

export function MarkedText({ text, terms }: Props) {
  return (
    <>
      {markTerms(text, terms).map((part, index) =>
        part.match ? (
          <Mark key={index} color="yellow">
            {part.text}
          </Mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
