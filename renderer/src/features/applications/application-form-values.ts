// Between the form (amounts typed the French way, ids as the pickers' strings, blank dates) and the
// API's application input. The API's own schema judges the converted input; its issues, and the host's
// on save, are moved back onto the form's fields, so the form and the host speak with one voice.
import { z } from 'zod';
import { BUDGET_ACCOUNTS, budgetTotals, costPerParticipantCents } from '../../../../core/domain/budget.ts';
import type { BudgetAccount, BudgetLine, BudgetTotals } from '../../../../core/domain/budget.ts';
import { formatEuros, parseEuros } from '../../../../core/domain/money.ts';
import type { ApplicationDetail, ApplicationInput, PublicKey } from '../../../../core/service/api.ts';
import { applicationCreateSchema } from '../../../../core/service/applications/applications-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { parseId } from './application-labels.ts';

export type BudgetRow = { account: BudgetAccount; label: string; amount: string };
/** key: a stable React key, since rows can be removed from the middle. */
export type IndicatorRow = { key: string; label: string; target: string };

export type ApplicationFormValues = {
  callId: string | null;
  providerId: string | null;
  title: string;
  summary: string;
  description: string;
  primaryObjectiveId: string | null;
  secondaryObjectiveIds: string[];
  publics: PublicKey[];
  publicOther: string;
  /** NumberInput gives '' while the field is empty. */
  expectedParticipants: number | string;
  expectedRsaParticipants: number | string;
  territoryIds: string[];
  /** ISO dates from <input type="date">, '' when not set. */
  startsOn: string;
  endsOn: string;
  isRenewal: boolean;
  duration: 'annuelle' | 'pluriannuelle';
  mobility: string;
  /** At least one row per Cerfa account, in the Cerfa's order; an account may hold several labelled lines. */
  budget: BudgetRow[];
  indicators: IndicatorRow[];
};

export type FormIssue = { path: string; message: string };
export type ApplicationReading = { input: ApplicationInput; issues: FormIssue[] };

let nextKey = 0;
export const newIndicatorRow = (label = '', target = ''): IndicatorRow => ({ key: `indicator-${(nextKey += 1)}`, label, target });

/** One row per account, holding what the application has on it (several labelled lines stay apart). */
function budgetRows(lines: readonly (BudgetLine & { label?: string })[]): BudgetRow[] {
  return BUDGET_ACCOUNTS.flatMap(({ account }) => {
    const own = lines.filter((line) => line.account === account);
    if (own.length === 0) return [{ account, label: '', amount: '' }];
    return own.map((line) => ({ account, label: line.label ?? '', amount: formatEuros(line.amountCents) }));
  });
}

export function toFormValues(application: ApplicationDetail | undefined, prefill: { callId?: number; providerId?: number } = {}): ApplicationFormValues {
  if (!application) {
    return {
      callId: prefill.callId === undefined ? null : String(prefill.callId),
      providerId: prefill.providerId === undefined ? null : String(prefill.providerId),
      title: '',
      summary: '',
      description: '',
      primaryObjectiveId: null,
      secondaryObjectiveIds: [],
      publics: [],
      publicOther: '',
      expectedParticipants: '',
      expectedRsaParticipants: '',
      territoryIds: [],
      startsOn: '',
      endsOn: '',
      isRenewal: false,
      duration: 'annuelle',
      mobility: '',
      budget: budgetRows([]),
      indicators: [],
    };
  }
  return {
    callId: String(application.callId),
    providerId: String(application.providerId),
    title: application.title,
    summary: application.summary,
    description: application.description,
    primaryObjectiveId: application.primaryObjectiveId === null ? null : String(application.primaryObjectiveId),
    secondaryObjectiveIds: application.secondaryObjectiveIds.map(String),
    publics: application.publics,
    publicOther: application.publicOther,
    expectedParticipants: application.expectedParticipants,
    expectedRsaParticipants: application.expectedRsaParticipants,
    territoryIds: application.territoryIds.map(String),
    startsOn: application.startsOn ?? '',
    endsOn: application.endsOn ?? '',
    isRenewal: application.isRenewal,
    duration: application.duration,
    mobility: application.mobility,
    budget: budgetRows(application.budgetLines),
    indicators: application.indicators.map((indicator) => newIndicatorRow(indicator.label, indicator.target)),
  };
}

const SAME_PATHS = [
  'callId', 'providerId', 'title', 'summary', 'description', 'primaryObjectiveId', 'secondaryObjectiveIds', 'publics', 'publicOther',
  'expectedParticipants', 'expectedRsaParticipants', 'territoryIds', 'startsOn', 'endsOn', 'isRenewal', 'duration', 'mobility', 'indicators',
];

type RowIndexes = { budget: number[]; indicators: number[] };

/** Where an API issue path ("budgetLines.3.amountCents", "indicators.0.label") sits in the form, if anywhere. */
function toFormPath(apiPath: string, indexes: RowIndexes): string | null {
  const budget = /^budgetLines\.(\d+)(?:\.|$)/u.exec(apiPath);
  if (budget) {
    const row = indexes.budget[Number(budget[1])];
    return row === undefined ? 'budget' : `budget.${row}.amount`;
  }
  if (apiPath === 'budgetLines') return 'budget';
  const indicator = /^indicators\.(\d+)\.(label|target)$/u.exec(apiPath);
  if (indicator) {
    const row = indexes.indicators[Number(indicator[1])];
    return row === undefined ? 'indicators' : `indicators.${row}.${indicator[2]}`;
  }
  const head = apiPath.split('.')[0] ?? '';
  return SAME_PATHS.includes(head) ? head : null;
}

