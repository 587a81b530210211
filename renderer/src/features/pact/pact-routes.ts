// The pact screen's sub-addresses: one per tab, and one per lever so a lever can be linked to.
import type { Location } from 'react-router';

export type PactTab = 'leviers' | 'chiffres-cles' | 'gouvernance' | 'notes-de-curation';

export const pactTabs: { value: PactTab; label: string }[] = [
  { value: 'leviers', label: 'Leviers' },
  { value: 'chiffres-cles', label: 'Chiffres clés' },
  { value: 'gouvernance', label: 'Gouvernance' },
  { value: 'notes-de-curation', label: 'Notes de curation' },
];

export function leverPath(leverNumber: number): string {
  return `/pacte/levier/${leverNumber}`;
}

export function tabPath(tab: PactTab): string {
  return tab === 'leviers' ? '/pacte' : `/pacte/${tab}`;
}

export function tabFromPath(pathname: string): PactTab {
  const segment = pathname.split('/')[2] ?? '';
  const tab = pactTabs.find((candidate) => candidate.value === segment);
  return tab?.value ?? 'leviers';
}

/** The chosen referential travels in the query string (?referentiel=ID), kept across tabs and levers. */
export const PACT_PARAM = 'referentiel';

export function parsePactId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

export function keepSearch(location: Location, pathname: string): { pathname: string; search: string } {
  return { pathname, search: location.search };
}
