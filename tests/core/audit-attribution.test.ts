// Who an act is attributed to: the person who said they use this computer (else the system account),
// the chair whose PIN authorised it, the juror whose token opened the sheet — in the histories the
// handlers write and in the audit log alike. An avis is logged against its application.
import { describe, expect, it } from 'vitest';
import type { Service } from '../../core/service/create-service.ts';
import { snapshotBesidesPinTrace } from '../support/db-snapshot.ts';
import { CHAIR_PIN, openJury, startNotation } from '../support/scoring-session.ts';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const CHAIR = 'Agnès Martin (président·e de la commission, code PIN)';
const CLAIRE = 'Claire Dubois (chargée de mission insertion)';

async function latestEntry(service: Service) {
  const [entry] = (await service.invoke('audit.list', { limit: 1 })).items;
  return entry;
}

describe('who uses this computer', () => {
  it('is unknown on a new base, then kept trimmed, and reading it leaves no trace in the log', async () => {
    const { service } = openTestService({ actor: 'root' });
    expect(await service.invoke('settings.localUser', {})).toEqual({ user: null, recordedAs: 'root' });
    expect(await service.invoke('settings.saveLocalUser', { name: '  Claire Dubois ', role: ' chargée de mission insertion ' })).toEqual({ name: 'Claire Dubois', role: 'chargée de mission insertion' });
    expect(await service.invoke('settings.localUser', {})).toEqual({ user: { name: 'Claire Dubois', role: 'chargée de mission insertion' }, recordedAs: CLAIRE });
    const log = await service.invoke('audit.list', {});
    expect(log.items.map((entry) => [entry.action, entry.actor])).toEqual([['settings.saveLocalUser', 'root']]);
  });

  it('refuses an empty or overlong name, a role over 120 characters and control characters', async () => {
    const { service } = openTestService();
    for (const input of [{ name: '   ' }, { name: 'x'.repeat(121) }, { name: 'Claire\nDubois' }, { name: 'Claire\tDubois' }, { name: 'Claire', role: 'r'.repeat(121) }, { name: 'Claire', role: 'chargée\u0007' }]) {
      expect(expectFailure(await service.call('settings.saveLocalUser', input)).code).toBe('validation');
    }
    expect(await service.invoke('settings.saveLocalUser', { name: 'x'.repeat(120), role: '' })).toEqual({ name: 'x'.repeat(120), role: '' });
    expect(await service.invoke('settings.localUser', {})).toEqual({ user: { name: 'x'.repeat(120), role: '' }, recordedAs: 'x'.repeat(120) });
  });

  it('names every act done without a PIN, in the histories and in the log; the system account until it is set', async () => {
    const { service } = openTestService({ actor: 'root' });
    const setup = await startNotation(service, { applications: 1, notation: false });
    expect((await latestEntry(service))?.actor).toBe('root');
    await service.invoke('settings.saveLocalUser', { name: 'Claire Dubois', role: 'chargée de mission insertion' });
    const applicationId = setup.applicationIds[0] ?? 0;
    await service.invoke('sessions.setAttendance', { sessionId: setup.sessionId, jurorId: setup.jurorIds[1] ?? 0, attendance: 'present' });
    expect((await latestEntry(service))?.actor).toBe(CLAIRE);
    await service.invoke('applications.setStatus', { id: applicationId, status: 'depose', reason: 'Pièce à revoir' });
    expect((await service.invoke('applications.get', { id: applicationId })).history.at(-1)).toMatchObject({ toStatus: 'depose', actor: CLAIRE });
    expect((await latestEntry(service))?.actor).toBe(CLAIRE);
  });
});

