// FTS5 queries built from our search terms: every term must start a word ("velo" → "velo"*).
import { sql, type SQL } from 'drizzle-orm';
import { searchTerms } from '../../core/domain/text.ts';

/** The MATCH expression for a query typed by a person, or null when it has no word to look for. */
export function ftsMatchExpression(query: string): string | null {
  // searchTerms yields [a-z0-9] words only, so quoting cannot be broken out of.
  const terms = searchTerms(query);
  return terms.length === 0 ? null : terms.map((term) => `"${term}"*`).join(' ');
}

/** `id in (rowids of the FTS table matching)`: the filter to put in a WHERE. */
export function matchesFullText(idColumn: SQL | unknown, ftsTable: 'application_search' | 'provider_search', expression: string): SQL {
  return sql`${idColumn} in (select rowid from ${sql.raw(ftsTable)} where ${sql.raw(ftsTable)} match ${expression})`;
}
