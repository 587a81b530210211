// A convention's targets per year for the common indicators: read them beside the application's proposed
// indicators, and set or remove one, with its line in the convention's history.
import { asc, eq } from 'drizzle-orm';
import { conventionRow } from '../../../db/queries/convention-detail.ts';
import { appendConventionEvent } from '../../../db/queries/convention-write.ts';
import { definitionsInForce } from '../../../db/queries/indicator-catalogue.ts';
import { deleteTarget, findTarget, listTargets, proposedIndicators, upsertTarget } from '../../../db/queries/target-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { conventionYears } from '../../../db/schema/conventions.ts';
import { AppError } from '../../domain/app-error.ts';
import type { IndicatorTargetRow } from '../../documents/convention-data.ts';
import { UNIT_LABELS, type IndicatorDefinition } from '../../domain/indicators/catalogue.ts';
import type { ServiceContext } from '../context.ts';
import type { ConventionTargets } from './indicators-api.ts';

/** Once ended, a convention's annex III is what was agreed: its targets no longer change. */
const ENDED_STATUSES: Readonly<Record<string, string>> = { cloturee: 'clôturée', resiliee: 'résiliée', abandonnee: 'abandonnée' };

/** The indicators a year of a convention reports on: those in force on its 31 December. */
export const definitionsOfYear = (db: Db, year: number): IndicatorDefinition[] => definitionsInForce(db, `${year}-12-31`);

function yearsOf(db: Db, conventionId: number): number[] {
  return db.select({ year: conventionYears.year }).from(conventionYears).where(eq(conventionYears.conventionId, conventionId)).orderBy(asc(conventionYears.year)).all().map((row) => row.year);
}

export function conventionTargets(db: Db, conventionId: number): ConventionTargets {
  const row = conventionRow(db, conventionId);
  const stored = new Map(listTargets(db, conventionId).map((target) => [`${target.year}:${target.code}`, target.targetValue]));
  return {
    conventionId,
    number: row.number,
    status: row.status,
    editable: !(row.status in ENDED_STATUSES),
    years: yearsOf(db, conventionId).map((year) => ({
      year,
      indicators: definitionsOfYear(db, year).map((definition) => ({
        code: definition.code,
        version: definition.version,
        label: definition.label,
        unit: definition.unit,
        kind: definition.kind,
        aggregation: definition.aggregation,
        target: stored.get(`${year}:${definition.code}`) ?? null,
      })),
    })),
    proposed: proposedIndicators(db, row.applicationId),
  };
}

const frenchNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "24 personnes", "80 %": how a target reads in the history. */
export function targetText(value: number, unit: string): string {
  const shown = frenchNumber.format(value);
  return unit === 'pourcent' ? `${shown} %` : `${shown} ${UNIT_LABELS[unit] ?? unit}`;
}

function checkValue(definition: IndicatorDefinition, value: number): void {
  if (definition.unit === 'pourcent' && value > 100) throw new AppError('validation', `La cible de ${definition.code} est un pourcentage : entre 0 et 100.`);
  if ((definition.unit === 'personnes' || definition.unit === 'seances') && !Number.isInteger(value)) {
    throw new AppError('validation', `La cible de ${definition.code} compte des ${UNIT_LABELS[definition.unit] ?? definition.unit} : un nombre entier.`);
  }
}

export function setConventionTarget(context: ServiceContext, input: { conventionId: number; year: number; code: string; value: number | null }): ConventionTargets {
  const { db } = context;
  const { conventionId, year, code, value } = input;
  const row = conventionRow(db, conventionId);
  const ended = ENDED_STATUSES[row.status];
  if (ended) throw new AppError('precondition', `La convention ${row.number} est ${ended} : ses cibles ne changent plus.`);
  const years = yearsOf(db, conventionId);
  if (!years.includes(year)) throw new AppError('validation', `La convention ${row.number} ne couvre pas ${year} (années : ${years.join(', ')}).`);
  const definition = definitionsOfYear(db, year).find((candidate) => candidate.code === code);
  if (!definition) throw new AppError('validation', `L’indicateur ${code} n’est pas en vigueur en ${year} : voir le catalogue des indicateurs communs.`);
  if (value !== null) checkValue(definition, value);
  const before = findTarget(db, conventionId, year, code);
  if (before === value) return conventionTargets(db, conventionId);
  const at = context.now().toISOString();
  if (value === null) deleteTarget(db, conventionId, year, code);
  else upsertTarget(db, { conventionId, year, code, targetValue: value, updatedAt: at, updatedBy: context.actor });
  const what = `Cible ${year} de ${code} (${definition.label})`;
  const summary =
    value === null
      ? `${what} retirée (elle était de ${targetText(before ?? 0, definition.unit)})`
      : before === null
        ? `${what} : ${targetText(value, definition.unit)}`
        : `${what} : ${targetText(before, definition.unit)} → ${targetText(value, definition.unit)}`;
  appendConventionEvent(db, conventionId, { kind: 'modification', summary }, context.actor, at);
  return conventionTargets(db, conventionId);
}

/** Annexe III's targets: each year's, in the catalogue's order, labelled as the definition in force that year. */
export function targetRowsForDocument(db: Db, conventionId: number): IndicatorTargetRow[] {
  return conventionTargets(db, conventionId).years.flatMap(({ year, indicators }) =>
    indicators.flatMap((indicator) => (indicator.target === null ? [] : [{ year, code: indicator.code, label: indicator.label, unit: indicator.unit, target: indicator.target }])),
  );
}
