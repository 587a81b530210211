// The common indicators' catalogue: the shape of its file (resources/indicators/*.json), the breakdowns and
// their categories. Shared by targets, bilans, the provider's workbook, roll-ups and documents.
import { z } from 'zod';
import { INDICATOR_AGGREGATIONS, INDICATOR_DIMENSIONS, INDICATOR_KINDS } from './indicator-enums.ts';

export type IndicatorDimension = (typeof INDICATOR_DIMENSIONS)[number];
export type BreakdownDimension = Exclude<IndicatorDimension, 'total'>;

/** The category every breakdown allows: the provider does not know (non renseigné). */
export const NOT_REPORTED = 'nr';

export const DIMENSION_LABELS: Record<IndicatorDimension, string> = {
  total: 'Total',
  sex: 'Sexe',
  age: "Tranche d'âge",
  qpv: 'Résident QPV',
  rsa: 'Bénéficiaire du RSA',
  territory: 'Quartier de résidence',
};

/** Fixed categories per breakdown; 'territory' takes the territories' codes, plus NOT_REPORTED. */
export const FIXED_CATEGORIES: Record<Exclude<BreakdownDimension, 'territory'>, readonly { key: string; label: string }[]> = {
  sex: [
    { key: 'F', label: 'Femmes' },
    { key: 'H', label: 'Hommes' },
    { key: NOT_REPORTED, label: 'Non renseigné' },
  ],
  age: [
    { key: 'moins-18', label: 'Moins de 18 ans' },
    { key: '18-29', label: '18 à 29 ans' },
    { key: '30-54', label: '30 à 54 ans' },
    { key: '55-plus', label: '55 ans et plus' },
    { key: NOT_REPORTED, label: 'Non renseigné' },
  ],
  qpv: [
    { key: 'oui', label: 'Oui' },
    { key: 'non', label: 'Non' },
    { key: NOT_REPORTED, label: 'Non renseigné' },
  ],
  rsa: [
    { key: 'oui', label: 'Oui' },
    { key: 'non', label: 'Non' },
    { key: NOT_REPORTED, label: 'Non renseigné' },
  ],
};

export const UNIT_LABELS: Record<string, string> = { personnes: 'personnes', seances: 'séances', heures: 'heures', pourcent: '%' };

const codeSchema = z.string().regex(/^[A-Z]{1,4}\d{2,3}[A-Z]?$/, 'Code attendu comme IC01');

export const indicatorEntrySchema = z
  .object({
    code: codeSchema,
    version: z.number().int().min(1),
    label: z.string().trim().min(1).max(200),
    unit: z.enum(['personnes', 'seances', 'heures', 'pourcent']),
    kind: z.enum(INDICATOR_KINDS),
    aggregation: z.enum(INDICATOR_AGGREGATIONS),
    numerator: codeSchema.optional(),
    denominator: codeSchema.optional(),
    derivedFrom: z.array(codeSchema).optional(),
    subsetOf: codeSchema.optional(),
    exclusiveGroup: z.string().trim().min(1).max(40).optional(),
    breakdowns: z.array(z.enum(INDICATOR_DIMENSIONS).exclude(['total'])),
    definition: z.string().max(2000).optional(),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    validTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict()
  .refine((entry) => entry.aggregation !== 'ratio' || (entry.numerator && entry.denominator), { message: 'Un ratio nomme son numérateur et son dénominateur' })
  .refine((entry) => entry.aggregation !== 'derived' || (entry.derivedFrom?.length ?? 0) > 0, { message: 'Un indicateur dérivé nomme les codes dont il est la somme' });

export const indicatorCatalogueSchema = z
  .object({
    format: z.literal('pacte-cai/indicateurs'),
    key: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{2,80}$/),
    title: z.string().trim().min(1).max(300),
    source: z.string().max(2000).optional(),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    indicators: z.array(indicatorEntrySchema).min(1).max(200),
  })
  .strict();

export type IndicatorCatalogueFile = z.infer<typeof indicatorCatalogueSchema>;
export type IndicatorCatalogueEntry = z.infer<typeof indicatorEntrySchema>;

/** One indicator as stored and used everywhere (a row of indicator_definitions, JSON decoded). */
export interface IndicatorDefinition {
  code: string;
  version: number;
  catalogueKey: string;
  position: number;
  label: string;
  unit: string;
  kind: (typeof INDICATOR_KINDS)[number];
  aggregation: (typeof INDICATOR_AGGREGATIONS)[number];
  numeratorCode: string | null;
  denominatorCode: string | null;
  derivedFrom: string[];
  breakdowns: BreakdownDimension[];
  subsetOfCode: string | null;
  exclusiveGroup: string | null;
  definition: string;
  validFrom: string;
  validTo: string | null;
}

/** Values a person types: sums only. Ratios and derived indicators are computed. */
export function isTyped(definition: Pick<IndicatorDefinition, 'aggregation'>): boolean {
  return definition.aggregation === 'sum';
}
