// What the convention commands print: the JSON shapes the issue fixes for scripts, and the French text a
// manager reads on a terminal (the list with its totals, one convention in full, the overdue lines).
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatSiret } from '../../../core/domain/identifiers.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import {
  CONVENTION_INSTRUMENT_LABELS,
  CONVENTION_STATUS_LABELS,
  CONVENTION_THRESHOLD_CENTS,
  PAYMENT_STATUS_LABELS,
  RECOVERY_CAUSE_LABELS,
  SCHEDULE_KIND_LABELS,
  SCHEDULE_TRIGGER_LABELS,
  type ConventionDetail,
  type ConventionList,
  type ConventionSummary,
  type OverdueItem,
  type Payment,
  type ProviderYearTotal,
  type Recovery,
  type ScheduleLine,
} from '../../../core/service/conventions/conventions-api.ts';
import type { OrganisationSettings } from '../../../core/service/api.ts';
import type { OpenedService } from '../../../core/service/open-service.ts';
import type { CliIo } from '../cli-io.ts';
import { withService } from '../open-cli-service.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const at = (iso: string) => dateTime.format(new Date(iso));
const date = (iso: string | null) => (iso === null ? '—' : formatFrenchDate(iso));

/**
 * Runs a command with the service open. The service repeats a refusal as the only issue (the field it
 * concerns); printed under the message it would read as a second problem, so it is printed once.
 */
export async function withConventionService(command: Command, io: CliIo, work: (opened: OpenedService) => Promise<void>): Promise<void> {
  try {
    await withService(command, io, work);
  } catch (error) {
    if (error instanceof AppError && error.issues?.every((issue) => issue.message === error.message)) throw new AppError(error.code, error.message);
    throw error;
  }
}

/** One row of `conventions list --json`: exactly these fields, in this order (issue 9). */
export function summaryJson(row: ConventionSummary) {
  const { id, number, applicationId, providerId, providerName, status: rowStatus, totalCents, paidCents, dueCents, mandatory } = row;
  return { id, number, applicationId, providerId, providerName, status: rowStatus, totalCents, paidCents, dueCents, mandatory };
}

/** `conventions show --json`, and every act's --json: the list fields, then the convention's parts. */
export function detailJson(detail: ConventionDetail) {
  return {
    ...summaryJson(detail),
    years: detail.years.map(({ year, amountCents }) => ({ year, amountCents })),
    schedule: detail.schedule.map(({ rank, kind, plannedCents, trigger, plannedOn, dueOn, paidCents, supersededBy }) => ({ rank, kind, plannedCents, trigger, plannedOn, dueOn, paidCents, supersededBy })),
    payments: detail.payments,
    recoveries: detail.recoveries,
    avenants: detail.avenants,
    history: detail.history,
  };
}

/** "CONV-2018-001 (Mobiliclés) — statut : Signée ; montant 15 000,00 € ; versé 0,00 € ; dû 10 500,00 €." */
export function conventionState(detail: ConventionSummary): string {
  const recovery = detail.openRecoveryCents > 0 ? ` ; reversement attendu ${formatEuros(detail.openRecoveryCents)}` : '';
  return `${detail.number} (${detail.providerName}) — statut : ${CONVENTION_STATUS_LABELS[detail.status]} ; montant ${formatEuros(detail.totalCents)} ; versé ${formatEuros(detail.paidCents)} ; dû ${formatEuros(detail.dueCents)}${recovery}.`;
}

const TABLE_HEADER = ['N°', 'Numéro', 'Prestataire', 'Action', 'Statut', 'Montant', 'Versé', 'Dû', 'En retard', 'Obligatoire'];

export function printConventionList(io: CliIo, list: ConventionList): void {
  if (list.rows.length === 0) {
    io.stdout('Aucune convention ne correspond. Elles se préparent d’après une séance close : « pacte conventions draft --session NUMÉRO ».\n');
    return;
  }
  io.stdout(`${TABLE_HEADER.join('\t')}\n`);
  for (const row of list.rows) {
    const cells = [row.id, row.number, row.providerName, row.applicationTitle, CONVENTION_STATUS_LABELS[row.status], formatEuros(row.totalCents), formatEuros(row.paidCents), formatEuros(row.dueCents), row.overdueCount, row.mandatory ? 'oui' : 'non'];
    io.stdout(`${cells.join('\t')}${row.isDemo ? '\t[démonstration]' : ''}\n`);
  }
  const { totals } = list;
  io.stdout(
    `Total : ${totals.count} convention${totals.count > 1 ? 's' : ''} ; montant ${formatEuros(totals.totalCents)} ; versé ${formatEuros(totals.paidCents)} ; dû ${formatEuros(totals.dueCents)} ; ${totals.overdueCount} en retard.\n`,
  );
}

