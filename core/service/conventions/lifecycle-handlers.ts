// The life of a convention: corrections before the board, the board's validation, signatures,
// start, close, résiliation and abandon — each change in the append-only history with who and why.
import { conventionSummary, providerYearTotals } from '../../../db/queries/convention-read.ts';
import { conventionRow, getConvention, scheduleOf, type ConventionRow } from '../../../db/queries/convention-detail.ts';
import { appendConventionEvent, appendScheduleLines, deleteUnpaidDraftSchedule, replaceYears, updateConventionRow } from '../../../db/queries/convention-write.ts';
import { AppError } from '../../domain/app-error.ts';
import { CONVENTION_STATUS_LABELS, conventionStatusChangeProblem, isAmountEditable, type ConventionStatus } from '../../domain/conventions/convention-status.ts';
import { isConventionMandatory } from '../../domain/conventions/payment-rules.ts';
import { defaultSchedule, scheduleProblems, type PlannedLine } from '../../domain/conventions/schedule.ts';
import { formatEuros } from '../../domain/money.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import type { ServiceContext } from '../context.ts';
import { validateYearBilan } from '../bilans/bilan-lifecycle.ts';
import { refusal } from '../sessions/session-guards.ts';
import type { ConventionDetail } from './conventions-api.ts';

export const todayOf = (context: ServiceContext): string => context.now().toISOString().slice(0, 10);

export function detail(context: ServiceContext, id: number): ConventionDetail {
  return getConvention(context.db, id, todayOf(context));
}

/** A convention rule said no: French, with the field when there is one (the sessions' refusal, code 'precondition'). */
export const refuse = (message: string, path?: string): AppError => refusal('precondition', message, path);

/** Moves the status, with its history entry; the machine's refusal is French and changes nothing. */
export function moveStatus(context: ServiceContext, row: ConventionRow, to: ConventionStatus, summary: string, reason = '', fields: Partial<ConventionRow> = {}): void {
  const problem = conventionStatusChangeProblem(row.status, to, reason);
  if (problem) throw refuse(problem);
  const at = context.now().toISOString();
  updateConventionRow(context.db, row.id, { ...fields, status: to, updatedAt: at });
  appendConventionEvent(context.db, row.id, { kind: 'statut', summary, reason, fromStatus: row.status, toStatus: to }, context.actor, at);
}

type UpdateInput = {
  id: number;
  object?: string | undefined;
  openDataObject?: string | undefined;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
  instrument?: 'convention' | 'arrete' | undefined;
  years?: { year: number; amountCents: number }[] | undefined;
  eligibleCostCents?: number | undefined;
  reason: string;
};

/** An arrêté attributif only while the provider's yearly total stays at or below 23 000 € (other conventions counted). */
function checkInstrument(context: ServiceContext, row: ConventionRow, instrument: 'convention' | 'arrete', years: readonly { year: number; amountCents: number }[]): void {
  if (instrument !== 'arrete') return;
  const others = providerYearTotals(context.db, row.providerId, years.map((entry) => entry.year));
  const own = new Map(getConvention(context.db, row.id, todayOf(context)).years.map((entry) => [entry.year, entry.amountCents]));
  for (const entry of years) {
    const total = (others.find((other) => other.year === entry.year)?.totalCents ?? 0) - (own.get(entry.year) ?? 0) + entry.amountCents;
    if (isConventionMandatory(total)) {
      throw refuse(`Le prestataire reçoit ${formatEuros(total)} du CCAS en ${entry.year} : au-delà de 23 000 € par an, une convention est obligatoire (loi n° 2000-321, art. 10) ; un arrêté attributif n’est pas possible.`, 'instrument');
    }
  }
}

