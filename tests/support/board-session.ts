// A closed session whose report to the board has something to say: two actions of one provider whose
// sum crosses 23 000 €, one provider at exactly 23 000,00 € (no convention), one at 23 000,01 € (a
// convention), a lever over its envelope, an adjourned and a refused file, and one member in conflict.
import type { AvisKind } from '../../core/domain/jury/avis.ts';
import type { ApplicationDetail, CallDetail, Juror, SessionDetail } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { createJurors } from './cai-session.ts';
import { addRecevableApplication } from './recevable-application.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, type ScoringSetup } from './scoring-session.ts';

type Planned = { provider: string; title: string; lever: number; requested: number; avis: AvisKind; proposed?: number; text?: string };

export const BOARD_PLAN: readonly Planned[] = [
  { provider: 'Mobiliclés', title: 'Vélo-école pour l’emploi', lever: 6, requested: 1_800_000, avis: 'favorable', proposed: 1_500_000 },
  { provider: 'Mobiliclés', title: 'Location solidaire de scooters', lever: 6, requested: 1_200_000, avis: 'favorable_sous_reserve', proposed: 900_000, text: 'Présenter la convention avec le garage partenaire.' },
  { provider: 'Élan Créateur', title: 'Ateliers d’estime de soi et d’expression', lever: 1, requested: 2_300_000, avis: 'favorable', proposed: 2_300_000 },
  { provider: 'Le Relais Pour l’Emploi', title: 'Chantier d’insertion « espaces verts »', lever: 3, requested: 2_500_000, avis: 'favorable', proposed: 2_300_001 },
  { provider: 'Théâtre du Cercle', title: 'Théâtre-forum sur la santé', lever: 1, requested: 800_000, avis: 'ajourne', text: 'Budget à préciser.' },
  { provider: 'Coop’Services', title: 'Garde d’enfants à horaires atypiques', lever: 2, requested: 1_500_000, avis: 'defavorable', text: 'Hors du champ du pacte.' },
];

export type BoardSetup = ScoringSetup & { call: CallDetail; jurors: Juror[]; applications: ApplicationDetail[]; session: SessionDetail; conflictedJurorId: number };

/** Claire Dubois (third member) declares a conflict with Mobiliclés: both its applications. */
export const BOARD_CONFLICTED_JUROR_INDEX = 2;

export async function boardSession(service: Service, options: { close?: boolean } = {}): Promise<BoardSetup> {
  const call = await service.invoke('calls.create', {
    year: 2018,
    title: 'Appel à projets 2018',
    envelopeCents: 12_000_000,
    leverEnvelopes: [
      { leverNumber: 1, envelopeCents: 3_000_000 },
      { leverNumber: 3, envelopeCents: 2_000_000 },
      { leverNumber: 6, envelopeCents: 4_000_000 },
    ],
  });
  const jurors = await createJurors(service);
  const providers = new Map<string, number>();
  const applications: ApplicationDetail[] = [];
  for (const plan of BOARD_PLAN) {
    const providerId = providers.get(plan.provider);
    const application = await addRecevableApplication(service, {
      callId: call.id,
      ...(providerId === undefined ? { providerName: plan.provider } : { providerId }),
      title: plan.title,
      requestedCents: plan.requested,
      leverNumber: plan.lever,
    });
    providers.set(plan.provider, application.providerId);
    applications.push(application);
  }
  let session = await service.invoke('sessions.create', {
    callId: call.id,
    title: 'CAI du 12 décembre 2017',
    heldOn: '2017-12-12',
    place: 'Salle du conseil, CCAS de Rennes',
    jurorIds: jurors.map((juror) => juror.id),
    chairJurorId: jurors[0]?.id ?? null,
  });
  for (const [index, juror] of jurors.entries()) await service.invoke('sessions.setPin', { sessionId: session.id, jurorId: juror.id, pin: index === 0 ? CHAIR_PIN : String(index + 1).repeat(4) });
  await service.invoke('sessions.fillAgenda', { sessionId: session.id });
  const conflictedJurorId = jurors[BOARD_CONFLICTED_JUROR_INDEX]?.id ?? 0;
  await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: conflictedJurorId, providerId: providers.get('Mobiliclés') ?? 0, type: 'usager', chairPin: CHAIR_PIN });
  await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'notation' });
  const grid = (await service.invoke('grids.get', { id: session.gridId })).definition;
  const setup = { call, jurors, applications, session, grid, sessionId: session.id, jurorIds: jurors.map((juror) => juror.id), applicationIds: applications.map((application) => application.id) };
  for (const [jurorIndex, juror] of jurors.entries()) {
    const { juryToken } = await openJury(service, setup, jurorIndex);
    for (const [position, application] of applications.entries()) {
      if (juror.id === conflictedJurorId && position < 2) continue;
      // Varied on purpose: N/A where the grid allows it, low marks with their comment.
      await scoreSheet(service, juryToken, application.id, fullSheet(grid, (key) => (key === 'mobilite' && position === 2 ? 'na' : (jurorIndex + position + key.length) % 5)));
    }
    await service.invoke('jury.submit', { juryToken });
  }
  for (const [index, juror] of jurors.entries()) {
    await service.invoke('sessions.setAttendance', { sessionId: session.id, jurorId: juror.id, attendance: index === jurors.length - 1 ? 'excuse' : 'present' });
  }
  await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'deliberation' });
  await service.invoke('sessions.reveal', { sessionId: session.id, chairPin: CHAIR_PIN });
  for (const [position, plan] of BOARD_PLAN.entries()) {
    const applicationId = applications[position]?.id ?? 0;
    const text = plan.text ?? '';
    await service.invoke('sessions.setAvis', {
      sessionId: session.id,
      applicationId,
      kind: plan.avis,
      proposedCents: plan.proposed ?? null,
      ...(plan.avis === 'favorable_sous_reserve' ? { conditions: text } : plan.avis === 'favorable' ? { motivation: 'Action utile au pacte.' } : { reasons: text }),
    });
  }
  if (options.close !== false) session = await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'close' });
  return { ...setup, session, conflictedJurorId };
}
