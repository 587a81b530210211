// Organisation settings: the identity documents will carry (browser-safe).
import { z } from 'zod';
import { civilitySchema } from '../../domain/french-gender.ts';
import { isSiretKeyValid } from '../../domain/identifiers.ts';
import { defineMethod } from '../define.ts';

const optionalText = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`);

export const signatorySchema = z
  .object({
    /** Documents agree with it: "représenté par Madame Claire Martin", "Je soussignée". */
    civility: civilitySchema.default(''),
    name: z.string().trim().min(1, 'Nom du signataire requis.').max(120, '120 caractères au plus.'),
    role: z.string().trim().min(1, 'Qualité du signataire requise.').max(160, '160 caractères au plus.'),
  })
  .strict();

/** A logo small enough for a database row and a PDF header: PNG or JPEG as a data URL, 1 Mo at most. */
const logoSchema = z
  .string()
  .max(1_400_000, 'Logo trop lourd (1 Mo au plus).')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'Le logo doit être une image PNG ou JPEG.')
  .nullable();

export const organisationSchema = z
  .object({
    name: z.string().trim().min(1, "Le nom de l'organisme est requis.").max(200, '200 caractères au plus.'),
    department: optionalText(200),
    address: optionalText(300),
    postalCode: z.string().trim().regex(/^(\d{5})?$/, 'Code postal : 5 chiffres.'),
    city: optionalText(120),
    phone: z.string().trim().regex(/^(\+?[\d .-]{6,20})?$/, 'Téléphone : chiffres, espaces, points ou tirets.'),
    email: z.union([z.literal(''), z.string().trim().email('Adresse e-mail invalide.')]),
    logoDataUrl: logoSchema,
    /** The CCAS's SIRET: a party of every convention and the idAttribuant of the open-data export. */
    siret: z
      .string()
      .transform((value) => value.replace(/\s/gu, ''))
      .refine((value) => value === '' || isSiretKeyValid(value), 'SIRET invalide : 14 chiffres dont la clé de contrôle (Luhn).')
      .default(''),
    /** The advance paid at signature by default, in % of the year's amount (the balance follows the bilan). */
    conventionAdvancePercent: z.number().int('Un pourcentage entier.').min(0, 'Entre 0 et 100 %.').max(100, 'Entre 0 et 100 %.').default(70),
    /** The first signatory is the CCAS's legal representative: he or she signs the conventions. */
    signatories: z.array(signatorySchema).max(10, '10 signataires au plus.'),
  })
  .strict();

export type Organisation = z.output<typeof organisationSchema>;
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationSettings = Organisation & { updatedAt: string | null };

/** What a new installation holds before anyone fills the settings in. */
export const EMPTY_ORGANISATION: Organisation = {
  name: '',
  department: '',
  address: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  logoDataUrl: null,
  siret: '',
  conventionAdvancePercent: 70,
  signatories: [],
};

export const settingsMethods = {
  'settings.getOrganisation': defineMethod<OrganisationSettings>()(z.object({}).strict()),
  'settings.saveOrganisation': defineMethod<OrganisationSettings>()(organisationSchema),
};
