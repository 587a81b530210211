// The content of a bilan: its indicator values (totals and breakdown cells) and its compte rendu financier
// lines. Read by the fiche bilan, the roll-ups' drill-down and the provider's workbook; replaced whole by a save.
import { asc, eq, isNull } from 'drizzle-orm';
import type { BilanValueInput } from '../../core/domain/indicators/bilan-consistency.ts';
import type { Db } from '../open-database.ts';
import { applicationBudgetLines, applications, bilanIndicatorValues, bilans, conventions, conventionYears, financialReportLines, providers, territories } from '../schema/index.ts';

export interface FinancialLine {
  side: 'charge' | 'produit';
  position: number;
  account: string;
  label: string;
  plannedCents: number;
  actualCents: number;
}

export interface BilanContent {
  values: BilanValueInput[];
  financialLines: FinancialLine[];
}

const DIMENSION_ORDER = ['total', 'sex', 'age', 'qpv', 'rsa', 'territory'];

/** Values in a stable order (code, then total first and the breakdowns in catalogue order), CRF lines by side and position. */
export function readBilanContent(db: Db, bilanId: number): BilanContent {
  const values = db
    .select({ code: bilanIndicatorValues.code, dimension: bilanIndicatorValues.dimension, category: bilanIndicatorValues.category, value: bilanIndicatorValues.value })
    .from(bilanIndicatorValues)
    .where(eq(bilanIndicatorValues.bilanId, bilanId))
    .all()
    .sort(compareValues);
  const financialLines = db
    .select({
      side: financialReportLines.side,
      position: financialReportLines.position,
      account: financialReportLines.account,
      label: financialReportLines.label,
      plannedCents: financialReportLines.plannedCents,
      actualCents: financialReportLines.actualCents,
    })
    .from(financialReportLines)
    .where(eq(financialReportLines.bilanId, bilanId))
    .orderBy(asc(financialReportLines.side), asc(financialReportLines.position), asc(financialReportLines.id))
    .all();
  return { values, financialLines };
}

export function compareValues(a: BilanValueInput, b: BilanValueInput): number {
  return (
    a.code.localeCompare(b.code) ||
    DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) ||
    (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)
  );
}

/** Replaces values and CRF lines of a bilan. Call inside the write's transaction. */
export function replaceBilanContent(db: Db, bilanId: number, content: BilanContent): void {
  db.delete(bilanIndicatorValues).where(eq(bilanIndicatorValues.bilanId, bilanId)).run();
  db.delete(financialReportLines).where(eq(financialReportLines.bilanId, bilanId)).run();
  for (const value of content.values) {
    db.insert(bilanIndicatorValues).values({ bilanId, code: value.code, dimension: value.dimension, category: value.category, value: value.value }).run();
  }
  for (const line of content.financialLines) {
    db.insert(financialReportLines).values({ bilanId, ...line }).run();
  }
}

export interface BilanHeaderUpdate {
  status: (typeof bilans.$inferInsert)['status'];
  outcome: (typeof bilans.$inferInsert)['outcome'];
  receivedOn: string;
  qualitative: string;
  sourceSha256?: string | null;
  updatedAt: string;
}

export function updateBilanHeader(db: Db, bilanId: number, update: BilanHeaderUpdate): void {
  db.update(bilans).set(update).where(eq(bilans.id, bilanId)).run();
}

/** What a bilan's content is saved against and what its workbook shows of the action. */
export interface BilanConvention {
  id: number;
  number: string;
  status: string;
  object: string;
  applicationId: number;
  applicationTitle: string;
  providerName: string;
  sessionId: number;
  startsOn: string;
  endsOn: string;
  years: { year: number; amountCents: number }[];
}

export function findBilanConvention(db: Db, conventionId: number): BilanConvention | undefined {
  const row = db
    .select({
      id: conventions.id,
      number: conventions.number,
      status: conventions.status,
      object: conventions.object,
      applicationId: conventions.applicationId,
      applicationTitle: applications.title,
      providerName: providers.name,
      sessionId: conventions.sessionId,
      startsOn: conventions.startsOn,
      endsOn: conventions.endsOn,
    })
    .from(conventions)
    .innerJoin(applications, eq(applications.id, conventions.applicationId))
    .innerJoin(providers, eq(providers.id, conventions.providerId))
    .where(eq(conventions.id, conventionId))
    .get();
  if (!row) return undefined;
  const years = db
    .select({ year: conventionYears.year, amountCents: conventionYears.amountCents })
    .from(conventionYears)
    .where(eq(conventionYears.conventionId, conventionId))
    .orderBy(asc(conventionYears.year))
    .all();
  return { ...row, years };
}

export function conventionIdsOfSession(db: Db, sessionId: number): number[] {
  return db.select({ id: conventions.id }).from(conventions).where(eq(conventions.sessionId, sessionId)).orderBy(asc(conventions.number)).all().map((row) => row.id);
}

/** The territories' codes: the categories of the 'territory' breakdown (besides 'nr'). */
export function territoryCodes(db: Db): string[] {
  return territoryCategories(db).map((row) => row.code);
}

/**
 * The neighbourhoods (top-level territories): a QPV lies within one, so listing both would count its residents
 * twice in a breakdown that must sum to its total. Archived ones stay valid for old bilans, the workbook omits them.
 */
export function territoryCategories(db: Db): { code: string; name: string; archived: boolean }[] {
  return db
    .select({ code: territories.code, name: territories.name, archived: territories.archived })
    .from(territories)
    .where(isNull(territories.parentId))
    .orderBy(asc(territories.position), asc(territories.code))
    .all();
}

/** The application's budget prévisionnel: the forecast column of the compte rendu financier. */
export function applicationBudget(db: Db, applicationId: number): { position: number; account: string; label: string; amountCents: number }[] {
  return db
    .select({ position: applicationBudgetLines.position, account: applicationBudgetLines.account, label: applicationBudgetLines.label, amountCents: applicationBudgetLines.amountCents })
    .from(applicationBudgetLines)
    .where(eq(applicationBudgetLines.applicationId, applicationId))
    .orderBy(asc(applicationBudgetLines.position), asc(applicationBudgetLines.id))
    .all();
}
