// Between the form (every field a string, RNA kept while hidden) and the API's provider input. The
// API's own schema judges the converted input and its issues are moved back onto the form's fields,
// so the form and the host speak with one voice (and normalise SIRET, RNA and phone the same way).
import { z } from 'zod';
import type { Civility } from '../../../../core/domain/french-gender.ts';
import { formatSiret } from '../../../../core/domain/identifiers.ts';
import type { LegalForm, Provider, ProviderInput } from '../../../../core/service/api.ts';
import { providerCreateSchema } from '../../../../core/service/providers/providers-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';

export type ProviderFormValues = {
  name: string;
  /** '' until the person picks one (the Select gives null, stored as ''). */
  legalForm: LegalForm | '';
  siret: string;
  rna: string;
  address: string;
  postalCode: string;
  city: string;
  representativeCivility: Civility;
  representativeName: string;
  representativeRole: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  notes: string;
};

const FORM_FIELDS = [
  'name',
  'legalForm',
  'siret',
  'rna',
  'address',
  'postalCode',
  'city',
  'representativeCivility',
  'representativeName',
  'representativeRole',
  'contactName',
  'contactEmail',
  'contactPhone',
  'notes',
] as const satisfies readonly (keyof ProviderFormValues)[];

const isFormField = (path: string): path is keyof ProviderFormValues => (FORM_FIELDS as readonly string[]).includes(path);

export function toFormValues(provider: Provider | undefined): ProviderFormValues {
  if (!provider) {
    return {
      name: '',
      legalForm: '',
      siret: '',
      rna: '',
      address: '',
      postalCode: '',
      city: '',
      representativeCivility: '',
      representativeName: '',
      representativeRole: '',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      notes: '',
    };
  }
  const { id: _id, isDemo: _isDemo, createdAt: _createdAt, updatedAt: _updatedAt, siret, rna, ...fields } = provider;
  // The SIRET is shown as INSEE prints it, easier to compare with a Kbis; the host takes it with spaces.
  return { ...fields, siret: siret ? formatSiret(siret) : '', rna: rna ?? '' };
}

/**
 * What is sent to the host. The RNA field is hidden for other legal forms: what it still holds is
 * kept in case the person goes back to "Association", but is not sent.
 */
export function toProviderInput(values: ProviderFormValues): ProviderInput {
  return {
    ...values,
    // An empty choice is left for the schema to refuse; the form replaces its message.
    legalForm: (values.legalForm === '' ? undefined : values.legalForm) as LegalForm,
    siret: values.siret.trim() === '' ? null : values.siret,
    rna: values.legalForm === 'association' && values.rna.trim() !== '' ? values.rna : null,
  };
}

/** For schemaResolver: the form's values judged by the API's schema, issues at the form's own paths. */
export const providerFormSchema = z.custom<ProviderFormValues>().superRefine((values, ctx) => {
  if (values.legalForm === '') ctx.addIssue({ code: 'custom', path: ['legalForm'], message: 'La forme juridique est requise.' });
  const checked = providerCreateSchema.safeParse(toProviderInput(values));
  for (const issue of checked.success ? [] : checked.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path === 'legalForm' && values.legalForm === '') continue;
    if (isFormField(path)) ctx.addIssue({ code: 'custom', path: [path], message: issue.message });
  }
});

export type IssueSplit = { fieldErrors: Partial<Record<keyof ProviderFormValues, string>>; otherMessages: string[] };

/**
 * Host issues whose path names a field go under it, the rest above the form. A SIRET already held
 * by another provider is refused as a 'conflict' whose sentence names that provider: it goes under
 * the SIRET field in full.
 */
export function splitIssues(error: unknown): IssueSplit {
  const fieldErrors: IssueSplit['fieldErrors'] = {};
  const otherMessages: string[] = [];
  if (!(error instanceof ApiCallError)) return { fieldErrors, otherMessages };
  if (error.code === 'conflict' && error.issues.some((issue) => issue.path === 'siret')) {
    fieldErrors.siret = error.message;
    return { fieldErrors, otherMessages };
  }
  for (const issue of error.issues) {
    if (isFormField(issue.path)) fieldErrors[issue.path] ??= issue.message;
    else otherMessages.push(issue.message);
  }
  return { fieldErrors, otherMessages };
}
