// The shape of a default territories file (resources/territories/*.json).
import { z } from 'zod';

const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Code : minuscules, chiffres et tirets.');
const name = z.string().trim().min(1, 'Nom vide.');

export const territoryFileSchema = z
  .object({
    city: name,
    source: z.string().trim().default(''),
    territories: z
      .array(
        z
          .object({
            code,
            name,
            priorityAreas: z.array(z.object({ code, name }).strict()).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const codes = file.territories.flatMap((territory) => [territory.code, ...territory.priorityAreas.map((area) => area.code)]);
    const seen = new Set<string>();
    for (const item of codes) {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', path: ['territories'], message: `Code en double : ${item}.` });
      seen.add(item);
    }
  });

export type TerritoryFile = z.infer<typeof territoryFileSchema>;
