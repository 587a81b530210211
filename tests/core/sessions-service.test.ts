// CAI sessions through the service on a real database: creation with its jury and default grid, the
// quorum statement as attendance is recorded, and what may no longer change once scoring has started.
import { describe, expect, it } from 'vitest';
import { createCall, createJurors, prepareForNotation, seedSession } from '../support/cai-session.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

describe('sessions: create and read', () => {
  it('creates a session with the default grid, its jury convened, and states the quorum', async () => {
    const { service, database } = openTestService();
    const { session, jurors, call } = await seedSession(service, { applications: 0 });
    const [defaultGrid] = await service.invoke('grids.list', {});
    expect(session).toMatchObject({
      callId: call.id,
      callTitle: 'Appel à projets 2018',
      heldOn: '2018-03-12',
      status: 'preparation',
      gridId: defaultGrid?.id,
      grid: { family: 'pacte-defaut', version: 1 },
      quorumRule: { kind: 'majority_of_permanent' },
      disagreementThreshold: 5,
      chairJurorId: jurors[0]?.id,
      memberCount: 4,
      agendaCount: 0,
      agenda: [],
      conflicts: [],
    });
    expect(session.quorum).toEqual({ reached: false, counted: 0, required: 2, statement: 'Quorum non atteint : 0 membre titulaire présent ou représenté sur 3 (2 requis).' });
    expect(session.members[0]).toMatchObject({ name: 'Agnès Martin', isChair: true, attendance: 'convoque', hasPin: false, submittedCount: 0, toScoreCount: 0 });
    expect(session.members.map((member) => member.name)).toEqual(['Agnès Martin', 'Bruno Le Gall', 'Claire Dubois', 'Denis Roux']);
    const secret = database.sqlite.prepare('select pack_secret from cai_sessions where id = ?').get(session.id) as { pack_secret: string };
    expect(secret.pack_secret).toMatch(/^[0-9a-f]{64}$/u);
    expect(JSON.stringify(session)).not.toContain(secret.pack_secret);
    expect(await service.invoke('sessions.list', { callId: call.id })).toEqual([expect.objectContaining({ id: session.id, memberCount: 4, agendaCount: 0 })]);
    expect(await service.invoke('sessions.list', { callId: call.id + 1 })).toEqual([]);
  });

  it('refuses an unknown call, grid or juror, a chair outside the jury, a juror twice — writing nothing', async () => {
    const { service, database } = openTestService();
    const call = await createCall(service);
    const [chair, other] = await createJurors(service);
    const base = { callId: call.id, title: 'CAI', heldOn: '2018-03-12', jurorIds: [chair?.id ?? 0] };
    const before = snapshotTables(database.sqlite);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ callId: 999 }, 'not_found', /Aucun appel à projets n° 999/u],
      [{ gridId: 999 }, 'not_found', /Aucune grille d’évaluation n° 999/u],
      [{ jurorIds: [chair?.id, 999] }, 'validation', /Membre du jury inconnu : n° 999/u],
      [{ chairJurorId: other?.id }, 'validation', /Le président doit faire partie des membres du jury/u],
      [{ jurorIds: [chair?.id, chair?.id] }, 'validation', /Agnès Martin est convoqué deux fois/u],
    ];
    for (const [change, code, message] of cases) {
      const failure = expectFailure(await service.call('sessions.create', { ...base, ...change }));
      expect(failure.code).toBe(code);
      expect(failure.message).toMatch(message);
    }
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});

