// The shape of a pact referential file (resources/pact/*.json): what an import accepts.
import { z } from 'zod';

const title = z.string().trim().min(1, 'Intitulé vide.');
const names = z.array(z.string().trim().min(1, 'Nom vide.'));

export const pactActionSchema = z.object({ title, partners: names, sources: names }).strict();

export const pactOperationalObjectiveSchema = z
  .object({ title, actions: z.array(pactActionSchema).min(1, 'Un objectif opérationnel doit avoir au moins une action.') })
  .strict();

export const pactObjectiveSchema = z
  .object({
    title,
    operationalObjectives: z.array(pactOperationalObjectiveSchema).min(1, 'Un objectif doit avoir au moins un objectif opérationnel.'),
  })
  .strict();

export const pactLeverSchema = z
  .object({
    number: z.number().int().positive(),
    title,
    summary: z.string().trim().default(''),
    objectives: z.array(pactObjectiveSchema).min(1, 'Un levier doit avoir au moins un objectif.'),
  })
  .strict();

export const pactFileSchema = z
  .object({
    formatVersion: z.literal(1, { error: 'Version de format inconnue (attendu : 1).' }),
    code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, 'Code du pacte : lettres, chiffres, tirets.'),
    title,
    subtitle: z.string().trim().default(''),
    territory: title,
    period: z
      .object({ start: z.number().int().min(1990).max(2100), end: z.number().int().min(1990).max(2100) })
      .strict()
      .refine((period) => period.end >= period.start, 'La fin de la période précède son début.'),
    source: z.string().trim().default(''),
    keyFigures: z
      .array(
        z
          .object({
            id: z.string().trim().min(1),
            label: title,
            value: z.number().finite(),
            unit: z.string().trim().min(1),
            year: z.number().int().optional(),
            note: z.string().trim().optional(),
          })
          .strict(),
      )
      .default([]),
    governance: z
      .array(
        z
          .object({
            code: z.string().trim().min(1),
            name: title,
            frequency: z.string().trim().default(''),
            role: z.string().trim().default(''),
            members: z.array(z.string().trim().min(1)).default([]),
          })
          .strict(),
      )
      .default([]),
    levers: z.array(pactLeverSchema).min(1, 'Un pacte doit avoir au moins un levier.'),
    curationNotes: z
      .array(z.object({ location: title, problem: title, fix: title }).strict())
      .default([]),
  })
  .strict()
  .superRefine((pact, ctx) => {
    pact.levers.forEach((lever, index) => {
      if (lever.number !== index + 1) {
        ctx.addIssue({ code: 'custom', path: ['levers', index, 'number'], message: `Les leviers doivent être numérotés 1, 2, 3… dans l'ordre (trouvé ${lever.number} en position ${index + 1}).` });
      }
    });
  });

export type PactFile = z.infer<typeof pactFileSchema>;

/** Codes by position, stable within a pact: lever "3", objective "3.2", operational objective "3.2.1", action "3.2.1.4". */
export function positionCode(...positions: number[]): string {
  return positions.join('.');
}
