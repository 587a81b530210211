// Matches the header row of an imported sheet to the columns we expect. People retype, reorder and
// reaccent headers, so names are compared in their search form; but a header we do not know is
// reported, never guessed, because a silently misread column corrupts every row.
import { toSearchText } from './text.ts';

export type ExpectedColumn<K extends string = string> = {
  key: K;
  label: string;
  aliases?: readonly string[];
  required?: boolean;
};

export type HeaderMatch<K extends string = string> = {
  /** Column index (0-based) of each expected key found; the first one when it is repeated. */
  columns: Partial<Record<K, number>>;
  /** Headers that name no expected column. Blank headers are not listed: they name nothing. */
  unknown: { index: number; header: string }[];
  /** Required columns that no header names. */
  missing: { key: K; label: string }[];
  /** Keys named by more than one header, with every index naming them. */
  duplicates: { key: K; indexes: number[] }[];
};

// Our templates mark columns "Nom (obligatoire)" or "Nom *", and optional ones "(facultatif)";
// a file filled from the template keeps the marks, a hand-made one may not.
const MARKER = /\s*(?:\(\s*(?:obligatoire|facultatif)\s*\)|\*)\s*$/iu;

/** The comparable form of a header: markers dropped, then case, accents, punctuation and spacing. */
export function normalizeHeader(header: string): string {
  let text = header;
  while (MARKER.test(text)) text = text.replace(MARKER, '');
  return toSearchText(text).trim();
}

export function matchHeaders<K extends string>(actual: readonly string[], expected: readonly ExpectedColumn<K>[]): HeaderMatch<K> {
  const keyByName = new Map<string, K>();
  for (const column of expected) {
    for (const name of [column.label, ...(column.aliases ?? [])]) {
      const normalized = normalizeHeader(name);
      const owner = keyByName.get(normalized);
      // Two expected columns answering to one name is a bug in the template, not in the file.
      if (owner !== undefined && owner !== column.key) {
        throw new Error(`Expected columns ${owner} and ${column.key} share the header name "${name}".`);
      }
      keyByName.set(normalized, column.key);
    }
  }

  const indexesByKey = new Map<K, number[]>();
  const unknown: { index: number; header: string }[] = [];
  actual.forEach((header, index) => {
    const normalized = normalizeHeader(header);
    if (normalized === '') return;
    const key = keyByName.get(normalized);
    if (key === undefined) {
      unknown.push({ index, header });
      return;
    }
    indexesByKey.set(key, [...(indexesByKey.get(key) ?? []), index]);
  });

  const columns: Partial<Record<K, number>> = {};
  const duplicates: { key: K; indexes: number[] }[] = [];
  const missing: { key: K; label: string }[] = [];
  for (const column of expected) {
    const indexes = indexesByKey.get(column.key);
    const first = indexes?.[0];
    if (indexes !== undefined && first !== undefined) {
      columns[column.key] = first;
      if (indexes.length > 1) duplicates.push({ key: column.key, indexes });
    } else if (column.required === true) {
      missing.push({ key: column.key, label: column.label });
    }
  }
  return { columns, unknown, missing, duplicates };
}