/** "23 000 €", with the no-break spaces of every amount printed. */
const threshold = formatEuros(CONVENTION_THRESHOLD_CENTS).replace(',00', '');

/** The 23 000 € rule (loi n° 2000-321, art. 10) for one year, the way the convention page says it. */
export function thresholdSentence(total: ProviderYearTotal): string {
  const rule = total.mandatory ? `une convention est obligatoire (plus de ${threshold} par an)` : `un arrêté attributif est possible (${threshold} par an au plus)`;
  const sum = total.conventionCount > 1 ? ` Somme de ses ${total.conventionCount} conventions de l’année.` : '';
  return `Ce prestataire reçoit ${formatEuros(total.totalCents)} du CCAS en ${total.year} : ${rule}.${sum}`;
}

function describeLine(line: ScheduleLine): string {
  const parts = [`${line.rank}. ${SCHEDULE_KIND_LABELS[line.kind]} ${line.year}`, formatEuros(line.plannedCents), SCHEDULE_TRIGGER_LABELS[line.trigger].toLowerCase()];
  if (line.plannedOn !== null) parts.push(`prévue le ${formatFrenchDate(line.plannedOn)}`);
  parts.push(line.triggeredOn === null ? 'pas encore exigible' : `exigible le ${formatFrenchDate(line.triggeredOn)}, à payer avant le ${date(line.dueOn)}`);
  parts.push(`versé ${formatEuros(line.paidCents)}`);
  if (line.orderedCents > 0) parts.push(`mandaté ${formatEuros(line.orderedCents)}`);
  parts.push(`reste ${formatEuros(line.remainingCents)}`);
  if (line.isOverdue) parts.push('EN RETARD');
  if (line.supersededBy !== null) parts.push(`remplacée par l’avenant n° ${line.supersededBy}`);
  else if (line.createdByAvenant !== null) parts.push(`créée par l’avenant n° ${line.createdByAvenant}`);
  return parts.join(' — ');
}

export function describePayment(payment: Payment): string {
  const how = payment.status === 'paye' ? `payé le ${date(payment.paidOn)}` : payment.status === 'mandate' ? `mandaté le ${date(payment.orderedOn)}` : `annulé (${payment.cancelReason})`;
  const parts = [`n° ${payment.id}`, `échéance ${payment.lineRank} (${SCHEDULE_KIND_LABELS[payment.lineKind].toLowerCase()})`, formatEuros(payment.amountCents), how];
  if (payment.mandateRef) parts.push(`mandat ${payment.mandateRef}`);
  if (payment.overrideReason) parts.push(`avant le déclencheur : ${payment.overrideReason}`);
  return `${parts.join(' — ')} [${PAYMENT_STATUS_LABELS[payment.status]}]`;
}

export function describeRecovery(recovery: Recovery): string {
  const parts = [`n° ${recovery.id}`, formatEuros(recovery.amountCents), RECOVERY_CAUSE_LABELS[recovery.cause], `décision ${recovery.decisionRef}`];
  if (recovery.dueOn !== null) parts.push(`échéance le ${formatFrenchDate(recovery.dueOn)}`);
  parts.push(recovery.receivedOn === null ? 'pas encore reçu' : `reçu le ${formatFrenchDate(recovery.receivedOn)}`);
  if (recovery.note) parts.push(recovery.note);
  return parts.join(' — ');
}

function section(io: CliIo, title: string, lines: string[], empty: string): void {
  io.stdout(`\n${title}\n`);
  for (const line of lines.length > 0 ? lines : [empty]) io.stdout(`  ${line}\n`);
}

