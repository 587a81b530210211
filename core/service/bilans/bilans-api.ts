// The yearly bilans' lifecycle and lists: statuses, the manager's decisions and the fiche bilan
// (browser-safe: zod and types only).
import { z } from 'zod';
import type { BilanAct, BilanStatus } from '../../domain/indicators/bilan-status.ts';
import { BILAN_STATUSES } from '../../domain/indicators/indicator-enums.ts';
import { defineMethod } from '../define.ts';
import type { GeneratedDocument } from '../documents/documents-api.ts';
import type { BilanFacts, BilanList } from '../../../db/queries/bilan-read.ts';

export type { BilanCounts, BilanFacts, BilanHistoryEntry, BilanList, BilanListRow } from '../../../db/queries/bilan-read.ts';
export type { BilanAct, BilanStatus } from '../../domain/indicators/bilan-status.ts';
export { BILAN_ACT_LABELS, BILAN_STATUS_LABELS } from '../../domain/indicators/bilan-status.ts';

/** A bilan as its page shows it: the facts, and the acts its status allows now. */
export type BilanDetail = BilanFacts & { allowedActs: BilanAct[] };

const id = z.number().int().positive();
const yearSchema = z.number().int().min(2000).max(2100);
const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const reason = (message: string) => z.string().trim().min(1, message).max(2000, '2 000 caractères au plus.');

export const bilanListSchema = z
  .object({
    year: yearSchema.optional(),
    status: z.enum(BILAN_STATUSES, { error: 'Statut inconnu (attendu, recu, incomplet, valide, rejete, dispense).' }).optional(),
    conventionId: id.optional(),
    lateOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export type BilanListInput = z.input<typeof bilanListSchema>;

/** A bilan by its id, or a convention's year (an expected bilan may have no row yet). */
const bilanKeySchema = z.union([z.object({ id }).strict(), z.object({ conventionId: id, year: yearSchema }).strict()]);

export const bilansMethods = {
  /** Bilans by due date, expected ones included; `total` and `counts` over every matching row (counts ignore the status and lateness filters). */
  'bilans.list': defineMethod<BilanList>()(bilanListSchema),
  'bilans.get': defineMethod<BilanDetail>()(bilanKeySchema),
  /** A received bilan with figures and its financial report: validated, and the year's balance released (convention_years.bilan_accepted_on). */
  'bilans.validate': defineMethod<BilanDetail>()(z.object({ id, decidedOn: isoDate.optional() }).strict()),
  'bilans.reject': defineMethod<BilanDetail>()(z.object({ id, reason: reason('Indiquez le motif du rejet.') }).strict()),
  'bilans.markIncomplete': defineMethod<BilanDetail>()(z.object({ id, reason: reason('Indiquez ce qui manque au bilan.') }).strict()),
  /** No bilan will be asked for this year (an expected or incomplete one): the reason is kept. */
  'bilans.dispense': defineMethod<BilanDetail>()(z.object({ conventionId: id, year: yearSchema, reason: reason('Indiquez le motif de la dispense.') }).strict()),
  /** The manager's appraisal, printed on the fiche bilan; allowed on a validated bilan too. */
  'bilans.setAppraisal': defineMethod<BilanDetail>()(z.object({ id, appraisal: z.string().trim().max(20_000, '20 000 caractères au plus.') }).strict()),
  /** The fiche bilan of one action's year (PDF). */
  'documents.ficheBilan': defineMethod<GeneratedDocument>()(z.object({ bilanId: id }).strict()),
};

/** The keys of the status filter, for the CLI and the screens. */
export const BILAN_STATUS_KEYS: readonly BilanStatus[] = BILAN_STATUSES;
