// Saves a bilan's content: every rule checked first (figures, compte rendu financier, the bilan's status,
// the convention's year), then one write of the whole content. The form and the workbook import share
// this path, so a workbook is accepted exactly when the same figures typed in would be.
import { isDeepStrictEqual } from 'node:util';
import { ensureBilanRow, findBilanRow } from '../../../db/queries/bilan-rows.ts';
import { compareValues, findBilanConvention, readBilanContent, replaceBilanContent, territoryCodes, updateBilanHeader, type BilanContent, type BilanConvention, type FinancialLine } from '../../../db/queries/bilan-content.ts';
import { appendConventionEvent } from '../../../db/queries/convention-write.ts';
import { definitionsInForce } from '../../../db/queries/indicator-catalogue.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { checkBilanValues, type BilanContentIssue, type BilanValueInput } from '../../domain/indicators/bilan-consistency.ts';
import { checkFinancialLines, type BilanOutcome, type FinancialLineInput } from '../../domain/indicators/financial-report.ts';
import type { ServiceContext } from '../context.ts';
import type { SavedBilanContent } from './bilan-content-api.ts';

export interface BilanSaveRequest {
  conventionId: number;
  year: number;
  outcome: BilanOutcome;
  receivedOn: string;
  qualitative: string;
  values: BilanValueInput[];
  financialLines: FinancialLineInput[];
  sourceSha256?: string | null;
}

/** Where a problem sits: a figure (code, breakdown, category), a CRF line (index), or the bilan itself. */
export type BilanSaveIssue = BilanContentIssue & { line?: number; precondition?: boolean };

export interface BilanSavePlan {
  request: BilanSaveRequest;
  convention: BilanConvention;
  content: BilanContent;
  existingId: number | null;
  /** The bilan already holds exactly this: nothing to write. */
  unchanged: boolean;
}

export type PreparedBilanSave = { ok: true; plan: BilanSavePlan } | { ok: false; issues: BilanSaveIssue[]; convention: BilanConvention | null };

const LOCKED_STATUSES: Record<string, string> = {
  valide: 'ce bilan est validé : son contenu ne change plus',
  dispense: 'ce bilan est dispensé : il n’a pas de contenu',
};

/** The bilan's convention and year, and whether its content may still change. */
function preconditions(db: Db, conventionId: number, year: number): { convention: BilanConvention | null; issues: BilanSaveIssue[] } {
  const convention = findBilanConvention(db, conventionId) ?? null;
  if (!convention) return { convention, issues: [{ precondition: true, message: `La convention n° ${conventionId} n’existe pas` }] };
  if (!convention.years.some((entry) => entry.year === year)) {
    const years = convention.years.map((entry) => entry.year).join(', ');
    return { convention, issues: [{ precondition: true, message: `La convention ${convention.number} ne couvre pas l’année ${year} (années : ${years || 'aucune'})` }] };
  }
  const status = findBilanRow(db, conventionId, year)?.status;
  const locked = status === undefined ? undefined : LOCKED_STATUSES[status];
  return { convention, issues: locked ? [{ precondition: true, message: `Bilan ${year} de ${convention.number} : ${locked}` }] : [] };
}

function normalized(request: BilanSaveRequest): BilanContent {
  const positions = { charge: 0, produit: 0 };
  const financialLines: FinancialLine[] = request.financialLines.map((line) => ({
    side: line.side,
    position: (positions[line.side] += 1),
    account: line.account.trim(),
    label: line.label.trim(),
    plannedCents: line.plannedCents,
    actualCents: line.actualCents,
  }));
  financialLines.sort((a, b) => (a.side === b.side ? a.position - b.position : a.side < b.side ? -1 : 1));
  return { values: [...request.values].sort(compareValues), financialLines };
}

/**
 * Every check, no write. `sameIgnoringReceivedOn`: a workbook imported again on another day is the same
 * bilan, not a new reception.
 */
