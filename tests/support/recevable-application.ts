// Recevable applications for the suites that need them (sessions, agendas, scoring): a complete file
// with its documents attached and every manual point of the recevabilité checklist ticked, then
// declared recevable through the service — the same road a manager takes.
import { siretWithKeys } from '../../core/domain/identifiers.ts';
import type { ApplicationDetail } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';

const pdf = Buffer.from('%PDF-1.4 pièce de démonstration').toString('base64');

let siretCounter = 0;

/** A SIRET with a valid key, different at each call (providers are unique by SIRET). */
export function freshSiret(): string {
  siretCounter += 1;
  return siretWithKeys(`7${String(siretCounter).padStart(7, '0')}`, '0001');
}

export type RecevableApplicationOptions = {
  callId: number;
  /** An existing provider; by default a new association named `providerName`. */
  providerId?: number;
  providerName?: string;
  title?: string;
  requestedCents?: number;
  /** The lever of the primary objective (PRI 2017–2021 has levers 1 to 6). */
  leverNumber?: number;
  isRenewal?: boolean;
  /** 'depose': stop just before the decision (a file the agenda must refuse). */
  status?: 'depose' | 'recevable';
};

export async function addRecevableApplication(service: Service, options: RecevableApplicationOptions): Promise<ApplicationDetail> {
  const providerId =
    options.providerId ??
    (await service.invoke('providers.create', { name: options.providerName ?? `Association ${siretCounter + 1}`, legalForm: 'association', siret: freshSiret() })).provider.id;
  const call = await service.invoke('calls.get', { id: options.callId });
  const pact = await service.invoke('pacts.get', { pactId: call.pactId });
  const lever = pact.levers.find((candidate) => candidate.number === (options.leverNumber ?? 6)) ?? pact.levers[0];
  const objectiveId = lever?.objectives[0]?.operationalObjectives[0]?.id;
  if (objectiveId === undefined) throw new Error('The pact has no operational objective to aim at.');
  const requested = options.requestedCents ?? 1_000_000;
  const application = await service.invoke('applications.create', {
    callId: options.callId,
    providerId,
    title: options.title ?? 'Action d’insertion',
    summary: 'Accompagner des allocataires du RSA vers l’emploi.',
    primaryObjectiveId: objectiveId,
    publics: ['rsa'],
    expectedParticipants: 20,
    startsOn: `${call.year}-01-08`,
    endsOn: `${call.year}-12-14`,
    isRenewal: options.isRenewal ?? false,
    mobility: 'Tickets de bus fournis.',
    budgetLines: [
      { account: '64', amountCents: requested },
      { account: '74-ccas', amountCents: requested },
    ],
  });
  await service.invoke('applications.setStatus', { id: application.id, status: 'depose' });
  if (options.status === 'depose') return service.invoke('applications.get', { id: application.id });
  const provider = await service.invoke('providers.get', { id: providerId });
  const documents = [
    'statuts',
    'rib',
    'budget',
    ...(provider.legalForm === 'association' ? (['contrat_engagement_republicain'] as const) : []),
    ...(options.isRenewal ? (['compte_rendu_financier'] as const) : []),
  ] as const;
  for (const documentType of documents) {
    await service.invoke('attachments.add', { applicationId: application.id, documentType, fileName: `${documentType}.pdf`, contentBase64: pdf });
  }
  // Every point left for a person (the association's contract, the renewal's report, the call's own points).
  const eligibility = await service.invoke('eligibility.get', { applicationId: application.id });
  for (const item of eligibility.items.filter((candidate) => candidate.state === 'to_check')) {
    await service.invoke('eligibility.tick', { applicationId: application.id, itemKey: item.key, isChecked: true });
  }
  return service.invoke('applications.setStatus', { id: application.id, status: 'recevable' });
}
