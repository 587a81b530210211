// The agenda of a session on a real database: only recevable applications of the session's call, in
// the order given; filled by provider then title; an application already scored stays once scoring has started.
import { describe, expect, it } from 'vitest';
import { createCall, prepareForNotation, seedSession } from '../support/cai-session.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

describe('session agenda', () => {
  it('sets the agenda in the order given, numbered from 1, with provider, amount and lever', async () => {
    const { service } = openTestService();
    const { session, applications } = await seedSession(service, { applications: 3 });
    const [a, b, c] = applications.map((application) => application.id) as [number, number, number];
    const detail = await service.invoke('sessions.setAgenda', { sessionId: session.id, applicationIds: [c, a, b] });
    expect(detail.agenda.map((item) => [item.position, item.applicationId])).toEqual([
      [1, c],
      [2, a],
      [3, b],
    ]);
    expect(detail.agenda[0]).toMatchObject({ title: 'Action C', providerName: 'Prestataire C', requestedCents: 1_000_000, applicationStatus: 'recevable', leverNumber: 6, conflictedJurorIds: [] });
    expect(detail.agendaCount).toBe(3);
    expect(detail.members.every((member) => member.toScoreCount === 3)).toBe(true);
    const shorter = await service.invoke('sessions.setAgenda', { sessionId: session.id, applicationIds: [b] });
    expect(shorter.agenda.map((item) => [item.position, item.applicationId])).toEqual([[1, b]]);
  });

  it('refuses applications that are not recevable or belong to another call, naming each, and writes nothing', async () => {
    const { service, database } = openTestService();
    const { session, applications, call } = await seedSession(service, { applications: 1 });
    const deposited = await addRecevableApplication(service, { callId: call.id, providerName: 'Les Ateliers', title: 'Atelier couture', status: 'depose' });
    const otherCall = await createCall(service, 'Appel à projets 2019');
    const foreign = await addRecevableApplication(service, { callId: otherCall.id, providerName: 'Vélo Rennes', title: 'Vélo-école' });
    const before = snapshotTables(database.sqlite);
    const failure = expectFailure(await service.call('sessions.setAgenda', { sessionId: session.id, applicationIds: [applications[0]?.id, deposited.id, foreign.id, 999] }));
    expect(failure.code).toBe('validation');
    expect(failure.message).toBe(
      'Seuls les dossiers recevables de l’appel de la séance vont à l’ordre du jour : « Atelier couture » (Les Ateliers) n’est pas recevable (déposé) ; ' +
        '« Vélo-école » (Vélo Rennes) relève d’un autre appel à projets ; dossier n° 999 inconnu.',
    );
    expect(failure.issues?.map((issue) => issue.path)).toEqual(['applicationIds.1', 'applicationIds.2', 'applicationIds.3']);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('fills the agenda with the recevable applications not on it yet, by provider name then title', async () => {
    const { service, database } = openTestService();
    const call = await createCall(service);
    const zebre = await addRecevableApplication(service, { callId: call.id, providerName: 'Zèbre Insertion', title: 'Jardin' });
    const ecole = await addRecevableApplication(service, { callId: call.id, providerName: 'École des parents', title: 'Soutien' });
    const atelierB = await addRecevableApplication(service, { callId: call.id, providerId: ecole.providerId, title: 'Atelier B' });
    await addRecevableApplication(service, { callId: call.id, providerName: 'Déposé seulement', status: 'depose' });
    const session = await service.invoke('sessions.create', { callId: call.id, title: 'CAI', heldOn: '2018-03-12' });
    await service.invoke('sessions.setAgenda', { sessionId: session.id, applicationIds: [zebre.id] });
    const filled = await service.invoke('sessions.fillAgenda', { sessionId: session.id });
    expect(filled.agenda.map((item) => [item.position, item.applicationId])).toEqual([
      [1, zebre.id],
      [2, atelierB.id],
      [3, ecole.id],
    ]);
    const before = snapshotTables(database.sqlite);
    await service.invoke('sessions.fillAgenda', { sessionId: session.id });
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('once scoring has started, keeps an application that has score sheets; a closed session refuses any change', async () => {
    const { service, database } = openTestService();
    const seeded = await seedSession(service, { applications: 2 });
    const { session, applications, jurors } = seeded;
    const [a, b] = applications.map((application) => application.id) as [number, number];
    await prepareForNotation(service, seeded);
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'notation' });
    database.sqlite
      .prepare("insert into score_sheets (session_id, juror_id, application_id, status, updated_at) values (?, ?, ?, 'draft', '2018-03-12T10:00:00.000Z')")
      .run(session.id, jurors[1]?.id, a);
    const before = snapshotTables(database.sqlite);
    const failure = expectFailure(await service.call('sessions.setAgenda', { sessionId: session.id, applicationIds: [b] }));
    expect(failure).toMatchObject({ code: 'precondition', message: 'Ces dossiers ont déjà des fiches de notation et restent à l’ordre du jour : « Action A ».' });
    expect(snapshotTables(database.sqlite)).toEqual(before);
    // Reordering, and dropping an application nobody scored, remain possible.
    expect((await service.invoke('sessions.setAgenda', { sessionId: session.id, applicationIds: [a] })).agenda.map((item) => item.applicationId)).toEqual([a]);

    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'deliberation' });
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'close' });
    const closed = snapshotTables(database.sqlite);
    for (const [method, input] of [
      ['sessions.fillAgenda', { sessionId: session.id }],
      ['sessions.setAgenda', { sessionId: session.id, applicationIds: [a, b] }],
      ['sessions.setAttendance', { sessionId: session.id, jurorId: jurors[0]?.id, attendance: 'present' }],
      ['sessions.setPin', { sessionId: session.id, jurorId: jurors[0]?.id, pin: '9999' }],
      ['sessions.update', { id: session.id, callId: session.callId, title: 'Autre', heldOn: session.heldOn, jurorIds: jurors.map((juror) => juror.id), chairJurorId: session.chairJurorId }],
    ] as const) {
      expect(expectFailure(await service.call(method, input)).message).toBe('La séance est close : rouvrez-la (avec un motif) avant de la modifier.');
    }
    expect(snapshotTables(database.sqlite)).toEqual(closed);
  });
});
