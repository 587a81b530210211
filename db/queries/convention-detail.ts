// Reads one convention in full: years, schedule with what was paid on each line, payments,
// recoveries, avenants, history and the provider's yearly totals (the 23 000 € rule).
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import { nextConventionStatuses } from '../../core/domain/conventions/convention-status.ts';
import { isConventionMandatory } from '../../core/domain/conventions/payment-rules.ts';
import { dueOn, triggeredOn, type TriggerFacts } from '../../core/domain/conventions/schedule.ts';
import type { Avenant, AvenantChange, ConventionDetail, ScheduleLine } from '../../core/service/conventions/conventions-api.ts';
import type { Db } from '../open-database.ts';
import { avenants, conventionEvents, conventions, conventionYears, payments, recoveries, scheduleLines } from '../schema/conventions.ts';
import { providers } from '../schema/providers.ts';
import { avis } from '../schema/scoring.ts';
import { conventionSummary, providerYearTotals } from './convention-read.ts';

export type ConventionRow = typeof conventions.$inferSelect;

export function conventionRow(db: Db, id: number): ConventionRow {
  const row = db.select().from(conventions).where(eq(conventions.id, id)).get();
  if (!row) throw new AppError('not_found', `La convention n° ${id} n’existe pas.`);
  return row;
}

/** The facts that decide when each line's trigger happened. */
export function triggerFacts(db: Db, row: ConventionRow): TriggerFacts {
  const bothSigned = row.signedCcasOn !== null && (row.instrument === 'arrete' || row.signedProviderOn !== null);
  const signedOn = bothSigned ? [row.signedCcasOn, row.signedProviderOn ?? row.signedCcasOn].sort().at(-1) ?? null : null;
  const years = db.select().from(conventionYears).where(eq(conventionYears.conventionId, row.id)).all();
  return { signedOn, bilanAcceptedOn: new Map(years.flatMap((year) => (year.bilanAcceptedOn ? [[year.year, year.bilanAcceptedOn] as const] : []))) };
}

export function scheduleOf(db: Db, row: ConventionRow, today: string): ScheduleLine[] {
  const facts = triggerFacts(db, row);
  const avenantRanks = new Map(db.select({ id: avenants.id, rank: avenants.rank }).from(avenants).where(eq(avenants.conventionId, row.id)).all().map((a) => [a.id, a.rank]));
  const linePayments = db.select().from(payments).where(eq(payments.conventionId, row.id)).all();
  return db
    .select()
    .from(scheduleLines)
    .where(eq(scheduleLines.conventionId, row.id))
    .orderBy(asc(scheduleLines.rank))
    .all()
    .map((line) => {
      const own = linePayments.filter((payment) => payment.scheduleLineId === line.id);
      const paidCents = own.filter((payment) => payment.status === 'paye').reduce((sum, payment) => sum + payment.amountCents, 0);
      const orderedCents = own.filter((payment) => payment.status === 'mandate').reduce((sum, payment) => sum + payment.amountCents, 0);
      const due = dueOn(line, facts);
      const current = line.supersededByAvenantId === null;
      return {
        id: line.id,
        rank: line.rank,
        year: line.year,
        kind: line.kind,
        percentBp: line.percentBp,
        plannedCents: line.plannedCents,
        trigger: line.trigger,
        plannedOn: line.plannedOn,
        triggeredOn: triggeredOn(line, facts),
        dueOn: due,
        paidCents,
        orderedCents,
        remainingCents: line.plannedCents - paidCents - orderedCents,
        isOverdue: current && due !== null && due < today && paidCents < line.plannedCents,
        supersededBy: line.supersededByAvenantId === null ? null : (avenantRanks.get(line.supersededByAvenantId) ?? null),
        createdByAvenant: line.createdByAvenantId === null ? null : (avenantRanks.get(line.createdByAvenantId) ?? null),
      };
    });
}

export function avenantsOf(db: Db, conventionId: number): Avenant[] {
  return db
    .select()
    .from(avenants)
    .where(eq(avenants.conventionId, conventionId))
    .orderBy(asc(avenants.rank))
    .all()
    .map(({ conventionId: _conventionId, changes, ...rest }) => ({ ...rest, changes: JSON.parse(changes) as AvenantChange[] }));
}

export function getConvention(db: Db, id: number, today: string): ConventionDetail {
  const row = conventionRow(db, id);
  const summary = conventionSummary(db, id, today);
  if (!summary) throw new AppError('not_found', `La convention n° ${id} n’existe pas.`);
  const years = db.select().from(conventionYears).where(eq(conventionYears.conventionId, id)).orderBy(asc(conventionYears.year)).all();
  const schedule = scheduleOf(db, row, today);
  const rankOfLine = new Map(schedule.map((line) => [line.id, line]));
  const provider = db.select({ siret: providers.siret, rna: providers.rna }).from(providers).where(eq(providers.id, row.providerId)).get();
  const decided = db.select({ kind: avis.kind }).from(avis).where(eq(avis.applicationId, row.applicationId)).all();
  return {
    ...summary,
    duration: row.duration,
    object: row.object,
    openDataObject: row.openDataObject,
    eligibleCostCents: row.eligibleCostCents,
    conditions: row.conditions,
    avisKind: decided.at(-1)?.kind ?? '',
    caDeliberationRef: row.caDeliberationRef,
    caDeliberationOn: row.caDeliberationOn,
    signedProviderOn: row.signedProviderOn,
    signedCcasOn: row.signedCcasOn,
    advanceBp: row.advanceBp,
    templateVersion: row.templateVersion,
    providerSiret: provider?.siret ?? null,
    providerRna: provider?.rna ?? null,
    years: years.map((year) => ({ year: year.year, amountCents: year.amountCents, bilanAcceptedOn: year.bilanAcceptedOn })),
    schedule,
    payments: db
      .select()
      .from(payments)
      .where(eq(payments.conventionId, id))
      .orderBy(asc(payments.id))
      .all()
      .map((payment) => ({
        id: payment.id,
        lineRank: rankOfLine.get(payment.scheduleLineId)?.rank ?? 0,
        lineKind: rankOfLine.get(payment.scheduleLineId)?.kind ?? 'solde',
        amountCents: payment.amountCents,
        status: payment.status,
        mandateRef: payment.mandateRef,
        orderedOn: payment.orderedOn,
        paidOn: payment.paidOn,
        overrideReason: payment.overrideReason,
        cancelReason: payment.cancelReason,
        createdAt: payment.createdAt,
        createdBy: payment.createdBy,
      })),
    recoveries: db
      .select()
      .from(recoveries)
      .where(eq(recoveries.conventionId, id))
      .orderBy(asc(recoveries.id))
      .all()
      .map(({ conventionId: _conventionId, ...recovery }) => recovery),
    avenants: avenantsOf(db, id),
    history: db
      .select()
      .from(conventionEvents)
      .where(eq(conventionEvents.conventionId, id))
      .orderBy(asc(conventionEvents.id))
      .all()
      .map(({ conventionId: _conventionId, ...event }) => event),
    providerYears: providerYearTotals(
      db,
      row.providerId,
      years.map((year) => year.year),
    ).map((total) => ({ ...total, mandatory: isConventionMandatory(total.totalCents) })),
    nextStatuses: [...nextConventionStatuses(row.status)],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
