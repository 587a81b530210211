// Conflicts of interest on a real database: declared per application or per provider, pinned by the
// chair with their PIN, withdrawn with a reason (never deleted); a conflicted juror has less to score.
import { describe, expect, it } from 'vitest';
import { prepareForNotation, seedSession, type SeededSession } from '../support/cai-session.ts';
import { snapshotBesidesPinTrace, snapshotTables } from '../support/db-snapshot.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';
import type { Service } from '../../core/service/create-service.ts';

/** Three applications, the last two from the same provider, all on the agenda; every member has a PIN (the chair's is 1234). */
async function seedWithAgenda(service: Service): Promise<SeededSession> {
  const seeded = await seedSession(service, { applications: 2 });
  const third = await addRecevableApplication(service, { callId: seeded.call.id, providerId: seeded.applications[1]?.providerId ?? 0, title: 'Action B bis' });
  seeded.applications.push(third);
  seeded.session = await prepareForNotation(service, seeded);
  return seeded;
}

describe('conflicts of interest', () => {
  it('takes a conflict on an application or on a provider out of the juror’s count, and names the juror on the agenda items', async () => {
    const { service } = openTestService({ actor: 'secretariat' });
    const { session, jurors, applications } = await seedWithAgenda(service);
    const [a, b, bBis] = applications as [(typeof applications)[0], (typeof applications)[0], (typeof applications)[0]];
    const [, bruno, claire] = jurors.map((juror) => juror.id) as [number, number, number];
    expect(session.members.every((member) => member.toScoreCount === 3)).toBe(true);

    const onApplication = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: a.id, type: 'membre_conseil', note: 'Administrateur' });
    expect(onApplication.conflicts).toEqual([
      expect.objectContaining({ jurorId: bruno, jurorName: 'Bruno Le Gall', applicationId: a.id, applicationTitle: 'Action A', providerId: null, type: 'membre_conseil', note: 'Administrateur', declaredBy: 'secretariat', isPinned: false }),
    ]);
    const onProvider = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: claire, providerId: b.providerId, type: 'lien_familial' });
    expect(onProvider.conflicts[1]).toMatchObject({ jurorId: claire, providerId: b.providerId, providerName: 'Prestataire B', applicationId: null });
    const counts = Object.fromEntries(onProvider.members.map((member) => [member.name, member.toScoreCount]));
    expect(counts).toEqual({ 'Agnès Martin': 3, 'Bruno Le Gall': 2, 'Claire Dubois': 1, 'Denis Roux': 3 });
    expect(onProvider.agenda.map((item) => [item.applicationId, item.conflictedJurorIds])).toEqual([
      [a.id, [bruno]],
      [b.id, [claire]],
      [bBis.id, [claire]],
    ]);
  });

  it('refuses the same conflict twice, a target off the agenda, a non-member, a wrong chair PIN — writing nothing', async () => {
    const { service, database } = openTestService();
    const { session, jurors, applications, call } = await seedWithAgenda(service);
    const bruno = jurors[1]?.id ?? 0;
    const offAgenda = await addRecevableApplication(service, { callId: call.id, providerName: 'Hors ordre du jour', title: 'Action Z' });
    const outsider = await service.invoke('jurors.create', { name: 'Eve Hors-Jury', role: 'autre' });
    await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: applications[0]?.id ?? 0, type: 'salarie' });
    const before = snapshotBesidesPinTrace(database.sqlite);
    const declare = (input: Record<string, unknown>) => service.call('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, type: 'autre', ...input });
    expect(expectFailure(await declare({ applicationId: applications[0]?.id }))).toMatchObject({ code: 'conflict', message: 'Bruno Le Gall a déjà déclaré un conflit d’intérêts avec ce dossier.' });
    expect(expectFailure(await declare({ applicationId: offAgenda.id })).message).toBe(`Le dossier n° ${offAgenda.id} n’est pas à l’ordre du jour de cette séance.`);
    expect(expectFailure(await declare({ providerId: offAgenda.providerId })).message).toBe(`Le prestataire n° ${offAgenda.providerId} n’a aucun dossier à l’ordre du jour de cette séance.`);
    expect(expectFailure(await declare({ jurorId: outsider.id, applicationId: applications[1]?.id })).message).toMatch(/n’est pas convoqué à cette séance/u);
    expect(expectFailure(await declare({ applicationId: applications[1]?.id, chairPin: '9999' }))).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^Code PIN du président incorrect\./u) as unknown });
    expect(expectFailure(await declare({ applicationId: applications[1]?.id, providerId: applications[1]?.providerId })).message).toMatch(/l’un des deux/u);
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);
  });

  it('pins a conflict given with the chair’s PIN (or confirms a declared one); withdrawing a pinned one needs that PIN', async () => {
    const { service, database } = openTestService({ actor: 'secretariat' });
    const { session, jurors, applications } = await seedWithAgenda(service);
    const [, bruno, claire] = jurors.map((juror) => juror.id) as [number, number, number];
    const pinned = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: applications[0]?.id ?? 0, type: 'usager', chairPin: '1234' });
    const conflictId = pinned.conflicts[0]?.id ?? 0;
    expect(pinned.conflicts[0]?.isPinned).toBe(true);

    const declared = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: claire, applicationId: applications[1]?.id ?? 0, type: 'autre' });
    expect(declared.conflicts[1]?.isPinned).toBe(false);
    const confirmed = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: claire, applicationId: applications[1]?.id ?? 0, type: 'autre', chairPin: '1234' });
    expect(confirmed.conflicts).toHaveLength(2);
    expect(confirmed.conflicts[1]?.isPinned).toBe(true);

    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await service.call('sessions.withdrawConflict', { conflictId, reason: 'Erreur' }))).toMatchObject({
      code: 'forbidden',
      message: 'Ce conflit d’intérêts a été confirmé par le président : son code PIN est requis pour le retirer.',
    });
    expect(expectFailure(await service.call('sessions.withdrawConflict', { conflictId, reason: 'Erreur', chairPin: '2222' })).message).toMatch(/^Code PIN du président incorrect\./u);
    expect(expectFailure(await service.call('sessions.withdrawConflict', { conflictId, reason: '', chairPin: '1234' })).message).toMatch(/Indiquez pourquoi le conflit est retiré/u);
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);

    const withdrawn = await service.invoke('sessions.withdrawConflict', { conflictId, reason: 'Mandat terminé en 2017.', chairPin: '1234' });
    expect(withdrawn.conflicts.map((conflict) => conflict.jurorId)).toEqual([claire]);
    expect(withdrawn.members.find((member) => member.id === bruno)?.toScoreCount).toBe(3);
    // Kept on record with who, when and why.
    expect(database.sqlite.prepare('select withdrawn_by, withdrawn_reason, withdrawn_at is not null as withdrawn from conflicts where id = ?').get(conflictId)).toEqual({
      withdrawn_by: 'Agnès Martin (président·e de la commission, code PIN)',
      withdrawn_reason: 'Mandat terminé en 2017.',
      withdrawn: 1,
    });
    expect(expectFailure(await service.call('sessions.withdrawConflict', { conflictId, reason: 'Encore' })).message).toBe('Ce conflit d’intérêts a déjà été retiré.');
    // Once withdrawn, the juror may declare it again.
    const again = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: applications[0]?.id ?? 0, type: 'usager' });
    expect(again.conflicts).toHaveLength(2);
  });

  it('lets a juror withdraw an unpinned conflict without PIN, and refuses any conflict change once the session is closed', async () => {
    const { service, database } = openTestService();
    const { session, jurors, applications } = await seedWithAgenda(service);
    const bruno = jurors[1]?.id ?? 0;
    const declared = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: applications[0]?.id ?? 0, type: 'autre' });
    const kept = await service.invoke('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: applications[1]?.id ?? 0, type: 'autre' });
    expect((await service.invoke('sessions.withdrawConflict', { conflictId: declared.conflicts[0]?.id ?? 0, reason: 'Déclaré par erreur.' })).conflicts).toHaveLength(1);
    for (const status of ['notation', 'deliberation', 'close'] as const) await service.invoke('sessions.setStatus', { sessionId: session.id, status });
    const before = snapshotTables(database.sqlite);
    const closed = 'La séance est close : rouvrez-la (avec un motif) avant de la modifier.';
    expect(expectFailure(await service.call('sessions.declareConflict', { sessionId: session.id, jurorId: bruno, applicationId: applications[2]?.id, type: 'autre' })).message).toBe(closed);
    expect(expectFailure(await service.call('sessions.withdrawConflict', { conflictId: kept.conflicts[1]?.id, reason: 'Trop tard' })).message).toBe(closed);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});
