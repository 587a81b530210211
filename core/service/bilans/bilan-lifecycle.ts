// The manager's decisions on a yearly bilan: validate (which releases the year's balance, the same act
// as conventions.acceptBilan), reject, find incomplete, dispense, and the appraisal. Each one appends a
// 'bilan' event to the convention's history, in the transaction of the call (and of its audit entry).
import { eq } from 'drizzle-orm';
import { bilanKeyOf, readBilanFacts, type BilanFacts } from '../../../db/queries/bilan-read.ts';
import { ensureBilanRow } from '../../../db/queries/bilan-rows.ts';
import { appendConventionEvent, setBilanAccepted, updateConventionRow } from '../../../db/queries/convention-write.ts';
import { bilans } from '../../../db/schema/indicators.ts';
import { AppError } from '../../domain/app-error.ts';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from '../../domain/conventions/convention-status.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { BILAN_TRANSITIONS, bilanActRefusal, canApplyBilanAct, type BilanAct } from '../../domain/indicators/bilan-status.ts';
import type { ServiceContext } from '../context.ts';
import { refusal } from '../sessions/session-guards.ts';
import type { BilanDetail } from './bilans-api.ts';

const MANAGER_ACTS: readonly BilanAct[] = ['validate', 'markIncomplete', 'reject', 'dispense'];

/** A convention owes its bilans once signed; a résiliée one still answers for the years it ran. */
const BILAN_CONVENTION_STATUSES: readonly ConventionStatus[] = ['signee', 'en_cours', 'soldee', 'cloturee', 'resiliee'];

const todayOf = (context: ServiceContext): string => context.now().toISOString().slice(0, 10);
const refuse = (message: string, path?: string): AppError => refusal('precondition', message, path);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function withActs(facts: BilanFacts): BilanDetail {
  return { ...facts, allowedActs: MANAGER_ACTS.filter((act) => canApplyBilanAct(act, facts.status)) };
}

export function yearBilan(context: ServiceContext, conventionId: number, year: number): BilanDetail {
  const facts = readBilanFacts(context.db, conventionId, year, todayOf(context));
  if (!facts) throw new AppError('not_found', `La convention n° ${conventionId} ne couvre pas l’année ${year} (ou n’existe pas).`);
  return withActs(facts);
}

export function bilanById(context: ServiceContext, id: number): BilanDetail {
  const key = bilanKeyOf(context.db, id);
  if (!key) throw new AppError('not_found', `Le bilan n° ${id} est introuvable.`);
  return yearBilan(context, key.conventionId, key.year);
}

/** The act must start from a status that allows it, on a convention that owes its bilans; refused in French otherwise. */
function checkAct(facts: BilanFacts, act: BilanAct): void {
  const problem = bilanActRefusal(act, facts.status, facts.year);
  if (problem) throw refuse(`${capitalised(problem)}.`);
  if (!BILAN_CONVENTION_STATUSES.includes(facts.conventionStatus as ConventionStatus)) {
    const status = CONVENTION_STATUS_LABELS[facts.conventionStatus as ConventionStatus] ?? facts.conventionStatus;
    throw refuse(`La convention ${facts.conventionNumber} est au statut « ${status.toLowerCase()} » : ses bilans ne se traitent qu’une fois signée.`);
  }
}

/** Writes the decision and its history entry; the bilan row must exist. */
function decide(context: ServiceContext, facts: BilanFacts & { id: number }, act: BilanAct, decidedOn: string, summary: string, reason: string): void {
  const at = context.now().toISOString();
  context.db
    .update(bilans)
    .set({ status: BILAN_TRANSITIONS[act].to, statusReason: reason, decidedOn, decidedBy: context.actor, updatedAt: at })
    .where(eq(bilans.id, facts.id))
    .run();
  appendConventionEvent(context.db, facts.conventionId, { kind: 'bilan', summary, reason }, context.actor, at);
  updateConventionRow(context.db, facts.conventionId, { updatedAt: at });
}

