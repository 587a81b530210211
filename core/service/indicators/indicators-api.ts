// The common indicators' catalogue (read, import another catalogue file) and the targets each convention
// sets per year for them (browser-safe: zod and types only).
import { z } from 'zod';
import type { ConventionStatus } from '../../domain/conventions/convention-status.ts';
import type { IndicatorDefinition } from '../../domain/indicators/catalogue.ts';
import { defineMethod } from '../define.ts';

export type { IndicatorDefinition } from '../../domain/indicators/catalogue.ts';
export { DIMENSION_LABELS, UNIT_LABELS } from '../../domain/indicators/catalogue.ts';

/** One version of an indicator as the catalogue screen shows it: in force on the asked date or not. */
export type IndicatorCatalogueRow = IndicatorDefinition & { inForce: boolean };

export type IndicatorCatalogue = {
  /** The date the definitions in force were taken on. */
  asOf: string;
  rows: IndicatorCatalogueRow[];
};

export type IndicatorImportReport = {
  catalogueKey: string;
  status: 'created' | 'unchanged';
  /** The code versions this import added. */
  created: { code: string; version: number }[];
  /** The code versions already stored with the same meaning: left as they were. */
  unchanged: number;
};

/** One indicator of a year of a convention, with its target (null: none set). */
export type TargetIndicator = {
  code: string;
  version: number;
  label: string;
  unit: string;
  kind: IndicatorDefinition['kind'];
  aggregation: IndicatorDefinition['aggregation'];
  target: number | null;
};

export type ConventionTargets = {
  conventionId: number;
  number: string;
  status: ConventionStatus;
  /** False once the convention is closed, terminated or abandoned: its targets no longer change. */
  editable: boolean;
  /** One entry per year of the convention: the indicators in force on its 31 December. */
  years: { year: number; indicators: TargetIndicator[] }[];
  /** The evaluation indicators the application proposed (free text): the starting point of the targets. */
  proposed: { label: string; target: string }[];
};

const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const conventionId = z.number({ error: 'Numéro de convention attendu.' }).int().positive();
const indicatorCode = z.string().trim().regex(/^[A-Z]{1,4}\d{2,3}[A-Z]?$/u, 'Code d’indicateur attendu comme IC01.');

const year = z.number({ error: 'Année attendue.' }).int().min(1900).max(2100);
const targetValue = z.number({ error: 'Cible attendue : un nombre, ou rien pour la retirer.' }).finite().min(0, 'Une cible n’est jamais négative.').max(1_000_000_000, 'Cible trop grande.').nullable();

export const indicatorsMethods = {
  /** The definitions in force on `asOf` (today by default); `allVersions`: every stored version, each flagged. */
  'indicators.list': defineMethod<IndicatorCatalogue>()(z.object({ asOf: isoDate.optional(), allVersions: z.boolean().optional() }).strict()),
  'indicators.import': defineMethod<IndicatorImportReport>()(z.object({ content: z.string().min(1, 'Le fichier est vide.').max(2_000_000, 'Fichier trop volumineux (2 Mo au plus).') }).strict()),
  'targets.list': defineMethod<ConventionTargets>()(z.object({ conventionId }).strict()),
  /** `value` null removes the target. */
  'targets.set': defineMethod<ConventionTargets>()(
    z
      .object({
        conventionId,
        year,
        code: indicatorCode,
        value: targetValue,
      })
      .strict(),
  ),
  /** The targets of one year saved together (the screen's "Enregistrer"): all of them or none. */
  'targets.setYear': defineMethod<ConventionTargets>()(
    z
      .object({
        conventionId,
        year,
        values: z
          .array(z.object({ code: indicatorCode, value: targetValue }).strict())
          .min(1, 'Aucune cible à enregistrer.')
          .max(200)
          .refine((values) => new Set(values.map((entry) => entry.code)).size === values.length, { message: 'Un indicateur figure deux fois.' }),
      })
      .strict(),
  ),
};
