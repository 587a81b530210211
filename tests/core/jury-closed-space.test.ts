// Jury mode on the chair's computer as a closed space (issue 10, items 4, 9, 10, 17, 18): PINs change
// during the notation only with the chair's PIN, leaving jury mode needs it too, the chair lifts a
// lockout, the deliberation is previewed with the sheets left unsubmitted, a juror is told which
// comment is missing, and the chair's page reads who received a jury pack and when.
import { describe, expect, it } from 'vitest';
import { snapshotBesidesPinTrace } from '../support/db-snapshot.ts';
import { juryPackFor, PASSPHRASE } from '../support/packs.ts';
import { CHAIR_PIN, fullSheet, openJury, PINS, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

function clock(start = '2018-03-12T18:00:00.000Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function lockOut(service: Awaited<ReturnType<typeof openTestService>>['service'], sessionId: number, jurorId: number): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) expectFailure(await service.call('jury.open', { sessionId, jurorId, pin: '0000' }));
}

describe('item 4: a member’s PIN during the notation', () => {
  it('changes only with the chair’s PIN once the notation has started, and the change is logged', async () => {
    const { service, database } = openTestService({ actor: 'poste-ccas' });
    const setup = await startNotation(service, { applications: 1 });
    const bruno = setup.jurorIds[1] ?? 0;
    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await service.call('sessions.setPin', { sessionId: setup.sessionId, jurorId: bruno, pin: '9876' }))).toMatchObject({
      code: 'forbidden',
      message: 'La notation a commencé : le code PIN d’un membre ne change qu’avec le code PIN du président.',
      issues: [{ path: 'chairPin' }],
    });
    // Bruno's own PIN is not the chair's.
    expect(expectFailure(await service.call('sessions.setPin', { sessionId: setup.sessionId, jurorId: bruno, pin: '9876', chairPin: PINS[1] })).message).toMatch(/^Code PIN du président incorrect\./u);
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);
    // The old PIN still opens Bruno's sheet: nobody took his place.
    expect((await openJury(service, setup, 1)).jurorName).toBe('Bruno Le Gall');

    await service.invoke('sessions.setPin', { sessionId: setup.sessionId, jurorId: bruno, pin: '9876', chairPin: CHAIR_PIN });
    expect((await service.invoke('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin: '9876' })).jurorName).toBe('Bruno Le Gall');
    const entry = (await service.invoke('audit.list', { limit: 5 })).items.find((item) => item.action === 'sessions.setPin');
    expect(entry).toMatchObject({ actor: 'Agnès Martin (président·e de la commission, code PIN)', details: { sessionId: setup.sessionId, jurorId: bruno, pin: '***', chairPin: '***' } });
    expect(JSON.stringify(entry)).not.toContain('9876');
  });

  it('still needs no chair’s PIN while the session is being prepared', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 1, notation: false });
    const detail = await service.invoke('sessions.setPin', { sessionId: setup.sessionId, jurorId: setup.jurorIds[2] ?? 0, pin: '5555' });
    expect(detail.members.find((member) => member.id === setup.jurorIds[2])?.hasPin).toBe(true);
  });

  it('lets jury mode be left for the other screens only with the chair’s PIN while the notation is open', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 1 });
    const leave = (chairPin?: string) => service.call('jury.leave', { sessionId: setup.sessionId, ...(chairPin === undefined ? {} : { chairPin }) });
    expect(expectFailure(await leave())).toMatchObject({ code: 'forbidden', issues: [{ path: 'chairPin' }] });
    expect(expectFailure(await leave(PINS[1])).message).toMatch(/^Code PIN du président incorrect\./u);
    expect(await service.invoke('jury.leave', { sessionId: setup.sessionId, chairPin: CHAIR_PIN })).toEqual({ left: true });
    // Once the notation is over, no sheet can be opened: nothing to guard.
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    expect(await service.invoke('jury.leave', { sessionId: setup.sessionId })).toEqual({ left: true });
  });
});

