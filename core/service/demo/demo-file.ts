// The shape of resources/demo/*.json. Records name the pact's operational objectives by code
// ("6.4.1") and territories by code ("qpv-le-blosne"), so that the file does not depend on ids.
import { z } from 'zod';
import { applicationFieldsSchema } from '../applications/applications-api.ts';
import { callCreateSchema } from '../calls/calls-api.ts';
import { providerFieldsSchema } from '../providers/providers-api.ts';

const objectiveCode = z.string().regex(/^\d+\.\d+\.\d+$/u, 'Code d’objectif opérationnel attendu, par exemple 6.4.1.');
const key = z.string().regex(/^[a-z0-9-]+$/u, 'Clé en minuscules, chiffres et tirets.');

export const demoProviderSchema = providerFieldsSchema.extend({ key }).strict();

export const demoApplicationSchema = applicationFieldsSchema
  .omit({ callId: true, providerId: true, primaryObjectiveId: true, secondaryObjectiveIds: true, territoryIds: true })
  .extend({
    /** The key of a provider of the same file. */
    provider: key,
    primaryObjective: objectiveCode.nullable(),
    secondaryObjectives: z.array(objectiveCode).default([]),
    territories: z.array(z.string().min(1)).default([]),
    // What the provider filed; the decisions (recevable, irrecevable) are taken by the demo year
    // (demo-year.ts) through the app's own rules, never written here.
    status: z.enum(['brouillon', 'depose']),
  })
  .strict();

export const demoFileSchema = z
  .object({
    formatVersion: z.literal(1),
    description: z.string(),
    /** What is fictional and what is deliberately imperfect, for whoever reads or edits the file. */
    notes: z.array(z.string()),
    call: callCreateSchema,
    providers: z.array(demoProviderSchema).min(1),
    applications: z.array(demoApplicationSchema).min(1),
  })
  .strict();

export type DemoFile = z.output<typeof demoFileSchema>;
export type DemoApplication = z.output<typeof demoApplicationSchema>;

/**
 * A second call of the demo, open, whose applications name the providers of the main file by key:
 * the same organisations come back, as in real life, and none is recorded twice.
 */
export const demoOpenCallFileSchema = z
  .object({
    formatVersion: z.literal(1),
    description: z.string(),
    notes: z.array(z.string()),
    call: callCreateSchema,
    applications: z.array(demoApplicationSchema).min(1),
  })
  .strict();

export type DemoOpenCallFile = z.output<typeof demoOpenCallFileSchema>;
