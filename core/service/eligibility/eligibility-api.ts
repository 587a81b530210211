// Recevabilité (eligibility checklist): schemas and result types (browser-safe).
import { z } from 'zod';
import type { EligibilityItem } from '../../domain/eligibility.ts';
import type { ApplicationStatus } from '../applications/applications-api.ts';
import { defineMethod } from '../define.ts';

export type { EligibilityItem, EligibilityState } from '../../domain/eligibility.ts';

export const ELIGIBILITY_STATE_LABELS = { ok: 'Conforme', missing: 'Manquant', to_check: 'À vérifier', not_applicable: 'Sans objet' } as const;

export type EligibilityTick = { itemKey: string; itemLabel: string; isChecked: boolean; note: string; actor: string; at: string };

export type ApplicationEligibility = {
  applicationId: number;
  status: ApplicationStatus;
  items: EligibilityItem[];
  /** Points satisfied, among those that concern the file. */
  okCount: number;
  applicableCount: number;
  /** The sentence that refuses "recevable" today; null when the file can be declared recevable. */
  recevableRefusal: string | null;
  /** Every tick and untick, newest first. */
  ticks: EligibilityTick[];
};

export type CallEligibilityRow = {
  applicationId: number;
  title: string;
  providerName: string;
  status: ApplicationStatus;
  okCount: number;
  applicableCount: number;
  /** Labels of the points left, in checklist order. */
  blockers: string[];
};

const id = z.number().int().positive();

export const eligibilityMethods = {
  'eligibility.get': defineMethod<ApplicationEligibility>()(z.object({ applicationId: id }).strict()),
  'eligibility.tick': defineMethod<ApplicationEligibility>()(
    z
      .object({
        applicationId: id,
        itemKey: z.string().trim().min(1).max(40),
        isChecked: z.boolean(),
        note: z.string().trim().max(1000, '1 000 caractères au plus.').default(''),
      })
      .strict(),
  ),
  'eligibility.forCall': defineMethod<CallEligibilityRow[]>()(z.object({ callId: id }).strict()),
};