describe('acts authorised by a PIN', () => {
  it('attributes the reveal to the chair who typed her PIN, in the session and in the log', async () => {
    const { service } = openTestService({ actor: 'root' });
    await service.invoke('settings.saveLocalUser', { name: 'Claire Dubois', role: 'chargée de mission insertion' });
    const setup = await startNotation(service, { applications: 1 });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    expect((await service.invoke('sessions.get', { id: setup.sessionId })).revealedBy).toBe(CHAIR);
    expect(await latestEntry(service)).toMatchObject({ action: 'sessions.reveal', actor: CHAIR, entity: 'sessions', entityId: String(setup.sessionId) });
  });

  it('writes nothing under the chair’s name when the PIN is wrong', async () => {
    const { service, database } = openTestService({ actor: 'root' });
    const setup = await startNotation(service, { applications: 1 });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await service.call('sessions.reveal', { sessionId: setup.sessionId, chairPin: '9999' })).code).toBe('forbidden');
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);
    const log = await service.invoke('audit.list', { limit: 1000 });
    expect(log.items.some((entry) => entry.actor.includes('code PIN'))).toBe(false);
    // The wrong PIN itself is traced, under the person at the computer.
    expect(log.items[0]).toMatchObject({ action: 'sessions.pinRefused', actor: 'root' });
  });

  it('attributes a PIN changed during notation to the chair, and says “présidente” for Madame', async () => {
    const { service, database } = openTestService({ actor: 'root' });
    const setup = await startNotation(service, { applications: 1 });
    database.sqlite.prepare("update jurors set civility = 'madame' where id = ?").run(setup.jurorIds[0]);
    await service.invoke('sessions.setPin', { sessionId: setup.sessionId, jurorId: setup.jurorIds[2] ?? 0, pin: '5555', chairPin: CHAIR_PIN });
    expect(await latestEntry(service)).toMatchObject({ action: 'sessions.setPin', actor: 'Agnès Martin (présidente de la commission, code PIN)', details: { pin: '***', chairPin: '***' } });
  });

  it('finds the session of a conflict withdrawn with the chair’s PIN, and the withdrawal names the chair', async () => {
    const { service, database } = openTestService({ actor: 'root' });
    const setup = await startNotation(service, { applications: 1 });
    const detail = await service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: setup.jurorIds[1] ?? 0, applicationId: setup.applicationIds[0] ?? 0, type: 'membre_conseil', chairPin: CHAIR_PIN });
    const conflict = detail.conflicts[0];
    expect(conflict?.declaredBy).toBe(CHAIR);
    await service.invoke('sessions.withdrawConflict', { conflictId: conflict?.id ?? 0, reason: 'Erreur de saisie', chairPin: CHAIR_PIN });
    expect(database.sqlite.prepare('select withdrawn_by as by from conflicts where id = ?').get(conflict?.id)).toEqual({ by: CHAIR });
    expect((await latestEntry(service))?.actor).toBe(CHAIR);
  });

  it('names the juror whose token opened the sheet, on the computer of its user', async () => {
    const { service } = openTestService({ actor: 'root' });
    await service.invoke('settings.saveLocalUser', { name: 'Claire Dubois', role: 'chargée de mission insertion' });
    const setup = await startNotation(service, { applications: 1 });
    const { juryToken } = await openJury(service, setup, 1);
    await service.invoke('jury.saveAnswer', { juryToken, applicationId: setup.applicationIds[0] ?? 0, criterionKey: 'mobilite', answer: { score: 3, comment: '' } });
    expect((await latestEntry(service))?.actor).toBe(`juré Bruno Le Gall (poste de ${CLAIRE})`);
  });
});

describe('an avis in the log', () => {
  it('points to its application and names who recorded it', async () => {
    const { service } = openTestService({ actor: 'root' });
    await service.invoke('settings.saveLocalUser', { name: 'Claire Dubois', role: 'chargée de mission insertion' });
    const setup = await deliberatedSession(service, { applications: 2 });
    const log = await service.invoke('audit.list', { filters: { action: 'sessions.setAvis' } });
    expect(log.items.map((entry) => [entry.entity, entry.entityId, entry.actor])).toEqual(setup.applicationIds.toReversed().map((id) => ['applications', String(id), CLAIRE]));
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    expect(results.outcomes.every((outcome) => outcome.avis?.decidedBy === CLAIRE)).toBe(true);
    expect(await service.invoke('audit.verify', {})).toMatchObject({ ok: true });
  });
});
