// Jury members (membres du jury), kept from one year to the next: schemas and result types (browser-safe).
import { z } from 'zod';
import { civilitySchema, roleTitle, type Civility } from '../../domain/french-gender.ts';
import { defineMethod } from '../define.ts';

export const JUROR_ROLE_LABELS = {
  responsable_dispositifs: 'Responsable des dispositifs d’insertion (préside le jury)',
  responsable_antenne: 'Responsable d’antenne',
  representant_departement: 'Représentant du Département',
  representant_allocataires: 'Représentant des allocataires du RSA',
  professionnel_diap: 'Professionnel de la DIAP',
  autre: 'Autre',
} as const;
export type JurorRole = keyof typeof JUROR_ROLE_LABELS;
const JUROR_ROLES = Object.keys(JUROR_ROLE_LABELS) as [JurorRole, ...JurorRole[]];

/** The role as printed beside a member, agreed with their civility ("Représentante du Département"), without its note. */
export function jurorRoleTitle(role: JurorRole, civility: Civility): string {
  return roleTitle(JUROR_ROLE_LABELS[role].replace(/\s*\(.*\)$/u, ''), civility);
}

export type Juror = {
  id: number;
  name: string;
  civility: Civility;
  role: JurorRole;
  organisation: string;
  /** Titulaire (counts for the default quorum) or suppléant. */
  isPermanent: boolean;
  email: string | null;
  isDemo: boolean;
};

export const jurorFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'Le nom du membre est requis.').max(200, '200 caractères au plus.'),
    civility: civilitySchema.default(''),
    role: z.enum(JUROR_ROLES, { error: 'Rôle inconnu.' }),
    organisation: z.string().trim().max(200, '200 caractères au plus.').default(''),
    isPermanent: z.boolean().default(true),
    email: z.email({ error: 'Adresse électronique invalide.' }).nullable().default(null),
  })
  .strict();
export type JurorInput = z.input<typeof jurorFieldsSchema>;

const id = z.number().int().positive();

export const jurorsMethods = {
  'jurors.list': defineMethod<Juror[]>()(z.object({}).strict()),
  'jurors.create': defineMethod<Juror>()(jurorFieldsSchema),
  'jurors.update': defineMethod<Juror>()(jurorFieldsSchema.extend({ id }).strict()),
};
