// Roll-ups of the common indicators (browser-safe): figures by lever, objective, territory, provider or
// year, the bilans behind one figure, the cost per participant, and the indicators' long-format export.
import { z } from 'zod';
import { ROLLUP_AXES } from '../../domain/indicators/rollup.ts';
import { defineMethod } from '../define.ts';
import { EXPORT_FORMATS, type ExportedFile } from '../exports/exports-api.ts';
import type { DrillBilan, RollupCost } from '../../../db/queries/rollup-drill.ts';
import type { RollupRow } from '../../../db/queries/rollup-queries.ts';

export type { DrillBilan, RollupCost } from '../../../db/queries/rollup-drill.ts';
export type { RollupRow } from '../../../db/queries/rollup-queries.ts';

/** What the screen offers: the years that have bilans, the indicators, and how many bilans are validated. */
export type RollupOptions = {
  years: { year: number; validated: number; received: number }[];
  indicators: { code: string; label: string; unit: string; aggregation: 'sum' | 'ratio' | 'derived'; denominatorCode: string | null }[];
};

const year = z.number({ error: 'Année attendue.' }).int().min(1990, { error: 'Année entre 1990 et 2100.' }).max(2100, { error: 'Année entre 1990 et 2100.' });
const code = z.string().trim().regex(/^[A-Z]{1,4}\d{2,3}[A-Z]?$/, { error: 'Code d’indicateur attendu comme IC01.' });
const by = z.enum(ROLLUP_AXES, { error: 'Axe : lever, objective, territory, provider ou year.' });

export const rollupsMethods = {
  /** Every indicator (or one) rolled up by an axis; validated bilans only unless includeReceived. */
  'rollups.get': defineMethod<RollupRow[]>()(
    z.object({ by, year: year.optional(), code: code.optional(), includeReceived: z.boolean().default(false), secondary: z.boolean().default(false) }).strict(),
  ),
  /** The bilans behind one figure of a roll-up (a row's key and code). */
  'rollups.drill': defineMethod<DrillBilan[]>()(
    z.object({ by, key: z.string().max(200), year: year.optional(), code, includeReceived: z.boolean().default(false), secondary: z.boolean().default(false) }).strict(),
  ),
  /** Money paid for the counted convention years over participants (IC01), per key; not by territory. */
  'rollups.getCosts': defineMethod<RollupCost[]>()(
    z.object({ by: z.enum(['lever', 'objective', 'provider', 'year'], { error: 'Axe : lever, objective, provider ou year.' }), year: year.optional(), includeReceived: z.boolean().default(false) }).strict(),
  ),
  'rollups.getOptions': defineMethod<RollupOptions>()(z.object({}).strict()),
  /** Every validated bilan value of a year in long format (one row per figure), with the convention's target. */
  'exports.indicators': defineMethod<ExportedFile>()(z.object({ year, format: z.enum(EXPORT_FORMATS, { error: 'Format : xlsx ou csv.' }) }).strict()),
};
