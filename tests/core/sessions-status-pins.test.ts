// The life of a session (préparation → notation → délibération → close, reopened with a reason) and
// the jurors' PINs: a salted scrypt hash, never returned nor logged, checked for chair-only acts.
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../core/service/audit/audit-log.ts';
import { RecordedRefusal } from '../../core/service/recorded-refusal.ts';
import { requireChairPin, verifyPin } from '../../core/service/sessions/session-pins.ts';
import { prepareForNotation, seedSession } from '../support/cai-session.ts';
import { lastAuditSeq, snapshotTables } from '../support/db-snapshot.ts';
import { startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const PIN_HASH = /^scrypt\$16384\$8\$1\$([0-9a-f]{32})\$([0-9a-f]{64})$/u;

describe('session status', () => {
  it('refuses notation until the agenda is filled and every member has a PIN, naming who lacks one', async () => {
    const { service, database } = openTestService();
    const seeded = await seedSession(service, { applications: 1 });
    const { session, jurors } = seeded;
    await service.invoke('sessions.setPin', { sessionId: session.id, jurorId: jurors[0]?.id ?? 0, pin: '1234' });
    const before = snapshotTables(database.sqlite);
    const failure = expectFailure(await service.call('sessions.setStatus', { sessionId: session.id, status: 'notation' }));
    expect(failure).toMatchObject({
      code: 'precondition',
      message: 'La notation ne peut pas commencer : l’ordre du jour est vide ; ces membres n’ont pas de code PIN : Bruno Le Gall, Claire Dubois, Denis Roux.',
    });
    expect(expectFailure(await service.call('sessions.setStatus', { sessionId: session.id, status: 'deliberation' })).message).toBe(
      'Une séance en préparation ne peut pas passer directement à l’état « en délibération ».',
    );
    expect(snapshotTables(database.sqlite)).toEqual(before);

    const empty = await service.invoke('sessions.create', { callId: seeded.call.id, title: 'Sans jury', heldOn: '2018-04-01' });
    await service.invoke('sessions.fillAgenda', { sessionId: empty.id });
    expect(expectFailure(await service.call('sessions.setStatus', { sessionId: empty.id, status: 'notation' })).message).toBe(
      'La notation ne peut pas commencer : aucun membre du jury n’est convoqué.',
    );
  });

  it('moves forward step by step, and reopens a closed session only with a reason, kept in the audit log', async () => {
    const { service, database } = openTestService({ actor: 'agnes.martin' });
    const seeded = await seedSession(service, { applications: 1 });
    const { session } = seeded;
    await prepareForNotation(service, seeded);
    for (const status of ['notation', 'deliberation', 'close'] as const) {
      expect((await service.invoke('sessions.setStatus', { sessionId: session.id, status })).status).toBe(status);
    }
    const before = snapshotTables(database.sqlite);
    expect(expectFailure(await service.call('sessions.setStatus', { sessionId: session.id, status: 'deliberation' }))).toMatchObject({
      code: 'precondition',
      message: 'Indiquez pourquoi la séance close est rouverte.',
      issues: [{ path: 'reason' }],
    });
    expect(expectFailure(await service.call('sessions.setStatus', { sessionId: session.id, status: 'close' })).message).toBe('La séance est déjà close.');
    expect(snapshotTables(database.sqlite)).toEqual(before);
    const reopened = await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'deliberation', reason: 'Erreur de saisie sur un avis.' });
    expect(reopened.status).toBe('deliberation');
    const last = (await service.invoke('audit.list', { limit: 1 })).items[0];
    expect(last).toMatchObject({ actor: 'agnes.martin', action: 'sessions.setStatus' });
    expect(JSON.stringify(last)).toContain('Erreur de saisie sur un avis.');
  });
});