function readCount(value: number | string): number {
  return value === '' ? 0 : Number(value);
}

function read(values: ApplicationFormValues): ApplicationReading & { indexes: RowIndexes } {
  const issues: FormIssue[] = [];
  const callId = parseId(values.callId);
  if (callId === null) issues.push({ path: 'callId', message: 'Choisissez l’appel à projets.' });
  const providerId = parseId(values.providerId);
  if (providerId === null) issues.push({ path: 'providerId', message: 'Choisissez le prestataire.' });

  const indexes: RowIndexes = { budget: [], indicators: [] };
  const budgetLines: BudgetLine[] = [];
  values.budget.forEach((row, index) => {
    if (row.amount.trim() === '') return;
    const reading = parseEuros(row.amount);
    if (!reading.ok) {
      issues.push({ path: `budget.${index}.amount`, message: reading.message });
      return;
    }
    // A zero says nothing the blank does not; the Cerfa leaves such lines empty.
    if (reading.cents === 0) return;
    budgetLines.push({ account: row.account, ...(row.label === '' ? {} : { label: row.label }), amountCents: reading.cents });
    indexes.budget.push(index);
  });
  const indicators: { label: string; target: string }[] = [];
  values.indicators.forEach((row, index) => {
    if (row.label.trim() === '' && row.target.trim() === '') return;
    indicators.push({ label: row.label, target: row.target });
    indexes.indicators.push(index);
  });

  const input: ApplicationInput = {
    // Placeholders where the reading failed: their fields already carry the reason.
    callId: callId ?? 0,
    providerId: providerId ?? 0,
    title: values.title,
    summary: values.summary,
    description: values.description,
    primaryObjectiveId: parseId(values.primaryObjectiveId),
    secondaryObjectiveIds: values.secondaryObjectiveIds.map((id) => parseId(id) ?? 0),
    publics: values.publics,
    publicOther: values.publics.includes('autre') ? values.publicOther : '',
    expectedParticipants: readCount(values.expectedParticipants),
    expectedRsaParticipants: readCount(values.expectedRsaParticipants),
    territoryIds: values.territoryIds.map((id) => parseId(id) ?? 0),
    startsOn: values.startsOn === '' ? null : values.startsOn,
    endsOn: values.endsOn === '' ? null : values.endsOn,
    isRenewal: values.isRenewal,
    duration: values.duration,
    mobility: values.mobility,
    budgetLines,
    indicators,
  };
  const checked = applicationCreateSchema.safeParse(input);
  for (const issue of checked.success ? [] : checked.error.issues) {
    const path = toFormPath(issue.path.map(String).join('.'), indexes);
    if (path !== null && !issues.some((known) => known.path === path)) issues.push({ path, message: issue.message });
  }
  return { input, issues, indexes };
}

export function readApplicationForm(values: ApplicationFormValues): ApplicationReading {
  const { input, issues } = read(values);
  return { input, issues };
}

/** For schemaResolver: the form's values judged by readApplicationForm, issues at the form's own paths. */
export const applicationFormSchema = z.custom<ApplicationFormValues>().superRefine((values, ctx) => {
  for (const issue of read(values).issues) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
});

export type IssueSplit = { fieldErrors: Record<string, string>; otherMessages: string[] };

/**
 * Host issues whose path names a field go under it, the rest above the form. The same title twice for
 * one provider in one call is refused as a 'conflict' whose sentence names the other application.
 */
export function splitIssues(error: unknown, values: ApplicationFormValues): IssueSplit {
  const fieldErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  if (!(error instanceof ApiCallError)) return { fieldErrors, otherMessages };
  if (error.code === 'conflict' && error.issues.some((issue) => issue.path === 'title')) return { fieldErrors: { title: error.message }, otherMessages };
  const { indexes } = read(values);
  for (const issue of error.issues) {
    const path = toFormPath(issue.path, indexes);
    if (path === null) otherMessages.push(issue.message);
    else fieldErrors[path] ??= issue.message;
  }
  return { fieldErrors, otherMessages };
}

export type LiveBudget = BudgetTotals & { costPerParticipantCents: number | null };

/** The budget's footer while typing: unreadable amounts count for nothing until corrected. */
export function liveBudget(values: ApplicationFormValues): LiveBudget {
  const lines: BudgetLine[] = [];
  for (const row of values.budget) {
    const reading = row.amount.trim() === '' ? null : parseEuros(row.amount);
    if (reading?.ok && reading.cents > 0) lines.push({ account: row.account, amountCents: reading.cents });
  }
  const totals = budgetTotals(lines);
  const participants = readCount(values.expectedParticipants);
  const perHead = Number.isSafeInteger(participants) && participants > 0 ? costPerParticipantCents(totals.chargesCents, participants) : null;
  return { ...totals, costPerParticipantCents: perHead };
}