/** One convention in full, in the order of its page: parties, amounts by year, 23 000 €, schedule, payments, avenants, history. */
export function printConventionDetail(io: CliIo, detail: ConventionDetail, ccas: OrganisationSettings): void {
  const lever = detail.leverNumber === null ? '' : `, levier ${detail.leverNumber}`;
  io.stdout(`${detail.number} — ${CONVENTION_INSTRUMENT_LABELS[detail.instrument]} — ${CONVENTION_STATUS_LABELS[detail.status]}${detail.isDemo ? ' [démonstration]' : ''}\n`);
  io.stdout(`Action : ${detail.applicationTitle} (dossier n° ${detail.applicationId}, séance n° ${detail.sessionId}, appel ${detail.callYear}${lever})\n`);
  io.stdout(`Objet : ${detail.object}\nObjet publié (données ouvertes) : ${detail.openDataObject}\n`);
  io.stdout(`Durée : ${detail.duration}, du ${formatFrenchDate(detail.startsOn)} au ${formatFrenchDate(detail.endsOn)}\n`);
  if (detail.conditions) io.stdout(`Conditions de l’avis : ${detail.conditions}\n`);
  if (detail.caDeliberationRef !== null) io.stdout(`Délibération du CA : n° ${detail.caDeliberationRef} du ${date(detail.caDeliberationOn)}\n`);
  if (detail.signedCcasOn !== null) io.stdout(`Signatures : prestataire le ${date(detail.signedProviderOn)} ; CCAS le ${date(detail.signedCcasOn)}\n`);
  const next = detail.nextStatuses.map((next) => CONVENTION_STATUS_LABELS[next].toLowerCase());
  io.stdout(`Prochains statuts possibles : ${next.length > 0 ? next.join(', ') : 'aucun'}\n`);

  const signatory = ccas.signatories[0];
  section(io, 'Parties', [
    `Le CCAS : ${ccas.name || 'nom à renseigner dans les paramètres'} ; SIRET ${ccas.siret ? formatSiret(ccas.siret) : 'à renseigner dans les paramètres'} ; ${signatory ? `représenté par ${signatory.name}, ${signatory.role}` : 'signataire à renseigner dans les paramètres'}`,
    `Le prestataire : ${detail.providerName} (n° ${detail.providerId}) ; SIRET ${detail.providerSiret ? formatSiret(detail.providerSiret) : 'non renseigné'} ; RNA ${detail.providerRna ?? '—'}`,
  ], '');

  section(io, 'Montants', [
    `Montant total : ${formatEuros(detail.totalCents)} ; coût éligible : ${formatEuros(detail.eligibleCostCents)} ; versé : ${formatEuros(detail.paidCents)} ; dû : ${formatEuros(detail.dueCents)}${detail.openRecoveryCents > 0 ? ` ; reversement attendu : ${formatEuros(detail.openRecoveryCents)}` : ''}`,
    ...detail.years.map((year) => `${year.year} : ${formatEuros(year.amountCents)}${year.bilanAcceptedOn === null ? ' (bilan non accepté)' : ` (bilan accepté le ${formatFrenchDate(year.bilanAcceptedOn)})`}`),
  ], '');

  const mandatory = detail.providerYears.some((year) => year.mandatory);
  const refused = mandatory && detail.instrument === 'arrete' ? ['Un arrêté attributif ne suffit pas : rédigez une convention de financement.'] : [];
  section(io, mandatory ? `Convention obligatoire (plus de ${threshold} par an)` : `Sous le seuil de ${threshold} par an`, [...detail.providerYears.map(thresholdSentence), ...refused], 'Aucun montant.');

  section(io, `Échéancier (avance : ${(detail.advanceBp / 100).toLocaleString('fr-FR')} %)`, detail.schedule.map(describeLine), 'Aucune échéance.');
  section(io, 'Versements', detail.payments.map(describePayment), 'Aucun versement.');
  if (detail.recoveries.length > 0) section(io, 'Reversements', detail.recoveries.map(describeRecovery), '');
  section(
    io,
    'Avenants',
    detail.avenants.flatMap((avenant) => [
      `Avenant n° ${avenant.rank} : ${formatEuros(avenant.previousTotalCents)} → ${formatEuros(avenant.newTotalCents)} ; motif : ${avenant.reason}${avenant.caDeliberationRef ? ` ; délibération n° ${avenant.caDeliberationRef} du ${date(avenant.caDeliberationOn)}` : ''}${avenant.signedOn ? ` ; signé le ${formatFrenchDate(avenant.signedOn)}` : ''}`,
      ...avenant.changes.map((change) => `  ${change.label} : ${change.before} → ${change.after}`),
    ]),
    'Aucun avenant.',
  );
  section(
    io,
    'Historique',
    detail.history.map((event) => {
      const move = event.toStatus === null ? '' : `${event.fromStatus === null ? '' : `${CONVENTION_STATUS_LABELS[event.fromStatus]} → `}${CONVENTION_STATUS_LABELS[event.toStatus]} — `;
      return `${at(event.at)} — ${event.actor} — ${move}${event.summary}${event.reason ? ` Motif : ${event.reason}` : ''}`;
    }),
    'Aucun acte.',
  );
}

export function describeOverdue(item: OverdueItem): string {
  const why = item.reason === 'bilan' ? `bilan ${item.year} attendu avant le ${formatFrenchDate(item.dueOn)}` : `à payer avant le ${formatFrenchDate(item.dueOn)}`;
  return `${item.conventionId}\t${item.number}\t${item.providerName}\téchéance n° ${item.lineRank} (${SCHEDULE_KIND_LABELS[item.kind].toLowerCase()} ${item.year})\t${why}\treste ${formatEuros(item.remainingCents)}`;
}
