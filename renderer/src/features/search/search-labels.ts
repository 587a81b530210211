// The search page's address; the header box and the page both build it here.
export const SEARCH_PATH = '/recherche';

/** "/recherche?q=vélo école": the query travels in the address, so that "back" and a reload keep it. */
export function searchPath(query: string): string {
  const text = query.trim();
  return text === '' ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q: text }).toString()}`;
}
