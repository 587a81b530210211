// The SCDL "subventions" 2.1.1 open-data file of the conventions signed in a year or a date range:
// every row checked first, and nothing written when one cannot be exported.
import { and, eq, inArray } from 'drizzle-orm';
import { avenantsOf, conventionRow, scheduleOf } from '../../../db/queries/convention-detail.ts';
import { conventions, payments } from '../../../db/schema/conventions.ts';
import { providers } from '../../../db/schema/providers.ts';
import { organisation } from '../../../db/schema/settings.ts';
import { AppError } from '../../domain/app-error.ts';
import { buildScdlCsv, scdlDecisionReference, SCDL_SCHEMA_VERSION, type ScdlConventionRow } from '../../domain/conventions/scdl.ts';
import type { ServiceContext } from '../context.ts';
import type { ScdlExport } from './conventions-api.ts';
import { todayOf } from './lifecycle-handlers.ts';

/** Signed acts are published (within three months of signature), résiliées included: the money was granted. */
const PUBLISHED = ['signee', 'en_cours', 'soldee', 'cloturee', 'resiliee'] as const;

/** The later of both signatures (the CCAS's alone for an arrêté): the date of the convention. */
function conventionDate(row: { signedCcasOn: string | null; signedProviderOn: string | null }): string | null {
  if (row.signedCcasOn === null) return null;
  return [row.signedCcasOn, row.signedProviderOn ?? row.signedCcasOn].sort().at(-1) ?? null;
}

/** One date per current line: when it was paid, else when it is planned, else when its trigger happened. */
function paymentDates(context: ServiceContext, id: number): { dates: string[]; lineCount: number } {
  const row = conventionRow(context.db, id);
  const lines = scheduleOf(context.db, row, todayOf(context)).filter((line) => line.supersededBy === null);
  const paid = context.db.select({ lineId: payments.scheduleLineId, paidOn: payments.paidOn }).from(payments).where(and(eq(payments.conventionId, id), eq(payments.status, 'paye'))).all();
  const dates = lines.flatMap((line) => {
    const paidOn = paid.filter((payment) => payment.lineId === line.id && payment.paidOn !== null).map((payment) => payment.paidOn as string).sort().at(-1);
    const date = paidOn ?? line.plannedOn ?? line.triggeredOn;
    return date ? [date] : [];
  });
  return { dates, lineCount: lines.length };
}

export function exportScdl(context: ServiceContext, input: { year?: number | undefined; from?: string | undefined; to?: string | undefined }): ScdlExport {
  const { db } = context;
  const from = input.year !== undefined ? `${input.year}-01-01` : (input.from ?? '');
  const to = input.year !== undefined ? `${input.year}-12-31` : (input.to ?? '');
  if (from > to) throw new AppError('validation', 'La date de début suit la date de fin.', [{ path: 'from', message: 'Après la date de fin.' }]);
  const authority = db.select({ name: organisation.name, siret: organisation.siret }).from(organisation).get();
  const candidates = db
    .select({ id: conventions.id, number: conventions.number, signedCcasOn: conventions.signedCcasOn, signedProviderOn: conventions.signedProviderOn, caDeliberationRef: conventions.caDeliberationRef, openDataObject: conventions.openDataObject, totalCents: conventions.totalCents, endsOn: conventions.endsOn, providerName: providers.name, providerSiret: providers.siret, providerRna: providers.rna })
    .from(conventions)
    .innerJoin(providers, eq(providers.id, conventions.providerId))
    .where(inArray(conventions.status, [...PUBLISHED]))
    .orderBy(conventions.number)
    .all()
    .filter((row) => {
      const on = conventionDate(row);
      return on !== null && on >= from && on <= to;
    });
  const rows: ScdlConventionRow[] = candidates.map((row) => {
    const { dates, lineCount } = paymentDates(context, row.id);
    return {
      conventionNumber: row.number,
      providerName: row.providerName,
      providerSiret: row.providerSiret,
      providerRna: row.providerRna,
      object: row.openDataObject,
      totalCents: row.totalCents,
      signedOn: conventionDate(row),
      decisionRef: scdlDecisionReference(row.caDeliberationRef, avenantsOf(db, row.id).map((avenant) => avenant.rank)),
      paymentDates: dates,
      scheduleLineCount: lineCount,
      periodEnd: row.endsOn,
      inKind: false,
    };
  });
  const built = buildScdlCsv({ name: authority?.name ?? '', siret: authority?.siret || null }, rows);
  if (!built.ok) {
    const issues = built.problems.map((problem) => ({ path: `${problem.conventionNumber ?? 'CCAS'}.${problem.field}`, message: problem.message }));
    const listed = built.problems.map((problem) => `${problem.conventionNumber ?? 'CCAS (Paramètres)'}, ${problem.field} : ${problem.message}`);
    throw new AppError('validation', `Export SCDL ${SCDL_SCHEMA_VERSION} impossible, aucun fichier écrit — ${listed.length} problème(s) : ${listed.join(' ; ')}`, issues);
  }
  const period = input.year !== undefined ? String(input.year) : `${from}_${to}`;
  return { fileName: `subventions-scdl-${period}.csv`, csv: built.csv, rowCount: built.rowCount };
}