function existing(facts: BilanFacts): BilanFacts & { id: number } {
  if (facts.id === null) throw refuse(`Le bilan ${facts.year} n’est pas reçu : importez le classeur du porteur ou saisissez-le.`);
  return facts as BilanFacts & { id: number };
}

/**
 * Validates a received bilan that holds figures and a financial report, and releases the year's balance
 * (convention_years.bilan_accepted_on: the trigger of the 'solde' line) in the same transaction.
 */
export function validateYearBilan(context: ServiceContext, conventionId: number, year: number, decidedOn: string | undefined): BilanDetail {
  const facts = yearBilan(context, conventionId, year);
  checkAct(facts, 'validate');
  const bilan = existing(facts);
  const missing: string[] = [];
  if (bilan.valueCount === 0 || bilan.outcome === null) missing.push('les chiffres des indicateurs et le résultat de l’action');
  if (bilan.financialLineCount === 0) missing.push('le compte rendu financier (au moins une ligne)');
  if (missing.length > 0) throw refuse(`Le bilan ${year} ne peut pas être validé : il manque ${missing.join(' et ')}. Marquez-le incomplet, ou importez le classeur complet.`);
  const on = decidedOn ?? todayOf(context);
  if (bilan.receivedOn !== null && on < bilan.receivedOn) {
    throw refuse(`La validation (${formatFrenchDate(on)}) ne peut pas précéder la réception du bilan (${formatFrenchDate(bilan.receivedOn)}).`, 'decidedOn');
  }
  if (setBilanAccepted(context.db, conventionId, year, on) === 0) throw refuse(`La convention ne couvre pas l’année ${year}.`, 'year');
  decide(context, bilan, 'validate', on, `Bilan ${year} validé le ${formatFrenchDate(on)} : le solde ${year} devient payable.`, '');
  return yearBilan(context, conventionId, year);
}

export function validateBilan(context: ServiceContext, id: number, decidedOn: string | undefined): BilanDetail {
  const { conventionId, year } = bilanById(context, id);
  return validateYearBilan(context, conventionId, year, decidedOn);
}

export function rejectBilan(context: ServiceContext, id: number, reason: string): BilanDetail {
  const facts = bilanById(context, id);
  checkAct(facts, 'reject');
  decide(context, existing(facts), 'reject', todayOf(context), `Bilan ${facts.year} rejeté.`, reason);
  return bilanById(context, id);
}

export function markBilanIncomplete(context: ServiceContext, id: number, reason: string): BilanDetail {
  const facts = bilanById(context, id);
  checkAct(facts, 'markIncomplete');
  decide(context, existing(facts), 'markIncomplete', todayOf(context), `Bilan ${facts.year} incomplet : demandé à nouveau au porteur.`, reason);
  return bilanById(context, id);
}

/** An expected bilan may have no row yet: dispensing it creates the row, as any first act does. */
export function dispenseBilan(context: ServiceContext, conventionId: number, year: number, reason: string): BilanDetail {
  const facts = yearBilan(context, conventionId, year);
  checkAct(facts, 'dispense');
  const row = ensureBilanRow(context.db, conventionId, year, context.actor, context.now().toISOString());
  decide(context, { ...facts, id: row.id }, 'dispense', todayOf(context), `Bilan ${year} dispensé.`, reason);
  return yearBilan(context, conventionId, year);
}

/** The manager's appraisal, at any status (a validated bilan's fiche is often written after the decision). */
export function setBilanAppraisal(context: ServiceContext, id: number, appraisal: string): BilanDetail {
  const facts = bilanById(context, id);
  const bilan = existing(facts);
  if (bilan.appraisal === appraisal) return facts;
  const at = context.now().toISOString();
  context.db.update(bilans).set({ appraisal, updatedAt: at }).where(eq(bilans.id, id)).run();
  appendConventionEvent(context.db, facts.conventionId, { kind: 'bilan', summary: `Bilan ${facts.year} : appréciation du gestionnaire ${appraisal === '' ? 'effacée' : 'enregistrée'}.` }, context.actor, at);
  return bilanById(context, id);
}