export function updateConvention(context: ServiceContext, input: UpdateInput): ConventionDetail {
  const { db } = context;
  const row = conventionRow(db, input.id);
  if (!isAmountEditable(row.status)) {
    throw refuse(`La convention est au statut « ${CONVENTION_STATUS_LABELS[row.status].toLowerCase()} » : elle ne change plus que par avenant.`);
  }
  const current = getConvention(db, row.id, todayOf(context));
  const years = input.years ?? current.years.map(({ year, amountCents }) => ({ year, amountCents }));
  const totalCents = years.reduce((sum, entry) => sum + entry.amountCents, 0);
  const startsOn = input.startsOn ?? row.startsOn;
  const endsOn = input.endsOn ?? row.endsOn;
  if (startsOn > endsOn) throw refuse('La date de fin précède la date de début.', 'endsOn');
  const outside = years.find((entry) => entry.year < Number(startsOn.slice(0, 4)) || entry.year > Number(endsOn.slice(0, 4)));
  if (outside) throw refuse(`L’année ${outside.year} est hors de la durée de la convention (${formatFrenchDate(startsOn)} – ${formatFrenchDate(endsOn)}).`, 'years');
  const amountChanged = totalCents !== row.totalCents || JSON.stringify(years) !== JSON.stringify(current.years.map(({ year, amountCents }) => ({ year, amountCents })));
  if (amountChanged && input.reason.trim() === '') throw refuse('Indiquez le motif du changement de montant.', 'reason');
  const instrument = input.instrument ?? row.instrument;
  checkInstrument(context, row, instrument, years);
  const at = context.now().toISOString();
  updateConventionRow(db, row.id, {
    object: input.object ?? row.object,
    openDataObject: input.openDataObject ?? row.openDataObject,
    startsOn,
    endsOn,
    instrument,
    duration: years.length > 1 ? 'pluriannuelle' : 'annuelle',
    totalCents,
    eligibleCostCents: input.eligibleCostCents ?? row.eligibleCostCents,
    updatedAt: at,
  });
  if (amountChanged) {
    replaceYears(db, row.id, years);
    deleteUnpaidDraftSchedule(db, row.id);
    appendScheduleLines(db, row.id, defaultSchedule(years, row.advanceBp), at);
    appendConventionEvent(db, row.id, { kind: 'montant', summary: `Montant : ${formatEuros(row.totalCents)} → ${formatEuros(totalCents)}.`, reason: input.reason }, context.actor, at);
  } else {
    appendConventionEvent(db, row.id, { kind: 'modification', summary: 'Convention corrigée avant le CA.', reason: input.reason }, context.actor, at);
  }
  return detail(context, row.id);
}

/** Rewrites the schedule before the board's validation: each year's lines must sum to its amount to the cent. */
export function saveSchedule(context: ServiceContext, id: number, lines: PlannedLine[]): ConventionDetail {
  const { db } = context;
  const row = conventionRow(db, id);
  if (!isAmountEditable(row.status)) throw refuse('L’échéancier d’une convention validée par le CA ne change plus que par avenant.');
  const years = getConvention(db, id, todayOf(context)).years;
  const problems = scheduleProblems(years, lines);
  if (problems.length > 0) throw new AppError('validation', `L’échéancier ne tombe pas juste : ${problems.join(' ')}`, problems.map((message) => ({ path: 'lines', message })));
  const at = context.now().toISOString();
  deleteUnpaidDraftSchedule(db, id);
  appendScheduleLines(db, id, lines, at);
  appendConventionEvent(db, id, { kind: 'echeancier', summary: `Échéancier modifié (${lines.length} échéances).` }, context.actor, at);
  updateConventionRow(db, id, { updatedAt: at });
  return detail(context, id);
}

export function resplit(context: ServiceContext, id: number, advancePercent: number): ConventionDetail {
  const row = conventionRow(context.db, id);
  const advanceBp = Math.round(advancePercent * 100);
  const years = getConvention(context.db, id, todayOf(context)).years;
  const result = saveSchedule(context, id, defaultSchedule(years, advanceBp));
  updateConventionRow(context.db, row.id, { advanceBp });
  return { ...result, advanceBp };
}