describe('item 10: a PIN lockout', () => {
  it('is lifted by the chair with their PIN, and the act is logged', async () => {
    const time = clock();
    const { service } = openTestService({ now: time.now, actor: 'poste-ccas' });
    const setup = await startNotation(service, { applications: 1 });
    const bruno = setup.jurorIds[1] ?? 0;
    await lockOut(service, setup.sessionId, bruno);
    expect(expectFailure(await service.call('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin: PINS[1] })).code).toBe('locked');
    expect(await service.invoke('sessions.listPinLockouts', { sessionId: setup.sessionId })).toEqual([{ jurorId: bruno, jurorName: 'Bruno Le Gall', lockedUntil: '2018-03-12T18:05:00.000Z' }]);

    expect(expectFailure(await service.call('sessions.unlockPin', { sessionId: setup.sessionId, jurorId: bruno, chairPin: '0000' })).message).toMatch(/^Code PIN du président incorrect\./u);
    expect(expectFailure(await service.call('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin: PINS[1] })).code).toBe('locked');
    await service.invoke('sessions.unlockPin', { sessionId: setup.sessionId, jurorId: bruno, chairPin: CHAIR_PIN });
    expect(await service.invoke('sessions.listPinLockouts', { sessionId: setup.sessionId })).toEqual([]);
    expect((await service.invoke('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin: PINS[1] })).jurorName).toBe('Bruno Le Gall');
    const last = (await service.invoke('audit.list', { limit: 1 })).items[0];
    expect(last).toMatchObject({ actor: 'Agnès Martin (président·e de la commission, code PIN)', action: 'sessions.unlockPin', details: { sessionId: setup.sessionId, jurorId: bruno, chairPin: '***' } });

    // Nothing to lift: said, and nothing logged.
    expect(expectFailure(await service.call('sessions.unlockPin', { sessionId: setup.sessionId, jurorId: bruno, chairPin: CHAIR_PIN }))).toMatchObject({
      code: 'conflict',
      message: 'La saisie du code PIN de Bruno Le Gall n’est pas verrouillée.',
    });
    expect((await service.invoke('audit.list', { limit: 1 })).items[0]?.seq).toBe(last?.seq);
  });

  it('ends when the chair sets the member a new PIN', async () => {
    const { service } = openTestService({ now: clock().now });
    const setup = await startNotation(service, { applications: 1 });
    const claire = setup.jurorIds[2] ?? 0;
    await lockOut(service, setup.sessionId, claire);
    await service.invoke('sessions.setPin', { sessionId: setup.sessionId, jurorId: claire, pin: '7531', chairPin: CHAIR_PIN });
    expect((await service.invoke('jury.open', { sessionId: setup.sessionId, jurorId: claire, pin: '7531' })).jurorName).toBe('Claire Dubois');
  });
});

describe('item 9: moving to the deliberation with unfinished sheets', () => {
  it('names, before the change, each member who has not submitted, with their complete sheets', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 3 });
    const [agnes, bruno, claire, denis] = setup.jurorIds as [number, number, number, number];
    const bruno_ = await openJury(service, setup, 1);
    for (const applicationId of setup.applicationIds) await scoreSheet(service, bruno_.juryToken, applicationId, fullSheet(setup.grid, 3));
    await service.invoke('jury.submit', { juryToken: bruno_.juryToken });
    const claire_ = await openJury(service, setup, 2);
    await scoreSheet(service, claire_.juryToken, setup.applicationIds[0] ?? 0, fullSheet(setup.grid, 2));

    const preview = await service.invoke('sessions.previewStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    expect(preview).toEqual({
      from: 'notation',
      to: 'deliberation',
      refusal: null,
      unsubmitted: [
        { jurorId: agnes, jurorName: 'Agnès Martin', attendance: 'convoque', completeCount: 0, toScoreCount: 3 },
        { jurorId: claire, jurorName: 'Claire Dubois', attendance: 'convoque', completeCount: 1, toScoreCount: 3 },
        { jurorId: denis, jurorName: 'Denis Roux', attendance: 'convoque', completeCount: 0, toScoreCount: 3 },
      ],
    });
    expect(preview.unsubmitted.map((juror) => juror.jurorId)).not.toContain(bruno);
    // A preview writes nothing and changes nothing.
    expect((await service.invoke('sessions.get', { id: setup.sessionId })).status).toBe('notation');
    expect((await service.invoke('sessions.previewStatus', { sessionId: setup.sessionId, status: 'close' })).refusal).toBe(
      'Une séance en notation ne peut pas passer directement à l’état « close ».',
    );
  });
});

describe('item 17: a juror’s list', () => {
  it('says which required comment keeps a fully scored sheet from being complete', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 1 });
    const session = await openJury(service, setup, 1);
    const low = (key: string) => (key === 'partenariat-ancrage' ? 1 : 3);
    const answers = Object.fromEntries(Object.entries(fullSheet(setup.grid, low)).map(([key, answer]) => [key, { score: answer.score, comment: '' }]));
    await scoreSheet(service, session.juryToken, setup.applicationIds[0] ?? 0, answers);
    const [item] = (await service.invoke('jury.session', { juryToken: session.juryToken })).applications;
    expect(item).toMatchObject({ answered: 7, total: 7, isComplete: false, missingComments: ['Partenariat et ancrage local'] });
  });
});

describe('item 18: jury packs handed over', () => {
  it('reads who received a jury pack of the session, when, by whom and whether it was encrypted', async () => {
    const time = clock('2018-03-10T09:30:00.000Z');
    const { service } = openTestService({ now: time.now, actor: 'poste-ccas' });
    const setup = await startNotation(service, { applications: 1 });
    expect(await service.invoke('juryPack.list', { sessionId: setup.sessionId })).toEqual({ handovers: [], returns: [] });
    const first = await juryPackFor(service, setup, 1, PASSPHRASE);
    time.advance(60 * 60 * 1000);
    const second = await juryPackFor(service, setup, 2);
    const records = await service.invoke('juryPack.list', { sessionId: setup.sessionId });
    expect(records.handovers).toEqual([
      // Every pack is encrypted now: the default passphrase of the helper.
      { packId: second.packId, jurorId: setup.jurorIds[2], jurorName: 'Claire Dubois', isEncrypted: true, exportedAt: '2018-03-10T10:30:00.000Z', exportedBy: 'poste-ccas' },
      { packId: first.packId, jurorId: setup.jurorIds[1], jurorName: 'Bruno Le Gall', isEncrypted: true, exportedAt: '2018-03-10T09:30:00.000Z', exportedBy: 'poste-ccas' },
    ]);
    expect(records.returns).toEqual([]);
    expect(expectFailure(await service.call('juryPack.list', { sessionId: 999 })).code).toBe('not_found');
  });
});
