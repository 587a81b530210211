// Gathers what the convention, avenant and payment-certificate PDFs are built from: the CCAS (settings),
// the provider, the application (annexes I–III), the convention as it stands and its schedule.
import { eq } from 'drizzle-orm';
import { getApplication } from '../../../db/queries/application-read.ts';
import { getCall } from '../../../db/queries/call-queries.ts';
import { conventionRow, getConvention } from '../../../db/queries/convention-detail.ts';
import { getPact } from '../../../db/queries/pact-read.ts';
import { getProvider } from '../../../db/queries/provider-queries.ts';
import { readOrganisation } from '../../../db/queries/settings-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { payments } from '../../../db/schema/conventions.ts';
import { caiSessions } from '../../../db/schema/sessions.ts';
import { AppError } from '../../domain/app-error.ts';
import { budgetAccountDefinition } from '../../domain/budget.ts';
import type {
  AvenantChange as DocumentAvenantChange,
  AvenantDocumentData,
  CcasParty,
  CertificatDocumentData,
  ConventionDocumentData,
  ConventionFacts,
  ScheduleLineData,
} from '../../documents/convention-data.ts';
import { PUBLIC_LABELS } from '../applications/applications-api.ts';
import { targetRowsForDocument } from '../indicators/convention-targets.ts';
import type { ConventionDetail, ScheduleLine } from '../conventions/conventions-api.ts';
import { EMPTY_ORGANISATION } from '../settings/settings-api.ts';

function ccasParty(db: Db): CcasParty {
  const organisation = readOrganisation(db) ?? { ...EMPTY_ORGANISATION, updatedAt: null };
  const { name, department, address, postalCode, city, logoDataUrl, siret, signatories } = organisation;
  // The first signatory of the settings is the CCAS's legal representative: he or she signs conventions.
  const representative = signatories[0] ?? null;
  return { name, department, address, postalCode, city, logoDataUrl, siret: siret === '' ? null : siret, representative };
}

const lineData = (line: ScheduleLine): ScheduleLineData => ({
  rank: line.rank,
  year: line.year,
  kind: line.kind,
  percentBp: line.percentBp,
  amountCents: line.plannedCents,
  trigger: line.trigger,
  plannedOn: line.plannedOn ?? line.triggeredOn,
  dueOn: line.dueOn,
});

function facts(db: Db, detail: ConventionDetail): ConventionFacts {
  const application = getApplication(db, detail.applicationId);
  const provider = getProvider(db, detail.providerId);
  const call = getCall(db, application.callId);
  const pact = getPact(db, call.pactId);
  const leverTitles = new Map(pact.levers.map((lever) => [lever.number, lever.title]));
  const heldOn = db.select({ heldOn: caiSessions.heldOn }).from(caiSessions).where(eq(caiSessions.id, detail.sessionId)).get()?.heldOn ?? '';
  const budgetRows = (side: 'charge' | 'produit') =>
    application.budgetLines.filter((line) => budgetAccountDefinition(line.account).side === side).map((line) => ({ label: line.label, amountCents: line.amountCents }));
  return {
    ccas: ccasParty(db),
    provider: {
      name: provider.name,
      legalForm: provider.legalForm,
      siret: provider.siret,
      rna: provider.rna,
      address: provider.address,
      postalCode: provider.postalCode,
      city: provider.city,
      representative: provider.representativeName === '' ? null : { name: provider.representativeName, role: provider.representativeRole, civility: provider.representativeCivility },
    },
    pact: { title: pact.title },
    call: { title: call.title },
    cai: { heldOn, avisKind: detail.avisKind === 'favorable_sous_reserve' ? 'favorable_sous_reserve' : 'favorable' },
    ca: { deliberationRef: detail.caDeliberationRef, deliberationOn: detail.caDeliberationOn },
    convention: {
      number: detail.number,
      instrument: detail.instrument,
      duration: detail.duration,
      object: detail.object,
      startsOn: detail.startsOn,
      endsOn: detail.endsOn,
      totalCents: detail.totalCents,
      eligibleCostCents: detail.eligibleCostCents,
      conditions: detail.conditions,
      signedCcasOn: detail.signedCcasOn,
      signedProviderOn: detail.signedProviderOn,
    },
    years: detail.years.map(({ year, amountCents }) => ({ year, amountCents })),
    schedule: detail.schedule.filter((line) => line.supersededBy === null).map(lineData),
    providerYearTotals: detail.providerYears.map(({ year, totalCents }) => ({ year, totalCents })),
    action: {
      title: application.title,
      summary: application.summary,
      publics: application.publics.map((key) => (key === 'autre' && application.publicOther !== '' ? application.publicOther : PUBLIC_LABELS[key])),
      expectedParticipants: application.expectedParticipants,
      startsOn: application.startsOn,
      endsOn: application.endsOn,
      mobility: application.mobility,
      territories: application.territories.map((territory) => territory.name),
      objectives: application.objectives.map((objective) => ({
        leverNumber: objective.leverNumber,
        leverTitle: leverTitles.get(objective.leverNumber) ?? '',
        code: objective.code,
        title: objective.title,
        isPrimary: objective.isPrimary,
      })),
    },
    budget: { charges: budgetRows('charge'), produits: budgetRows('produit') },
    indicators: application.indicators.map((indicator) => ({ label: indicator.label, target: indicator.target === '' ? null : indicator.target, year: null })),
    targets: targetRowsForDocument(db, detail.id),
  };
}

