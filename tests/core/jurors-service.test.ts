// Jury members through the service on a real database: recorded, corrected, listed by name.
import { describe, expect, it } from 'vitest';
import { createCall } from '../support/cai-session.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

describe('jurors', () => {
  it('records, lists by name and corrects a juror', async () => {
    const { service } = openTestService();
    const bruno = await service.invoke('jurors.create', { name: 'Bruno Le Gall', role: 'responsable_antenne' });
    expect(bruno).toMatchObject({ name: 'Bruno Le Gall', organisation: '', isPermanent: true, email: null, isDemo: false });
    await service.invoke('jurors.create', { name: 'Agnès Martin', role: 'responsable_dispositifs', email: 'agnes@example.org' });
    expect((await service.invoke('jurors.list', {})).map((juror) => juror.name)).toEqual(['Agnès Martin', 'Bruno Le Gall']);
    const corrected = await service.invoke('jurors.update', { id: bruno.id, name: 'Bruno Le Gall', role: 'responsable_antenne', organisation: 'Antenne Sud', isPermanent: false });
    expect(corrected).toMatchObject({ id: bruno.id, organisation: 'Antenne Sud', isPermanent: false });
  });

  it('keeps a juror’s civility, through the sessions that convene them too; none given is not given', async () => {
    const { service } = openTestService();
    const paul = await service.invoke('jurors.create', { name: 'Paul Le Goff', role: 'responsable_antenne' });
    expect(paul.civility).toBe('');
    const agnes = await service.invoke('jurors.create', { name: 'Agnès Martin', civility: 'madame', role: 'responsable_dispositifs' });
    expect(agnes.civility).toBe('madame');
    expect(await service.invoke('jurors.update', { id: paul.id, name: 'Paul Le Goff', civility: 'monsieur', role: 'responsable_antenne' })).toMatchObject({ civility: 'monsieur' });
    expect((await service.invoke('jurors.list', {})).map((juror) => [juror.name, juror.civility])).toEqual([
      ['Agnès Martin', 'madame'],
      ['Paul Le Goff', 'monsieur'],
    ]);
    expect(expectFailure(await service.call('jurors.create', { name: 'X', civility: 'docteur', role: 'autre' })).issues?.map((issue) => issue.path)).toEqual(['civility']);
    const call = await createCall(service);
    const session = await service.invoke('sessions.create', { callId: call.id, title: 'CAI', heldOn: '2018-03-12', jurorIds: [agnes.id, paul.id], chairJurorId: agnes.id });
    expect(session.members.map((member) => [member.name, member.civility, member.isChair])).toEqual([
      ['Agnès Martin', 'madame', true],
      ['Paul Le Goff', 'monsieur', false],
    ]);
  });

  it('refuses an unknown role, a bad e-mail or an unknown juror in French, writing nothing', async () => {
    const { service, database } = openTestService();
    const before = snapshotTables(database.sqlite);
    expect(expectFailure(await service.call('jurors.create', { name: 'X', role: 'maire' })).message).toContain('Rôle inconnu.');
    expect(expectFailure(await service.call('jurors.create', { name: 'X', role: 'autre', email: 'pas-une-adresse' })).message).toContain('Adresse électronique invalide.');
    expect(expectFailure(await service.call('jurors.update', { id: 99, name: 'X', role: 'autre' }))).toMatchObject({ code: 'not_found', message: 'Aucun membre du jury n° 99.' });
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});
