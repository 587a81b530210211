// Between the stored settings and the form: the form holds exactly the fields the API validates.
import type { Organisation, OrganisationSettings } from '../../../../core/service/api.ts';
import { EMPTY_ORGANISATION } from '../../../../core/service/settings/settings-api.ts';
import type { ApiCallError } from '../../api/api-call-error.ts';

/** Drops updatedAt: the save schema is strict and would refuse it. */
export function toFormValues(settings: OrganisationSettings | undefined): Organisation {
  if (!settings) return EMPTY_ORGANISATION;
  return {
    name: settings.name,
    department: settings.department,
    address: settings.address,
    postalCode: settings.postalCode,
    city: settings.city,
    phone: settings.phone,
    email: settings.email,
    logoDataUrl: settings.logoDataUrl,
    siret: settings.siret,
    conventionAdvancePercent: settings.conventionAdvancePercent,
    signatories: settings.signatories.map((signatory) => ({ civility: signatory.civility, name: signatory.name, role: signatory.role })),
  };
}

export type IssueSplit = { fieldErrors: Record<string, string>; otherMessages: string[] };

/** Host issues whose path names a form field go under that field; the rest are shown above the form. */
export function splitIssues(error: ApiCallError, values: Organisation): IssueSplit {
  const fieldErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  for (const issue of error.issues) {
    if (issue.path !== '' && pathExists(values, issue.path)) fieldErrors[issue.path] = issue.message;
    else otherMessages.push(issue.message);
  }
  return { fieldErrors, otherMessages };
}

function pathExists(values: Organisation, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

export function formatSavedAt(updatedAt: string | null): string | null {
  if (!updatedAt) return null;
  const date = new Date(updatedAt);
  return Number.isNaN(date.getTime()) ? null : dateTime.format(date);
}