export function prepareBilanSave(db: Db, request: BilanSaveRequest, today: string, options: { sameIgnoringReceivedOn?: boolean } = {}): PreparedBilanSave {
  const { convention, issues } = preconditions(db, request.conventionId, request.year);
  if (!convention || issues.length > 0) return { ok: false, issues, convention };
  const problems: BilanSaveIssue[] = [];
  if (request.receivedOn > today) problems.push({ field: 'receivedOn', message: `Date de réception dans le futur (${formatFrenchDate(request.receivedOn)})` });
  if (request.receivedOn < `${request.year}-01-01`) problems.push({ field: 'receivedOn', message: `Date de réception avant l’année du bilan (${formatFrenchDate(request.receivedOn)})` });
  problems.push(...checkBilanValues(definitionsInForce(db, `${request.year}-12-31`), request.values, territoryCodes(db)));
  for (const issue of checkFinancialLines(request.financialLines)) {
    problems.push({ message: issue.message, ...(issue.line === undefined ? {} : { line: issue.line }), ...(issue.field ? { field: issue.field } : {}) });
  }
  if (problems.length > 0) return { ok: false, issues: problems, convention };

  const content = normalized(request);
  const existing = findBilanRow(db, request.conventionId, request.year);
  const unchanged =
    existing !== undefined &&
    existing.status !== 'attendu' &&
    existing.outcome === request.outcome &&
    existing.qualitative === request.qualitative &&
    (options.sameIgnoringReceivedOn === true || existing.receivedOn === request.receivedOn) &&
    isDeepStrictEqual(readBilanContent(db, existing.id), content);
  return { ok: true, plan: { request, convention, content, existingId: existing?.id ?? null, unchanged } };
}

/** The write of a checked plan; call inside the call's transaction. */
export function applyBilanSave(db: Db, plan: BilanSavePlan, actor: string, at: string): SavedBilanContent {
  if (plan.unchanged && plan.existingId !== null) return { id: plan.existingId, bilanId: plan.existingId, changed: false };
  const { request } = plan;
  const row = ensureBilanRow(db, request.conventionId, request.year, actor, at);
  replaceBilanContent(db, row.id, plan.content);
  updateBilanHeader(db, row.id, {
    status: 'recu',
    outcome: request.outcome,
    receivedOn: request.receivedOn,
    qualitative: request.qualitative,
    ...(request.sourceSha256 === undefined ? {} : { sourceSha256: request.sourceSha256 }),
    updatedAt: at,
  });
  appendConventionEvent(db, request.conventionId, { kind: 'bilan', summary: `Bilan ${request.year} reçu le ${formatFrenchDate(request.receivedOn)}` }, actor, at);
  return { id: row.id, bilanId: row.id, changed: true };
}

function issuePath(issue: BilanSaveIssue): string {
  if (issue.line !== undefined) return `financialLines.${issue.line}${issue.field ? `.${issue.field}` : ''}`;
  if (issue.code !== undefined) return `values.${issue.code}${issue.dimension && issue.dimension !== 'total' ? `.${issue.dimension}` : ''}${issue.category ? `.${issue.category}` : ''}`;
  return issue.field ?? '';
}

/** A refused save: the first problems in the message, each with its path in `issues`. */
export function saveRefusal(issues: readonly BilanSaveIssue[]): AppError {
  const code = issues.some((issue) => issue.precondition) ? 'precondition' : 'validation';
  const shown = issues.slice(0, 10).map((issue) => issue.message);
  const more = issues.length > shown.length ? `\n… et ${issues.length - shown.length} autre(s).` : '';
  const message = issues.length === 1 ? `${shown[0] ?? ''}.` : `Bilan refusé, rien n’a été enregistré (${issues.length} problèmes) :\n${shown.join('\n')}${more}`;
  return new AppError(code, message, issues.map((issue) => ({ path: issuePath(issue), message: issue.message })));
}

export const todayOf = (context: ServiceContext): string => context.now().toISOString().slice(0, 10);