describe('PINs', () => {
  it('stores a salted scrypt hash, never the PIN, and keeps it out of the result and the audit log', async () => {
    const { service, database } = openTestService();
    const { session, jurors } = await seedSession(service, { applications: 0 });
    const [agnes, bruno] = jurors.map((juror) => juror.id) as [number, number];
    const detail = await service.invoke('sessions.setPin', { sessionId: session.id, jurorId: agnes, pin: '482913' });
    await service.invoke('sessions.setPin', { sessionId: session.id, jurorId: bruno, pin: '482913' });
    expect(detail.members.find((member) => member.id === agnes)?.hasPin).toBe(true);
    const rows = database.sqlite.prepare('select juror_id, pin_hash from session_members where session_id = ? and pin_hash is not null order by juror_id').all(session.id) as { pin_hash: string }[];
    expect(rows).toHaveLength(2);
    const [first, second] = rows.map((row) => row.pin_hash) as [string, string];
    expect(first).toMatch(PIN_HASH);
    // Same PIN, different salt: the hashes say nothing about PINs being equal.
    expect(PIN_HASH.exec(first)?.[1]).not.toBe(PIN_HASH.exec(second)?.[1]);
    expect(verifyPin(first, '482913')).toBe(true);
    expect(verifyPin(first, '482914')).toBe(false);
    expect(verifyPin(first, '')).toBe(false);
    expect(verifyPin('scrypt$16384$8$1$zz$zz', '482913')).toBe(false);
    expect(verifyPin('en clair', '482913')).toBe(false);
    const everything = JSON.stringify({ detail, tables: snapshotTables(database.sqlite) });
    expect(everything).not.toContain('482913');
    expect(JSON.stringify(await service.invoke('audit.list', { limit: 5 }))).toContain('"pin":"***"');
  });

  it('refuses a PIN that is not 4 to 8 digits, or for a juror outside the session', async () => {
    const { service, database } = openTestService();
    const { session } = await seedSession(service, { applications: 0 });
    const outsider = await service.invoke('jurors.create', { name: 'Eve Hors-Jury', role: 'autre' });
    const before = snapshotTables(database.sqlite);
    expect(expectFailure(await service.call('sessions.setPin', { sessionId: session.id, jurorId: session.members[0]?.id, pin: '12a4' })).message).toContain('Le code PIN compte 4 à 8 chiffres.');
    expect(expectFailure(await service.call('sessions.setPin', { sessionId: session.id, jurorId: outsider.id, pin: '1234' })).message).toBe(
      'Le membre du jury n° ' + String(outsider.id) + ' n’est pas convoqué à cette séance.',
    );
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('requireChairPin accepts the chair’s PIN only, and says when there is no chair or no PIN', async () => {
    const { service, database } = openTestService();
    const seeded = await seedSession(service, { applications: 0 });
    const { session, jurors } = seeded;
    const db = database.db;
    // As call() does with a refusal that leaves a trace: the failure count is written, then the refusal goes on.
    const chairAct = (pin: string) => {
      try {
        requireChairPin(db, session.id, pin);
      } catch (error) {
        if (error instanceof RecordedRefusal) error.record.write();
        throw error;
      }
    };
    expect(() => chairAct('1234')).toThrow('Agnès Martin, président de la séance, n’a pas encore de code PIN : définissez-le d’abord.');
    await prepareForNotation(service, seeded);
    expect(() => chairAct('1234')).not.toThrow();
    // Another member's PIN is not the chair's.
    expect(() => chairAct('2222')).toThrow(expect.objectContaining({ code: 'forbidden', message: 'Code PIN du président incorrect. Il reste 4 essais avant un verrouillage de 5 minutes.' }) as Error);
    // A right PIN starts the count again; five wrong ones in a row lock the chair's acts, even with the right PIN.
    expect(() => chairAct('1234')).not.toThrow();
    for (let attempt = 0; attempt < 5; attempt += 1) expect(() => chairAct('0000')).toThrow(/Code PIN du président incorrect/u);
    expect(() => chairAct('1234')).toThrow(expect.objectContaining({ code: 'locked' }) as Error);
    const chairless = await service.invoke('sessions.create', { callId: session.callId, title: 'Sans président', heldOn: '2018-04-01', jurorIds: [jurors[1]?.id ?? 0] });
    expect(() => requireChairPin(db, chairless.id, '1234')).toThrow(/n’a pas de président/u);
    expect(() => requireChairPin(db, 999, '1234')).toThrow('Aucune séance n° 999.');
  });

  it('keeps a lockout and its wrong PINs across a restart of the app, each wrong PIN in the audit log under the person at the computer', async () => {
    const first = openTestService({ actor: 'Camille Laurent' });
    const setup = await startNotation(first.service, { applications: 1 });
    const bruno = setup.jurorIds[1] ?? 0;
    const seq = lastAuditSeq(first.database.sqlite);
    for (let attempt = 0; attempt < 5; attempt += 1) expectFailure(await first.service.call('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin: '0000' }));
    first.close();

    // A restart used to forget the count: 5 more tries, then 5 more… A PIN of 4 digits falls that way.
    const again = openTestService({ file: first.file, actor: 'Camille Laurent' });
    expect(expectFailure(await again.service.call('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin: '2222' }))).toMatchObject({ code: 'locked' });
    const lockouts = await again.service.invoke('sessions.listPinLockouts', { sessionId: setup.sessionId });
    expect(lockouts.map((lockout) => lockout.jurorName)).toEqual(['Bruno Le Gall']);
    const entries = again.database.sqlite.prepare('select action, actor, details from audit_log where seq > ? order by seq').all(seq) as { action: string; actor: string; details: string }[];
    expect(entries.map((entry) => entry.action)).toEqual([...Array<string>(4).fill('sessions.pinRefused'), 'sessions.pinLocked']);
    expect(entries.every((entry) => entry.actor.startsWith('Camille Laurent'))).toBe(true);
    expect(JSON.parse(entries[4]?.details ?? '{}')).toMatchObject({ jurorId: bruno, failures: 5, refusedCall: 'jury.open' });
    // The PIN typed is never kept.
    expect(entries.some((entry) => entry.details.includes('0000'))).toBe(false);
    expect(verifyAuditLog(again.database.db)).toMatchObject({ ok: true });
  });
});
