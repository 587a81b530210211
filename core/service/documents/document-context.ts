// What every document reads besides its own data: the organisation's identity and its signatories.
import { readOrganisation } from '../../../db/queries/settings-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import type { OrganisationIdentity } from '../../documents/document-frame.ts';
import { EMPTY_ORGANISATION, type Organisation } from '../settings/settings-api.ts';

export function organisationIdentity(db: Db): OrganisationIdentity & { signatories: Organisation['signatories'] } {
  const organisation = readOrganisation(db) ?? EMPTY_ORGANISATION;
  const { name, department, address, postalCode, city, logoDataUrl, signatories } = organisation;
  return { name, department, address, postalCode, city, logoDataUrl, signatories };
}

/**
 * Who signs for the CCAS: its legal representative, the first signatory of the settings (as on the
 * conventions). The chair of a session signs the commission's own acts (avis, relevé), not this person.
 */
export function legalRepresentative(db: Db): { name: string; role: string } | null {
  const [first] = organisationIdentity(db).signatories;
  return first ? { name: first.name, role: first.role } : null;
}

/** The date a document is dated of: the latest instant of its data, so that regenerating gives the same bytes. */
export function latestDate(instants: readonly (string | null | undefined)[], fallback: string): string {
  const known = instants.filter((instant): instant is string => typeof instant === 'string' && instant !== '');
  return known.length === 0 ? fallback : known.reduce((latest, instant) => (instant > latest ? instant : latest));
}
