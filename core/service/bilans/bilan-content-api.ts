// The content of a bilan (figures, compte rendu financier, outcome, text) and the provider's workbook that
// carries it there and back (browser-safe: zod and types only).
import { z } from 'zod';
import { BILAN_OUTCOMES, FINANCIAL_SIDES, INDICATOR_DIMENSIONS } from '../../domain/indicators/indicator-enums.ts';
import { defineMethod } from '../define.ts';

export type { BilanContentIssue, BilanValueInput } from '../../domain/indicators/bilan-consistency.ts';

const id = z.number().int().positive();
const yearSchema = z.number().int().min(2000).max(2100);
const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });

// Types only here: integers, signs and bounds are the domain's checks, which give each problem its place.
const valueSchema = z
  .object({ code: z.string().max(20), dimension: z.enum(INDICATOR_DIMENSIONS), category: z.string().max(80), value: z.number() })
  .strict();
const financialLineSchema = z
  .object({ side: z.enum(FINANCIAL_SIDES), account: z.string().trim().max(200), label: z.string().trim().max(1000).default(''), plannedCents: z.number(), actualCents: z.number() })
  .strict();

export const saveBilanContentSchema = z
  .object({
    conventionId: id,
    year: yearSchema,
    outcome: z.enum(BILAN_OUTCOMES, { error: 'Résultat : réalisée, non réalisée ou dates modifiées.' }),
    receivedOn: isoDate,
    qualitative: z.string().max(20_000, '20 000 caractères au plus.').default(''),
    values: z.array(valueSchema).max(5_000),
    financialLines: z.array(financialLineSchema).max(1_000),
  })
  .strict();

export type SaveBilanContentInput = z.input<typeof saveBilanContentSchema>;
export type SavedBilanContent = { id: number; bilanId: number; changed: boolean };

export type BilanWorkbookFile = { fileName: string; mediaType: string; contentBase64: string };

/** One problem of a returned workbook, at its place when it has one ("Indicateurs, ligne 12, colonne F"). */
export type WorkbookProblem = { sheet?: string; row?: number; column?: string; message: string };

export type BilanWorkbookImport = {
  fileName: string;
  /** Accepted: every check passed (and, unless a dry run, saved). */
  ok: boolean;
  dryRun: boolean;
  conventionId: number | null;
  conventionNumber: string | null;
  year: number | null;
  bilanId: number | null;
  /** False when the bilan already held exactly this content (the same file twice), or on a dry run / refusal. */
  changed: boolean;
  valueCount: number;
  lineCount: number;
  problems: WorkbookProblem[];
};

export type BilanIndicatorView = {
  code: string;
  label: string;
  unit: string;
  aggregation: 'sum' | 'ratio' | 'derived';
  target: number | null;
  /** Typed, or computed for a ratio (a fraction, 0.85) or a derived indicator; null when not given. */
  total: number | null;
  breakdowns: { dimension: string; label: string; cells: { category: string; label: string; value: number | null }[] }[];
};

export type BilanFinancialLineView = {
  side: 'charge' | 'produit';
  position: number;
  account: string;
  label: string;
  plannedCents: number;
  actualCents: number;
  gapCents: number;
  gapPercent: number | null;
};

export type BilanFinancialTotal = { plannedCents: number; actualCents: number; gapCents: number; gapPercent: number | null };

export type BilanContentView = {
  /** Null for an expected bilan nobody has touched yet. */
  bilanId: number | null;
  conventionId: number;
  year: number;
  status: string;
  outcome: string | null;
  receivedOn: string | null;
  qualitative: string;
  indicators: BilanIndicatorView[];
  financialLines: BilanFinancialLineView[];
  financialTotals: { charge: BilanFinancialTotal; produit: BilanFinancialTotal };
};

/** Decoded base64 of 20 MB at most: a filled workbook weighs tens of kilobytes. */
export const MAX_WORKBOOK_BASE64_CHARS = 28_000_000;

export const bilanContentMethods = {
  /** What a bilan holds, as its page shows it: figures with breakdowns beside targets, rates computed, the CRF with its gaps. */
  'bilans.content': defineMethod<BilanContentView>()(
    z.union([z.object({ bilanId: id }).strict(), z.object({ conventionId: id, year: yearSchema }).strict()]),
  ),
  /** Figures, CRF, outcome and text of a convention's year: all checked first, then saved together; status 'recu'. */
  'bilans.saveContent': defineMethod<SavedBilanContent>()(saveBilanContentSchema),
  /** The provider's .xlsx for a convention and year. */
  'bilans.workbook': defineMethod<BilanWorkbookFile>()(z.object({ conventionId: id, year: yearSchema }).strict()),
  /**
   * A returned workbook: read within bounds, checked whole, then saved as `bilans.saveContent` does (all or
   * nothing). `expected`: from a bilan's page, a workbook for another convention or year is refused.
   */
  'bilans.importWorkbook': defineMethod<BilanWorkbookImport>()(
    z
      .object({
        fileName: z.string().trim().min(1).max(260),
        contentBase64: z.string().min(1, 'Fichier vide.').max(MAX_WORKBOOK_BASE64_CHARS, 'Fichier trop lourd (20 Mo au plus).'),
        dryRun: z.boolean().default(false),
        expected: z.object({ conventionId: id, year: yearSchema }).strict().optional(),
      })
      .strict(),
  ),
};
