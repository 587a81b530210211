// Avenants: a convention in force changes only by a numbered amendment, a new version that keeps the
// lines it replaces (superseded) and whose new lines again sum to the new amount of each year.
import { conventionRow, getConvention } from '../../../db/queries/convention-detail.ts';
import { appendConventionEvent, appendScheduleLines, insertAvenant, nextAvenantRank, replaceYears, supersedeLines, updateConventionRow } from '../../../db/queries/convention-write.ts';
import { acceptsAvenant, CONVENTION_STATUS_LABELS } from '../../domain/conventions/convention-status.ts';
import { defaultYearLines, type PlannedLine } from '../../domain/conventions/schedule.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { formatEuros } from '../../domain/money.ts';
import type { ServiceContext } from '../context.ts';
import type { AvenantChange, ConventionDetail } from './conventions-api.ts';
import { detail, moveStatus, refuse, todayOf } from './lifecycle-handlers.ts';

type YearAmount = { year: number; amountCents: number };

type AmendInput = {
  id: number;
  totalCents?: number | undefined;
  years?: YearAmount[] | undefined;
  endsOn?: string | undefined;
  object?: string | undefined;
  reason: string;
  deliberationRef: string | null;
  deliberationOn: string | null;
  signedOn: string | null;
};

/** The new yearly amounts: given, or the new total on a one-year convention (a multi-year one must say each year). */
function newYearsOf(input: AmendInput, current: readonly YearAmount[]): YearAmount[] {
  if (input.years) return [...input.years].sort((a, b) => a.year - b.year);
  if (input.totalCents === undefined) return current.map(({ year, amountCents }) => ({ year, amountCents }));
  if (current.length !== 1) throw refuse('Convention pluriannuelle : indiquez le nouveau montant de chaque année.', 'years');
  return [{ year: current[0]?.year ?? 0, amountCents: input.totalCents }];
}

export type ScheduleRevision = { supersede: number[]; add: PlannedLine[] };

/**
 * For each year whose amount changes, the lines nothing was paid or ordered on are superseded and the
 * rest of the new amount is planned again (the default split if the year had no payment yet, else one
 * balance after that year's bilan). A year may not drop below what was already paid or ordered on it.
 */
export function reviseSchedule(
  lines: readonly { id: number; year: number; plannedCents: number; paidCents: number; orderedCents: number; supersededBy: number | null }[],
  before: readonly YearAmount[],
  after: readonly YearAmount[],
  advanceBp: number,
): ScheduleRevision {
  const revision: ScheduleRevision = { supersede: [], add: [] };
  const current = lines.filter((line) => line.supersededBy === null);
  const firstYear = Math.min(...after.map((entry) => entry.year), ...before.map((entry) => entry.year));
  const years = new Set([...before.map((entry) => entry.year), ...after.map((entry) => entry.year)]);
  for (const year of [...years].sort()) {
    const was = before.find((entry) => entry.year === year)?.amountCents ?? 0;
    const will = after.find((entry) => entry.year === year)?.amountCents ?? 0;
    if (was === will) continue;
    const ofYear = current.filter((line) => line.year === year);
    const engaged = ofYear.filter((line) => line.paidCents + line.orderedCents > 0);
    const kept = engaged.reduce((sum, line) => sum + line.plannedCents, 0);
    if (will < kept) {
      throw refuse(`Le nouveau montant de ${year} (${formatEuros(will)}) est inférieur aux échéances déjà versées ou mandatées (${formatEuros(kept)}) : enregistrez plutôt un reversement.`, 'years');
    }
    revision.supersede.push(...ofYear.filter((line) => !engaged.includes(line)).map((line) => line.id));
    const rest = will - kept;
    if (rest === 0) continue;
    revision.add.push(
      ...(engaged.length === 0
        ? defaultYearLines(year, rest, advanceBp, year === firstYear)
        : [{ year, kind: 'solde' as const, percentBp: null, plannedCents: rest, trigger: 'bilan' as const, plannedOn: null }]),
    );
  }
  return revision;
}