export function present(context: ServiceContext, id: number, reason: string): ConventionDetail {
  const row = conventionRow(context.db, id);
  const problems = scheduleProblems(getConvention(context.db, id, todayOf(context)).years, scheduleOf(context.db, row, todayOf(context)).filter((line) => line.supersededBy === null));
  if (problems.length > 0) throw refuse(`L’échéancier ne tombe pas juste : ${problems.join(' ')}`);
  moveStatus(context, row, 'presentee_ca', 'Présentée au conseil d’administration.', reason);
  return detail(context, id);
}

export function validate(context: ServiceContext, id: number, deliberationRef: string, deliberationOn: string): ConventionDetail {
  const row = conventionRow(context.db, id);
  moveStatus(context, row, 'validee_ca', `Validée par le CA (délibération n° ${deliberationRef} du ${formatFrenchDate(deliberationOn)}).`, '', { caDeliberationRef: deliberationRef, caDeliberationOn: deliberationOn });
  return detail(context, id);
}

export function sign(context: ServiceContext, id: number, signedProviderOn: string | null, signedCcasOn: string): ConventionDetail {
  const row = conventionRow(context.db, id);
  if (row.status !== 'validee_ca') {
    throw refuse(`La convention doit être validée par le CA avant d’être signée (statut actuel : « ${CONVENTION_STATUS_LABELS[row.status].toLowerCase()} »).`);
  }
  if (row.instrument === 'convention' && signedProviderOn === null) throw refuse('Indiquez la date de signature du prestataire.', 'signedProviderOn');
  const validatedOn = row.caDeliberationOn ?? '';
  for (const [field, on, who] of [['signedCcasOn', signedCcasOn, 'du CCAS'], ['signedProviderOn', signedProviderOn, 'du prestataire']] as const) {
    if (on !== null && on < validatedOn) throw refuse(`La signature ${who} (${formatFrenchDate(on)}) ne peut pas précéder la délibération du CA (${formatFrenchDate(validatedOn)}).`, field);
  }
  moveStatus(context, row, 'signee', `Signée (prestataire : ${signedProviderOn ? formatFrenchDate(signedProviderOn) : '—'} ; CCAS : ${formatFrenchDate(signedCcasOn)}).`, '', { signedProviderOn, signedCcasOn });
  return detail(context, id);
}

export function start(context: ServiceContext, id: number): ConventionDetail {
  moveStatus(context, conventionRow(context.db, id), 'en_cours', 'Action en cours.');
  return detail(context, id);
}

/** Closing needs every euro paid and every recovery received; a résiliée convention closes once its recoveries are in. */
export function close(context: ServiceContext, id: number, reason: string): ConventionDetail {
  const row = conventionRow(context.db, id);
  const summary = conventionSummary(context.db, id, todayOf(context));
  const remaining = row.status === 'resiliee' ? 0 : row.totalCents - (summary?.paidCents ?? 0);
  const problems: string[] = [];
  if (remaining > 0) problems.push(`il reste ${formatEuros(remaining)} à verser (ou un avenant à passer)`);
  if ((summary?.openRecoveryCents ?? 0) > 0) problems.push(`un reversement de ${formatEuros(summary?.openRecoveryCents ?? 0)} n’est pas encore reçu`);
  if (problems.length > 0) throw refuse(`La convention ne peut pas être clôturée : ${problems.join(' ; ')}.`);
  moveStatus(context, row, 'cloturee', 'Clôturée.', reason);
  return detail(context, id);
}

export function terminate(context: ServiceContext, id: number, reason: string): ConventionDetail {
  moveStatus(context, conventionRow(context.db, id), 'resiliee', 'Résiliée.', reason);
  return detail(context, id);
}

export function abandon(context: ServiceContext, id: number, reason: string): ConventionDetail {
  moveStatus(context, conventionRow(context.db, id), 'abandonnee', 'Abandonnée.', reason);
  return detail(context, id);
}

/**
 * The year's bilan validated, and with it the year's balance released: the same act as bilans.validate
 * (bilan-lifecycle.ts), refused while that bilan is not received with its figures and financial report.
 */
export function acceptBilan(context: ServiceContext, id: number, year: number, acceptedOn: string): ConventionDetail {
  validateYearBilan(context, id, year, acceptedOn);
  return detail(context, id);
}
