// Providers (prestataires): schemas and result types (browser-safe). Identifiers are checked and
// normalised here, so that every door (form, import, CLI) stores them the same way.
import { z } from 'zod';
import { civilitySchema, type Civility } from '../../domain/french-gender.ts';
import { validateEmail, validatePhone, validateRna, validateSiret } from '../../domain/identifiers.ts';
import type { ProviderFunding } from '../../domain/application-decisions.ts';
import { defineMethod } from '../define.ts';

export const LEGAL_FORM_LABELS = {
  association: 'Association',
  siae: "Structure d'insertion par l'activité économique",
  entreprise: 'Entreprise',
  etablissement_public: 'Établissement public',
  autre: 'Autre',
} as const;
export type LegalForm = keyof typeof LEGAL_FORM_LABELS;

export type ProviderSummary = { id: number; name: string; legalForm: LegalForm; siret: string | null; city: string; isDemo: boolean };
export type Provider = ProviderSummary & {
  rna: string | null;
  address: string;
  postalCode: string;
  representativeCivility: Civility;
  representativeName: string;
  representativeRole: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
};
export type ProbableDuplicate = { id: number; name: string; siret: string | null; reason: 'siret' | 'name' };
export type ProviderSaved = { provider: Provider; probableDuplicates: ProbableDuplicate[] };
export type ProviderList = { total: number; items: ProviderSummary[] };

const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`).default('');

/** An optional identifier: empty means none; otherwise it must pass its check, and is stored normalised. */
function optionalIdentifier<T extends string>(check: (input: string) => { ok: true } & Record<T, string> | { ok: false; message: string }, key: T) {
  return z
    .string()
    .trim()
    .nullable()
    .default(null)
    .transform((value, ctx) => {
      if (value === null || value === '') return null;
      const result = check(value);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.message });
        return z.NEVER;
      }
      return (result as Record<T, string>)[key];
    });
}

export const providerFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'Le nom du prestataire est requis.').max(200, '200 caractères au plus.'),
    legalForm: z.enum(['association', 'siae', 'entreprise', 'etablissement_public', 'autre'], { error: 'Forme juridique inconnue.' }),
    siret: optionalIdentifier(validateSiret, 'siret'),
    rna: optionalIdentifier(validateRna, 'rna'),
    address: text(300),
    postalCode: z.string().trim().regex(/^(\d{5})?$/, 'Code postal : 5 chiffres.').default(''),
    city: text(120),
    /** "représenté(e) par Madame Claire Martin" in the conventions; '' when not given. */
    representativeCivility: civilitySchema.default(''),
    representativeName: text(120),
    representativeRole: text(160),
    contactName: text(120),
    contactEmail: optionalIdentifier(validateEmail, 'email').transform((value) => value ?? ''),
    contactPhone: optionalIdentifier(validatePhone, 'phone').transform((value) => value ?? ''),
    notes: text(4000),
  })
  .strict();

function checkProvider(provider: z.output<typeof providerFieldsSchema>, ctx: z.RefinementCtx): void {
  if (provider.rna !== null && provider.legalForm !== 'association') {
    ctx.addIssue({ code: 'custom', path: ['rna'], message: 'Le numéro RNA ne concerne que les associations.' });
  }
}

export const providerCreateSchema = providerFieldsSchema.superRefine(checkProvider);
export const providerUpdateSchema = providerFieldsSchema.extend({ id: z.number().int().positive() }).strict().superRefine(checkProvider);
export type ProviderInput = z.input<typeof providerCreateSchema>;
export type ProviderFields = z.output<typeof providerCreateSchema>;

export const providersMethods = {
  'providers.list': defineMethod<ProviderList>()(
    z
      .object({
        query: z.string().trim().max(200).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  'providers.get': defineMethod<Provider>()(z.object({ id: z.number().int().positive() }).strict()),
  /** The provider's applications year by year: requested, avis, proposed, convention, paid (summed in SQL). */
  'providers.funding': defineMethod<ProviderFunding>()(z.object({ id: z.number().int().positive() }).strict()),
  'providers.findDuplicates': defineMethod<ProbableDuplicate[]>()(
    z.object({ name: z.string().trim().max(200), siret: z.string().trim().max(30).optional(), excludeId: z.number().int().positive().optional() }).strict(),
  ),
  'providers.create': defineMethod<ProviderSaved>()(providerCreateSchema),
  'providers.update': defineMethod<ProviderSaved>()(providerUpdateSchema),
};
