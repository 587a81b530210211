// Calls for projects (appels à projets): schemas and result types (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export const CALL_STATUS_LABELS = { preparation: 'En préparation', ouvert: 'Ouvert', clos: 'Clos' } as const;
export type CallStatus = keyof typeof CALL_STATUS_LABELS;

export type CallLeverEnvelope = { leverId: number; leverNumber: number; leverTitle: string; envelopeCents: number };
export type CallSummary = {
  id: number;
  year: number;
  title: string;
  status: CallStatus;
  envelopeCents: number;
  opensOn: string | null;
  closesOn: string | null;
  pactId: number;
  pactCode: string;
  isDemo: boolean;
};
/** A point of recevabilité this call checks by hand, on top of the standard checklist. */
export type CallChecklistItem = { id: number; label: string };
export type CallDetail = CallSummary & { priorities: string; leverEnvelopes: CallLeverEnvelope[]; checklistItems: CallChecklistItem[]; createdAt: string; updatedAt: string };

const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const cents = z.number().int('Montant en centimes entiers.').min(0, 'Le montant ne peut pas être négatif.').max(Number.MAX_SAFE_INTEGER);

export const callFieldsSchema = z
  .object({
    year: z.number().int().min(2000, 'Année entre 2000 et 2100.').max(2100, 'Année entre 2000 et 2100.'),
    title: z.string().trim().min(1, "L'intitulé de l'appel est requis.").max(200, '200 caractères au plus.'),
    /** The pact the call serves; by default the one in force for the call's year. */
    pactId: z.number().int().positive().optional(),
    opensOn: isoDate.nullable().default(null),
    closesOn: isoDate.nullable().default(null),
    envelopeCents: cents,
    leverEnvelopes: z.array(z.object({ leverNumber: z.number().int().positive(), envelopeCents: cents }).strict()).default([]),
    priorities: z.string().trim().max(4000, '4 000 caractères au plus.').default(''),
    /** Kept points carry their id, so the ticks already given on applications stay attached to them; absent = unchanged. */
    checklistItems: z
      .array(z.object({ id: z.number().int().positive().optional(), label: z.string().trim().min(1, 'Libellé du point requis.').max(300, '300 caractères au plus.') }).strict())
      .max(30, '30 points au plus.')
      .optional(),
    status: z.enum(['preparation', 'ouvert', 'clos'], { error: 'Statut : préparation, ouvert ou clos.' }).default('preparation'),
  })
  .strict();

/** Rules across fields, shared by the create and update schemas. */
function checkCall(call: z.output<typeof callFieldsSchema>, ctx: z.RefinementCtx): void {
  if (call.opensOn && call.closesOn && call.opensOn > call.closesOn) {
    ctx.addIssue({ code: 'custom', path: ['closesOn'], message: "La clôture précède l'ouverture." });
  }
  const numbers = call.leverEnvelopes.map((envelope) => envelope.leverNumber);
  numbers.forEach((number, index) => {
    if (numbers.indexOf(number) !== index) ctx.addIssue({ code: 'custom', path: ['leverEnvelopes', index, 'leverNumber'], message: `Levier ${number} indiqué deux fois.` });
  });
  const leverTotal = call.leverEnvelopes.reduce((sum, envelope) => sum + envelope.envelopeCents, 0);
  if (leverTotal > call.envelopeCents) {
    ctx.addIssue({ code: 'custom', path: ['leverEnvelopes'], message: "La somme des enveloppes par levier dépasse l'enveloppe totale de l'appel." });
  }
}

export const callCreateSchema = callFieldsSchema.superRefine(checkCall);
export const callUpdateSchema = callFieldsSchema.extend({ id: z.number().int().positive() }).strict().superRefine(checkCall);
export type CallInput = z.input<typeof callCreateSchema>;

export const callsMethods = {
  'calls.list': defineMethod<CallSummary[]>()(z.object({}).strict()),
  'calls.get': defineMethod<CallDetail>()(z.object({ id: z.number().int().positive() }).strict()),
  'calls.create': defineMethod<CallDetail>()(callCreateSchema),
  'calls.update': defineMethod<CallDetail>()(callUpdateSchema),
};