const isDraft = (detail: ConventionDetail) => detail.status === 'brouillon' || detail.status === 'presentee_ca';

export function conventionDocumentData(db: Db, detail: ConventionDetail): ConventionDocumentData {
  return { ...facts(db, detail), issuedOn: detail.updatedAt.slice(0, 10), draft: isDraft(detail) };
}

export function avenantDocumentData(db: Db, detail: ConventionDetail, rank: number): AvenantDocumentData {
  const avenant = detail.avenants.find((candidate) => candidate.rank === rank);
  if (!avenant) throw new AppError('not_found', `La convention ${detail.number} n’a pas d’avenant n° ${rank}.`);
  const changes: DocumentAvenantChange[] = avenant.changes.flatMap((change): DocumentAvenantChange[] => {
    if (change.field === 'montant') return [{ field: 'amount', beforeCents: avenant.previousTotalCents, afterCents: avenant.newTotalCents }];
    if (change.field === 'fin') return [{ field: 'endDate', before: change.before, after: change.after }];
    if (change.field === 'objet') return [{ field: 'object', before: change.before, after: change.after }];
    if (change.field === 'echeancier') return [{ field: 'schedule' }];
    return [];
  });
  return {
    issuedOn: (avenant.signedOn ?? avenant.caDeliberationOn ?? avenant.createdAt).slice(0, 10),
    draft: avenant.caDeliberationRef === null,
    convention: facts(db, detail),
    avenant: {
      rank,
      reason: avenant.reason,
      deliberationRef: avenant.caDeliberationRef,
      deliberationOn: avenant.caDeliberationOn,
      signedOn: avenant.signedOn,
      changes,
      supersededSchedule: detail.schedule.filter((line) => line.supersededBy === rank).map(lineData),
    },
  };
}

export function certificatDocumentData(db: Db, paymentId: number, today: string): CertificatDocumentData {
  const payment = db.select().from(payments).where(eq(payments.id, paymentId)).get();
  if (!payment) throw new AppError('not_found', `Le versement n° ${paymentId} n’existe pas.`);
  if (payment.status === 'annule') throw new AppError('precondition', 'Ce versement est annulé : pas de certificat de paiement.');
  const row = conventionRow(db, payment.conventionId);
  const detail = getConvention(db, row.id, today);
  const line = detail.schedule.find((candidate) => candidate.id === payment.scheduleLineId);
  if (!line) throw new AppError('not_found', 'L’échéance de ce versement est introuvable.');
  const provider = getProvider(db, row.providerId);
  const paidBeforeCents = detail.payments.filter((other) => other.status === 'paye' && other.id < payment.id).reduce((sum, other) => sum + other.amountCents, 0);
  const when = payment.paidOn ?? payment.orderedOn ?? payment.createdAt.slice(0, 10);
  return {
    issuedOn: when,
    ccas: ccasParty(db),
    provider: { name: provider.name, siret: provider.siret, rna: provider.rna },
    convention: { number: row.number, instrument: row.instrument, object: row.object, totalCents: detail.totalCents, signedOn: row.signedCcasOn },
    line: { ...lineData(line), triggerMet: line.triggeredOn !== null && line.triggeredOn <= when, triggerMetOn: line.triggeredOn },
    payment: { id: payment.id, amountCents: payment.amountCents, mandateRef: payment.mandateRef, orderedOn: payment.orderedOn, paidOn: payment.paidOn, overrideReason: payment.overrideReason },
    paidBeforeCents,
  };
}
