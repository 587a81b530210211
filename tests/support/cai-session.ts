// A CAI session ready to work on, for the session and scoring suites: a call, four jurors (the chair
// first, one substitute), recevable applications, and a session convening them all.
import type { CallDetail, Juror, JurorInput, SessionDetail, ApplicationDetail } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { addRecevableApplication } from './recevable-application.ts';

export const JURORS: JurorInput[] = [
  { name: 'Agnès Martin', role: 'responsable_dispositifs', organisation: 'CCAS de Rennes' },
  { name: 'Bruno Le Gall', role: 'responsable_antenne', organisation: 'Antenne Nord' },
  { name: 'Claire Dubois', role: 'representant_departement', organisation: 'Département d’Ille-et-Vilaine', email: 'claire.dubois@example.org' },
  { name: 'Denis Roux', role: 'representant_allocataires', isPermanent: false },
];

export async function createCall(service: Service, title = 'Appel à projets 2018'): Promise<CallDetail> {
  return service.invoke('calls.create', { year: 2018, title, envelopeCents: 42_000_000 });
}

export async function createJurors(service: Service, inputs: JurorInput[] = JURORS): Promise<Juror[]> {
  const jurors: Juror[] = [];
  for (const input of inputs) jurors.push(await service.invoke('jurors.create', input));
  return jurors;
}

export type SeededSession = { call: CallDetail; jurors: Juror[]; applications: ApplicationDetail[]; session: SessionDetail };

/** `applications` recevable files from distinct providers ("Prestataire A", "Prestataire B"…), not on the agenda yet. */
export async function seedSession(service: Service, options: { applications?: number } = {}): Promise<SeededSession> {
  const call = await createCall(service);
  const jurors = await createJurors(service);
  const applications: ApplicationDetail[] = [];
  for (let index = 0; index < (options.applications ?? 2); index += 1) {
    const letter = String.fromCharCode(65 + index);
    applications.push(await addRecevableApplication(service, { callId: call.id, providerName: `Prestataire ${letter}`, title: `Action ${letter}` }));
  }
  const session = await service.invoke('sessions.create', {
    callId: call.id,
    title: 'CAI du 12 mars 2018',
    heldOn: '2018-03-12',
    place: 'Salle du conseil',
    jurorIds: jurors.map((juror) => juror.id),
    chairJurorId: jurors[0]?.id ?? null,
  });
  return { call, jurors, applications, session };
}

/** Every member gets a PIN (the chair's is 1234, the others 2222, 3333…), the agenda is filled: ready for notation. */
export async function prepareForNotation(service: Service, seeded: SeededSession): Promise<SessionDetail> {
  for (const [index, juror] of seeded.jurors.entries()) {
    await service.invoke('sessions.setPin', { sessionId: seeded.session.id, jurorId: juror.id, pin: index === 0 ? '1234' : String(index + 1).repeat(4) });
  }
  return service.invoke('sessions.fillAgenda', { sessionId: seeded.session.id });
}
