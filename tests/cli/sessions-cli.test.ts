// `pacte jurors|sessions|conflicts`: a session prepared from the command line, French output and refusals.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Juror, SessionDetail, SessionSummary } from '../../core/service/api.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, openTestService, tempDir } from '../support/test-app.ts';

describe('pacte jurors, sessions and conflicts', () => {
  it('prepares a session: jury, PINs, attendance, agenda, a pinned conflict; refuses in French', async () => {
    const db = path.join(tempDir(), 'pacte.sqlite');
    expect((await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'Appel 2018', '--enveloppe', '100 000'])).code).toBe(0);
    const { service, close } = openTestService({ file: db });
    const application = await addRecevableApplication(service, { callId: 1, providerName: 'Mobiliclés', title: 'Vélo-école' });
    close();

    const added = await pacte(['--db', db, 'jurors', 'add', '--nom', 'Agnès Martin', '--role', 'responsable_dispositifs', '--organisation', 'CCAS', '--json']);
    expect(added.code).toBe(0);
    const chair = JSON.parse(added.stdout) as Juror;
    expect(chair).toMatchObject({ name: 'Agnès Martin', isPermanent: true, email: null });
    const substitute = await pacte(['--db', db, 'jurors', 'add', '--nom', 'Denis Roux', '--role', 'representant_allocataires', '--suppleant', '--email', 'denis@example.org']);
    expect(substitute).toMatchObject({ code: 0, stdout: expect.stringContaining('Membre du jury n° 2 ajouté.') as string });
    const list = await pacte(['--db', db, 'jurors', 'list']);
    expect(list.stdout).toContain('Agnès Martin (CCAS)');
    expect(list.stdout).toContain('suppléant');
    const badRole = await pacte(['--db', db, 'jurors', 'add', '--nom', 'X', '--role', 'maire']);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('valeurs permises');

    const created = await pacte(['--db', db, 'sessions', 'create', '--appel', '1', '--titre', 'CAI de mars', '--date', '12/03/2018', '--lieu', 'Mairie', '--jure', '1', '2', '--president', '1', '--json']);
    expect(created.code).toBe(0);
    const session = JSON.parse(created.stdout) as SessionDetail;
    expect(session).toMatchObject({ heldOn: '2018-03-12', place: 'Mairie', chairJurorId: chair.id, memberCount: 2, grid: { family: 'pacte-defaut' } });
    const id = String(session.id);

    expect((await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '1', '--pin', '1234'])).stdout).toBe('Code PIN de Agnès Martin enregistré.\n');
    const attend = await pacte(['--db', db, 'sessions', 'attend', '--seance', id, '--jure', '1', '--presence', 'present']);
    expect(attend.stdout).toBe('Agnès Martin : présent.\nQuorum atteint : 1 membre titulaire présent ou représenté sur 1 (1 requis).\n');
    const unrepresented = await pacte(['--db', db, 'sessions', 'attend', '--seance', id, '--jure', '2', '--presence', 'represente']);
    expect(unrepresented.code).toBe(1);
    expect(unrepresented.stderr).toContain('Indiquez qui représente Denis Roux.');

    const agenda = await pacte(['--db', db, 'sessions', 'agenda', '--seance', id, '--remplir']);
    expect(agenda.code).toBe(0);
    expect(agenda.stdout).toContain('1.\t1\tVélo-école\tMobiliclés');

    const wrongPin = await pacte(['--db', db, 'conflicts', 'declare', '--seance', id, '--jure', '2', '--dossier', String(application.id), '--type', 'usager', '--pin-president', '0000']);
    expect(wrongPin).toMatchObject({ code: 1, stderr: 'pacte : Code PIN du président incorrect. Il reste 4 essais avant un verrouillage de 5 minutes.\n  - chairPin : Code PIN incorrect.\n' });
    const neither = await pacte(['--db', db, 'conflicts', 'declare', '--seance', id, '--jure', '2', '--type', 'usager']);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toMatch(FRENCH);
    const declared = await pacte(['--db', db, 'conflicts', 'declare', '--seance', id, '--jure', '2', '--prestataire', String(application.providerId), '--type', 'usager', '--note', 'Usager du service', '--pin-president', '1234']);
    expect(declared.stdout).toBe('Conflit d’intérêts de Denis Roux enregistré, confirmé par le président.\n');

    const shown = JSON.parse((await pacte(['--db', db, 'sessions', 'show', id, '--json'])).stdout) as SessionDetail;
    expect(shown.conflicts).toMatchObject([{ jurorName: 'Denis Roux', providerName: 'Mobiliclés', isPinned: true, note: 'Usager du service' }]);
    expect(shown.members.map((member) => [member.name, member.hasPin, member.toScoreCount])).toEqual([
      ['Agnès Martin', true, 1],
      ['Denis Roux', false, 0],
    ]);
    const text = await pacte(['--db', db, 'sessions', 'show', id]);
    expect(text.stdout).toContain('Quorum atteint');
    expect(text.stdout).toContain('Denis Roux\tprestataire « Mobiliclés »');
    expect(text.stdout).not.toContain('1234');

    const notation = await pacte(['--db', db, 'sessions', 'status', '--seance', id, '--statut', 'notation']);
    expect(notation.code).toBe(1);
    expect(notation.stderr).toContain('ce membre n’a pas de code PIN : Denis Roux');
    expect((await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '2', '--pin', '2222'])).code).toBe(0);
    expect((await pacte(['--db', db, 'sessions', 'status', '--seance', id, '--statut', 'notation'])).code).toBe(0);
    // Once the notation has started, a member's PIN changes only with the chair's.
    const withoutChair = await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '2', '--pin', '3333']);
    expect(withoutChair.code).toBe(1);
    expect(withoutChair.stderr).toMatch(/président/u);
    expect((await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '2', '--pin', '3333', '--pin-president', '1234'])).code).toBe(0);

    const sessions = JSON.parse((await pacte(['--db', db, 'sessions', 'list', '--appel', '1', '--json'])).stdout) as SessionSummary[];
    expect(sessions).toMatchObject([{ id: session.id, agendaCount: 1, memberCount: 2, status: 'notation' }]);
    expect((await pacte(['--db', db, 'sessions', 'list'])).stdout).toContain('12/03/2018 à Mairie\tCAI de mars');
  });
});
