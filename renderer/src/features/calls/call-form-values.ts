// Between the form (amounts typed the French way, dates possibly blank) and the API's call input.
// The API's own schema (callCreateSchema) judges the converted input; its issues are moved back
// onto the form's fields, so the form and the host speak with one voice.
import { z } from 'zod';
import { formatEuros, parseEuros } from '../../../../core/domain/money.ts';
import type { CallDetail, CallInput, CallStatus } from '../../../../core/service/api.ts';
import { callCreateSchema } from '../../../../core/service/calls/calls-api.ts';
import type { ApiCallError } from '../../api/api-call-error.ts';

export type LeverAmount = { leverNumber: number; amount: string };

export type CallFormValues = {
  /** NumberInput gives '' while the field is empty. */
  year: number | string;
  title: string;
  /** ISO dates from <input type="date">, '' when not set. */
  opensOn: string;
  closesOn: string;
  envelope: string;
  /** One row per lever of the call's pact; an empty amount means no envelope for that lever. */
  levers: LeverAmount[];
  priorities: string;
  /** key: a stable React key; id: the stored point, kept so the ticks already given stay attached to it. */
  checklistItems: { key: string; id?: number; label: string }[];
  status: CallStatus;
};

export type FormIssue = { path: string; message: string };

export type CallReading = {
  input: Omit<CallInput, 'pactId'>;
  issues: FormIssue[];
  /** For each entry of input.leverEnvelopes, the index of its row in values.levers. */
  leverIndexes: number[];
  /** For each entry of input.checklistItems, the index of its row in values.checklistItems (blank rows are dropped). */
  checklistIndexes: number[];
};

export function toFormValues(call: CallDetail | undefined, defaultYear: number): CallFormValues {
  if (!call) {
    return { year: defaultYear, title: '', opensOn: '', closesOn: '', envelope: '', levers: [], priorities: '', checklistItems: [], status: 'preparation' };
  }
  return {
    year: call.year,
    title: call.title,
    opensOn: call.opensOn ?? '',
    closesOn: call.closesOn ?? '',
    envelope: formatEuros(call.envelopeCents),
    levers: call.leverEnvelopes.map((envelope) => ({ leverNumber: envelope.leverNumber, amount: formatEuros(envelope.envelopeCents) })),
    priorities: call.priorities,
    checklistItems: call.checklistItems.map((item) => ({ key: `item-${item.id}`, id: item.id, label: item.label })),
    status: call.status,
  };
}

/** One row per lever of the pact, in its order, keeping what was typed for the same lever number. */
export function alignLevers(current: LeverAmount[], leverNumbers: number[]): LeverAmount[] {
  const typed = new Map(current.map((lever) => [lever.leverNumber, lever.amount]));
  return leverNumbers.map((leverNumber) => ({ leverNumber, amount: typed.get(leverNumber) ?? '' }));
}

/** Integer cents, or null when blank or unreadable (the reason then goes into issues). */
function readMoney(text: string, path: string, issues: FormIssue[], requiredMessage?: string): number | null {
  if (text.trim() === '') {
    if (requiredMessage) issues.push({ path, message: requiredMessage });
    return null;
  }
  const reading = parseEuros(text);
  if (reading.ok) return reading.cents;
  issues.push({ path, message: reading.message });
  return null;
}

/** Where an API issue path ("envelopeCents", "leverEnvelopes.0.envelopeCents") sits in the form, if anywhere. */
function toFormPath(apiPath: string, leverIndexes: number[], checklistIndexes: number[]): string | null {
  if (apiPath === 'envelopeCents') return 'envelope';
  if (apiPath === 'leverEnvelopes') return 'levers';
  const item = /^checklistItems\.(\d+)\.label$/u.exec(apiPath);
  if (item) {
    const row = checklistIndexes[Number(item[1])];
    return row === undefined ? null : `checklistItems.${row}.label`;
  }
  const lever = /^leverEnvelopes\.(\d+)(?:\.|$)/u.exec(apiPath);
  if (lever) {
    const row = leverIndexes[Number(lever[1])];
    return row === undefined ? 'levers' : `levers.${row}.amount`;
  }
  return ['year', 'title', 'opensOn', 'closesOn', 'priorities', 'status'].includes(apiPath) ? apiPath : null;
}