export function amend(context: ServiceContext, input: AmendInput): ConventionDetail {
  const { db } = context;
  const row = conventionRow(db, input.id);
  if (!acceptsAvenant(row.status)) {
    throw refuse(`Un avenant modifie une convention signée et en vigueur ; celle-ci est au statut « ${CONVENTION_STATUS_LABELS[row.status].toLowerCase()} ».`);
  }
  if (input.deliberationOn !== null && row.signedCcasOn !== null && input.deliberationOn < (row.caDeliberationOn ?? '')) {
    throw refuse('La délibération de l’avenant ne peut pas précéder celle de la convention.', 'deliberationOn');
  }
  const today = todayOf(context);
  const current = getConvention(db, row.id, today);
  const before = current.years.map(({ year, amountCents }) => ({ year, amountCents }));
  const after = newYearsOf(input, before);
  const newTotal = after.reduce((total, entry) => total + entry.amountCents, 0);
  const endsOn = input.endsOn ?? row.endsOn;
  if (endsOn < row.startsOn) throw refuse('La nouvelle date de fin précède le début de la convention.', 'endsOn');
  const beyond = after.find((entry) => entry.year > Number(endsOn.slice(0, 4)) || entry.year < Number(row.startsOn.slice(0, 4)));
  if (beyond) throw refuse(`L’année ${beyond.year} est hors de la durée de la convention.`, 'years');
  const changes: AvenantChange[] = [];
  if (newTotal !== row.totalCents) changes.push({ field: 'montant', label: 'Montant de la subvention', before: formatEuros(row.totalCents), after: formatEuros(newTotal) });
  if (before.length > 1 && JSON.stringify(before) !== JSON.stringify(after)) {
    const describe = (years: readonly YearAmount[]) => years.map((entry) => `${entry.year} : ${formatEuros(entry.amountCents)}`).join(' ; ');
    changes.push({ field: 'annees', label: 'Montants par année', before: describe(before), after: describe(after) });
  }
  if (endsOn !== row.endsOn) changes.push({ field: 'fin', label: 'Date de fin', before: formatFrenchDate(row.endsOn), after: formatFrenchDate(endsOn) });
  if (input.object !== undefined && input.object !== row.object) changes.push({ field: 'objet', label: 'Objet', before: row.object, after: input.object });
  if (changes.length === 0) throw refuse('Cet avenant ne change rien : indiquez un nouveau montant, une nouvelle date de fin ou un nouvel objet.');
  const revision = reviseSchedule(current.schedule, before, after, row.advanceBp);
  if (revision.supersede.length > 0 || revision.add.length > 0) {
    changes.push({ field: 'echeancier', label: 'Échéancier', before: `${revision.supersede.length} échéance(s) remplacée(s)`, after: `${revision.add.length} nouvelle(s) échéance(s)` });
  }
  const at = context.now().toISOString();
  const rank = nextAvenantRank(db, row.id);
  const avenantId = insertAvenant(db, {
    conventionId: row.id,
    rank,
    changes: JSON.stringify(changes),
    reason: input.reason,
    previousTotalCents: row.totalCents,
    newTotalCents: newTotal,
    caDeliberationRef: input.deliberationRef,
    caDeliberationOn: input.deliberationOn,
    signedOn: input.signedOn,
    createdAt: at,
    createdBy: context.actor,
  });
  supersedeLines(db, revision.supersede, avenantId);
  appendScheduleLines(db, row.id, revision.add, at, avenantId);
  replaceYears(db, row.id, after);
  updateConventionRow(db, row.id, { totalCents: newTotal, endsOn, object: input.object ?? row.object, duration: after.length > 1 ? 'pluriannuelle' : 'annuelle', updatedAt: at });
  appendConventionEvent(db, row.id, { kind: 'avenant', summary: `Avenant n° ${rank} : ${changes.map((change) => `${change.label.toLowerCase()} ${change.before} → ${change.after}`).join(' ; ')}.`, reason: input.reason }, context.actor, at);
  const paid = getConvention(db, row.id, today).paidCents;
  if (row.status === 'soldee' && paid < newTotal) moveStatus(context, conventionRow(db, row.id), 'en_cours', `En cours : l’avenant n° ${rank} porte le montant à ${formatEuros(newTotal)}.`);
  if (row.status === 'en_cours' && paid >= newTotal) moveStatus(context, conventionRow(db, row.id), 'soldee', `Soldée après l’avenant n° ${rank}.`);
  return detail(context, row.id);
}
