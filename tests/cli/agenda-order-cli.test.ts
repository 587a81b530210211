// `pacte sessions agenda --dossier 3 1 2`: the agenda becomes exactly that list, in that order. It used to
// stop on an internal error (exit 2): the variadic option's parser was given no previous list to extend.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../core/service/api.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { createCall, createJurors } from '../support/cai-session.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { pacte } from '../support/run-pacte.ts';
import { openTestService, tempDir } from '../support/test-app.ts';

/** A session in preparation and three recevable applications of its call, numbered 1, 2, 3; the agenda empty. */
async function seed(): Promise<{ db: string; sessionId: string }> {
  const db = path.join(tempDir(), 'pacte.sqlite');
  const { service, close } = openTestService({ file: db });
  const call = await createCall(service);
  const jurors = await createJurors(service);
  for (const letter of ['A', 'B', 'C']) await addRecevableApplication(service, { callId: call.id, providerName: `Prestataire ${letter}`, title: `Action ${letter}` });
  const session = await service.invoke('sessions.create', { callId: call.id, title: 'CAI', heldOn: '2018-03-12', jurorIds: jurors.map((juror) => juror.id), chairJurorId: jurors[0]?.id ?? null });
  close();
  return { db, sessionId: String(session.id) };
}

const order = (run: { stdout: string }) => (JSON.parse(run.stdout) as SessionDetail).agenda.map((item) => [item.position, item.applicationId]);

describe('pacte sessions agenda --dossier', () => {
  it('sets the agenda in the order typed, and sets it again in another order', async () => {
    const { db, sessionId } = await seed();
    const first = await pacte(['--db', db, 'sessions', 'agenda', '--seance', sessionId, '--dossier', '3', '1', '2', '--json']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(order(first)).toEqual([
      [1, 3],
      [2, 1],
      [3, 2],
    ]);

    // Repeated options read as one list, in the order typed; an application left out leaves the agenda.
    const second = await pacte(['--db', db, 'sessions', 'agenda', '--seance', sessionId, '--dossier', '2', '--dossier', '3']);
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain('Ordre du jour :\n  1.\t2\tAction B\tPrestataire B');
    expect(second.stdout).toContain('  2.\t3\tAction C\tPrestataire C');
    expect(second.stdout).not.toContain('Action A');
    expect(order(await pacte(['--db', db, 'sessions', 'show', sessionId, '--json']))).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('refuses in French (exit 1) an unknown or repeated application, a bad number, or --remplir with --dossier; the agenda is unchanged', async () => {
    const { db, sessionId } = await seed();
    expect((await pacte(['--db', db, 'sessions', 'agenda', '--seance', sessionId, '--dossier', '1', '2'])).code).toBe(0);
    const inspector = openTestService({ file: db }).database.sqlite;
    const before = snapshotTables(inspector);
    const agenda = (...args: string[]) => pacte(['--db', db, 'sessions', 'agenda', '--seance', sessionId, ...args]);

    expect(await agenda('--dossier', '2', '9')).toMatchObject({
      code: 1,
      stderr: 'pacte : Seuls les dossiers recevables de l’appel de la séance vont à l’ordre du jour : dossier n° 9 inconnu.\n  - applicationIds.1 : dossier n° 9 inconnu\n',
    });
    expect((await agenda('--dossier', '2', '2')).stderr).toContain('le dossier n° 2 figure deux fois');
    expect(await agenda('--dossier', '2', 'trois')).toMatchObject({ code: 1, stderr: 'pacte : --dossier : « trois » n\'est pas un numéro (entier positif).\n' });
    expect(await agenda('--dossier')).toMatchObject({ code: 1, stderr: 'pacte : L\'option « --dossier <numéros...> » attend une valeur.\n' });
    expect(await agenda('--remplir', '--dossier', '3')).toMatchObject({ code: 1, stderr: 'pacte : Choisissez --remplir ou --dossier, pas les deux.\n' });
    expect(snapshotTables(inspector)).toEqual(before);
  });
});