export function readCallForm(values: CallFormValues): CallReading {
  const issues: FormIssue[] = [];
  const year = typeof values.year === 'number' && Number.isInteger(values.year) ? values.year : null;
  if (year === null) issues.push({ path: 'year', message: 'L’année de l’appel est requise.' });
  const envelopeCents = readMoney(values.envelope, 'envelope', issues, 'L’enveloppe totale est requise.');
  const leverEnvelopes: NonNullable<CallInput['leverEnvelopes']> = [];
  const leverIndexes: number[] = [];
  values.levers.forEach((lever, index) => {
    const cents = readMoney(lever.amount, `levers.${index}.amount`, issues);
    if (cents === null) return;
    leverEnvelopes.push({ leverNumber: lever.leverNumber, envelopeCents: cents });
    leverIndexes.push(index);
  });
  const checklistIndexes = values.checklistItems.flatMap((item, index) => (item.label.trim() === '' ? [] : [index]));
  const input = {
    // Placeholders where the reading failed: their fields already carry the reason.
    year: year ?? 0,
    title: values.title,
    opensOn: values.opensOn === '' ? null : values.opensOn,
    closesOn: values.closesOn === '' ? null : values.closesOn,
    envelopeCents: envelopeCents ?? 0,
    leverEnvelopes,
    priorities: values.priorities,
    // A row left blank holds nothing typed: it is dropped rather than refused.
    checklistItems: checklistIndexes.map((index) => {
      const item = values.checklistItems[index] as CallFormValues['checklistItems'][number];
      return item.id === undefined ? { label: item.label } : { id: item.id, label: item.label };
    }),
    status: values.status,
  };
  const checked = callCreateSchema.safeParse(input);
  for (const issue of checked.success ? [] : checked.error.issues) {
    const path = toFormPath(issue.path.map(String).join('.'), leverIndexes, checklistIndexes);
    // Against a placeholder total, "the levers exceed the total" would be a false alarm.
    if (path === null || (path === 'levers' && envelopeCents === null)) continue;
    if (!issues.some((known) => known.path === path)) issues.push({ path, message: issue.message });
  }
  return { input, issues, leverIndexes, checklistIndexes };
}

/** For schemaResolver: the form's values judged by readCallForm, issues at the form's own paths. */
export const callFormSchema = z.custom<CallFormValues>().superRefine((values, ctx) => {
  for (const issue of readCallForm(values).issues) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
});

export type IssueSplit = { fieldErrors: Record<string, string>; otherMessages: string[] };

/** Host issues whose path names a form field go under that field; the rest are shown above the form. */
export function splitIssues(error: ApiCallError, values: CallFormValues): IssueSplit {
  const { leverIndexes, checklistIndexes } = readCallForm(values);
  const fieldErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  for (const issue of error.issues) {
    const path = toFormPath(issue.path, leverIndexes, checklistIndexes);
    if (path === null) otherMessages.push(issue.message);
    else fieldErrors[path] ??= issue.message;
  }
  return { fieldErrors, otherMessages };
}

export type LeverTotals = { totalCents: number | null; sumCents: number };

/** What the summary under the lever amounts shows while typing: unreadable amounts count for nothing. */
export function leverTotals(values: CallFormValues): LeverTotals {
  const cents = (text: string): number | null => {
    const reading = text.trim() === '' ? null : parseEuros(text);
    return reading?.ok ? reading.cents : null;
  };
  const sumCents = values.levers.reduce((sum, lever) => sum + (cents(lever.amount) ?? 0), 0);
  return { totalCents: cents(values.envelope), sumCents };
}