describe('sessions: attendance and quorum', () => {
  it('follows attendance: present and represented permanent members count, substitutes do not', async () => {
    const { service } = openTestService();
    const { session, jurors } = await seedSession(service, { applications: 0 });
    const [agnes, bruno, claire, denis] = jurors.map((juror) => juror.id);
    const attend = (jurorId: number | undefined, attendance: string, representedByJurorId: number | null = null) =>
      service.invoke('sessions.setAttendance', { sessionId: session.id, jurorId: jurorId ?? 0, attendance: attendance as 'present', representedByJurorId });
    await attend(denis, 'present');
    expect((await attend(agnes, 'present')).quorum.reached).toBe(false);
    const represented = await attend(bruno, 'represente', agnes);
    expect(represented.quorum).toMatchObject({ reached: true, counted: 2, statement: 'Quorum atteint : 2 membres titulaires présents ou représentés sur 3 (2 requis).' });
    expect(represented.members.find((member) => member.id === bruno)).toMatchObject({ attendance: 'represente', representedByJurorId: agnes });
    expect((await attend(claire, 'excuse')).quorum.counted).toBe(2);

    const minimum = await service.invoke('sessions.update', {
      id: session.id,
      callId: session.callId,
      title: session.title,
      heldOn: session.heldOn,
      jurorIds: jurors.map((juror) => juror.id),
      chairJurorId: agnes ?? null,
      quorumRule: { kind: 'minimum_present', count: 3 },
    });
    expect(minimum.quorum.statement).toBe('Quorum non atteint : 2 membres présents (3 requis).');
  });

  it('refuses a representative who is not present or not a member, or a non-member, in French, writing nothing', async () => {
    const { service, database } = openTestService();
    const { session, jurors } = await seedSession(service, { applications: 0 });
    const [agnes, bruno, claire] = jurors.map((juror) => juror.id ?? 0) as [number, number, number];
    const outsider = (await service.invoke('jurors.create', { name: 'Eve Hors-Jury', role: 'autre' })).id;
    await service.invoke('sessions.setAttendance', { sessionId: session.id, jurorId: agnes, attendance: 'present' });
    await service.invoke('sessions.setAttendance', { sessionId: session.id, jurorId: bruno, attendance: 'represente', representedByJurorId: agnes });
    const before = snapshotTables(database.sqlite);
    const refusals = [
      [{ jurorId: claire, attendance: 'represente' }, /Indiquez qui représente Claire Dubois/u],
      [{ jurorId: claire, attendance: 'represente', representedByJurorId: bruno }, /Bruno Le Gall, qui représente Claire Dubois, doit être présent/u],
      [{ jurorId: claire, attendance: 'represente', representedByJurorId: claire }, /ne peut pas se représenter lui-même/u],
      [{ jurorId: claire, attendance: 'represente', representedByJurorId: outsider }, /n’est pas membre de la séance/u],
      [{ jurorId: agnes, attendance: 'absent' }, /Agnès Martin, qui représente Bruno Le Gall, doit être présent/u],
      [{ jurorId: outsider, attendance: 'present' }, /n’est pas convoqué à cette séance/u],
    ] as const;
    for (const [input, message] of refusals) {
      const failure = expectFailure(await service.call('sessions.setAttendance', { sessionId: session.id, ...input }));
      expect(failure.message).toMatch(message);
      expect(failure.message).toMatch(FRENCH);
    }
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});

describe('sessions: update', () => {
  it('changes the jury in preparation, keeping the attendance and PIN of those who stay', async () => {
    const { service } = openTestService();
    const { session, jurors } = await seedSession(service, { applications: 0 });
    const [agnes, bruno, claire] = jurors.map((juror) => juror.id ?? 0) as [number, number, number];
    await service.invoke('sessions.setPin', { sessionId: session.id, jurorId: bruno, pin: '2468' });
    const updated = await service.invoke('sessions.update', { id: session.id, callId: session.callId, title: 'CAI de mars', heldOn: '2018-03-13', jurorIds: [agnes, bruno, claire], chairJurorId: bruno });
    expect(updated).toMatchObject({ title: 'CAI de mars', heldOn: '2018-03-13', chairJurorId: bruno, memberCount: 3, gridId: session.gridId });
    expect(updated.members[0]).toMatchObject({ id: bruno, isChair: true, hasPin: true });
  });

  it('once in notation, refuses a change of grid or jury; the other fields stay editable', async () => {
    const { service, database } = openTestService();
    const seeded = await seedSession(service, { applications: 1 });
    const { session, jurors } = seeded;
    await prepareForNotation(service, seeded);
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'notation' });
    const grid = await service.invoke('grids.save', { family: 'pacte-defaut', definition: { ...(await service.invoke('grids.get', { id: session.gridId })).definition, title: 'Grille révisée' } });
    const fields = { id: session.id, callId: session.callId, title: session.title, heldOn: session.heldOn, jurorIds: jurors.map((juror) => juror.id), chairJurorId: session.chairJurorId };
    const before = snapshotTables(database.sqlite);
    expect(expectFailure(await service.call('sessions.update', { ...fields, gridId: grid.id })).message).toBe(
      'La séance est en notation : sa grille ne peut plus changer (elle ne change qu’en préparation).',
    );
    expect(expectFailure(await service.call('sessions.update', { ...fields, jurorIds: fields.jurorIds.slice(0, 3) })).message).toMatch(/son jury et son président ne peuvent plus changer/u);
    expect(expectFailure(await service.call('sessions.update', { ...fields, chairJurorId: jurors[1]?.id })).message).toMatch(/son jury et son président/u);
    expect(snapshotTables(database.sqlite)).toEqual(before);
    // The other fields stay editable, and the grid stays the one the session started with.
    expect(await service.invoke('sessions.update', { ...fields, place: 'Mairie annexe' })).toMatchObject({ place: 'Mairie annexe', gridId: session.gridId });
  });

  it('refuses to drop a juror who has score sheets', async () => {
    const { service, database } = openTestService();
    const { session, jurors, applications } = await seedSession(service, { applications: 1 });
    await service.invoke('sessions.fillAgenda', { sessionId: session.id });
    // Scoring is another feature's: a sheet row is enough here.
    database.sqlite
      .prepare("insert into score_sheets (session_id, juror_id, application_id, status, updated_at) values (?, ?, ?, 'draft', '2018-03-12T10:00:00.000Z')")
      .run(session.id, jurors[3]?.id, applications[0]?.id);
    const before = snapshotTables(database.sqlite);
    const failure = expectFailure(
      await service.call('sessions.update', { id: session.id, callId: session.callId, title: session.title, heldOn: session.heldOn, jurorIds: jurors.slice(0, 3).map((juror) => juror.id), chairJurorId: session.chairJurorId }),
    );
    expect(failure).toMatchObject({ code: 'precondition', message: 'Ces membres ont déjà des fiches de notation et restent au jury : Denis Roux.' });
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});
