// Jury mode through the service on a real database: the PIN and its lockout, the token's life, the
// checks of each autosave, the sealed view of one's own sheets, conflicts refused by the service,
// submit and the chair's reopening. Every refusal leaves the database as it was.
import { describe, expect, it } from 'vitest';
import { auditActionsAfter, lastAuditSeq, snapshotBesidesPinTrace, snapshotTables } from '../support/db-snapshot.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

function clock(start = '2018-03-12T18:00:00.000Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('jury mode: opening with a PIN', () => {
  it('refuses a wrong PIN, locks the juror out after five, and lets them in again five minutes later', async () => {
    const time = clock();
    const { service, database } = openTestService({ now: time.now });
    const setup = await startNotation(service, { applications: 1 });
    const bruno = setup.jurorIds[1] ?? 0;
    const before = snapshotBesidesPinTrace(database.sqlite);
    const seq = lastAuditSeq(database.sqlite);
    const attempt = (pin: string) => service.call('jury.open', { sessionId: setup.sessionId, jurorId: bruno, pin });
    const first = expectFailure(await attempt('0000'));
    expect(first).toMatchObject({ code: 'forbidden', message: 'Code PIN incorrect. Il reste 4 essais avant un verrouillage de 5 minutes.', issues: [{ path: 'pin' }] });
    for (let index = 0; index < 3; index += 1) expectFailure(await attempt('0000'));
    expect(expectFailure(await attempt('0000')).message).toBe('Code PIN incorrect. Trop d’essais : la saisie est verrouillée pendant 5 minutes.');
    // Locked: even the right PIN is refused, and another juror is not affected.
    expect(expectFailure(await attempt('2222'))).toMatchObject({ code: 'locked', message: expect.stringContaining('Réessayez dans 5 minutes') });
    expect((await openJury(service, setup, 2)).jurorName).toBe('Claire Dubois');
    time.advance(4 * 60 * 1000);
    expect(expectFailure(await attempt('2222')).message).toContain('Réessayez dans 1 minute.');
    // Refused, yet traced: each wrong PIN is in the log (the fifth says the sheet is locked), nothing else changed.
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);
    expect(auditActionsAfter(database.sqlite, seq)).toEqual([...Array<string>(4).fill('sessions.pinRefused'), 'sessions.pinLocked']);
    time.advance(60 * 1000);
    expect((await attempt('2222')).ok).toBe(true);
    // A right PIN starts the count again.
    expect(expectFailure(await attempt('0000')).message).toContain('Il reste 4 essais');
  });

  it('opens only a convened member with a PIN, only in notation', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 1, notation: false });
    const open = (jurorId: number, pin: string) => service.call('jury.open', { sessionId: setup.sessionId, jurorId, pin });
    expect(expectFailure(await open(setup.jurorIds[1] ?? 0, '2222'))).toMatchObject({
      code: 'precondition',
      message: 'La notation en mode juré n’est pas ouverte : la séance est en préparation, elle doit être en notation.',
    });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'notation' });
    const outsider = await service.invoke('jurors.create', { name: 'Eve Martin', role: 'autre' });
    expect(expectFailure(await open(outsider.id, '2222'))).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/n’est pas convoqué à cette séance/u) });
    expect(expectFailure(await service.call('jury.open', { sessionId: setup.sessionId, jurorId: setup.jurorIds[1], pin: '12' })).code).toBe('validation');
  });

  it('gives a token that expires after 12 hours and that jury.close forgets', async () => {
    const time = clock();
    const { service } = openTestService({ now: time.now });
    const setup = await startNotation(service, { applications: 1 });
    const opened = await openJury(service, setup, 1);
    expect(opened.juryToken).toMatch(/^[0-9a-f]{64}$/u);
    const expired = { code: 'forbidden', message: 'Session de notation expirée : rouvrez-la avec votre code PIN.' };
    expect(expectFailure(await service.call('jury.session', { juryToken: 'f'.repeat(64) }))).toMatchObject(expired);
    time.advance(12 * 60 * 60 * 1000 - 1);
    expect((await service.invoke('jury.session', { juryToken: opened.juryToken })).jurorName).toBe('Bruno Le Gall');
    time.advance(1);
    expect(expectFailure(await service.call('jury.session', { juryToken: opened.juryToken }))).toMatchObject(expired);
    const again = await openJury(service, setup, 1);
    expect(await service.invoke('jury.close', { juryToken: again.juryToken })).toEqual({ closed: true });
    expect(expectFailure(await service.call('jury.sheet', { juryToken: again.juryToken, applicationId: setup.applicationIds[0] }))).toMatchObject(expired);
  });
});

describe('jury mode: the sheet', () => {
  it('checks each autosave against the grid, freezes the grid on the first answer, and writes nothing when refusing', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const [appA = 0] = setup.applicationIds;
    const { juryToken } = await openJury(service, setup, 1);
    const save = (criterionKey: string, score: number | 'na' | null, comment = '') => service.call('jury.saveAnswer', { juryToken, applicationId: appA, criterionKey, answer: { score, comment } });
    expect((await service.invoke('grids.get', { id: setup.session.gridId })).isFrozen).toBe(false);
    const before = snapshotTables(database.sqlite);
    const cases: [string, number | 'na', RegExp][] = [
      ['adequation-pacte', 5, /la note 5 sort de l’échelle 0–4/u],
      ['adequation-pacte', 'na', /« non applicable » n’est pas permis/u],
      ['inconnu', 3, /Le critère « inconnu » n’existe pas/u],
    ];
    for (const [key, score, message] of cases) {
      const failure = expectFailure(await save(key, score));
      expect(failure.code).toBe('validation');
      expect(failure.message).toMatch(message);
    }
    expect(expectFailure(await service.call('jury.saveAnswer', { juryToken, applicationId: 999_999, criterionKey: 'mobilite', answer: { score: 2 } })).code).toBe('not_found');
    expect(snapshotTables(database.sqlite)).toEqual(before);

    // A low score without its comment is saved (a draft), but the sheet says what is missing.
    const sheet = await service.invoke('jury.saveAnswer', { juryToken, applicationId: appA, criterionKey: 'adequation-pacte', answer: { score: 1 } });
    expect(sheet).toMatchObject({ applicationId: appA, status: 'draft', answers: { 'adequation-pacte': { score: 1, comment: '' } } });
    expect(sheet.problems[0]).toMatchObject({ criterionKey: 'adequation-pacte', kind: 'comment_required' });
    expect(sheet.application.title).toBe('Action A');
    expect(sheet.attachments.map((attachment) => attachment.documentType)).toEqual(['statuts', 'rib', 'budget', 'contrat_engagement_republicain']);
    expect((await service.invoke('grids.get', { id: setup.session.gridId })).isFrozen).toBe(true);
    // N/A where allowed; the same answer again writes nothing.
    await service.invoke('jury.saveAnswer', { juryToken, applicationId: appA, criterionKey: 'mobilite', answer: { score: 'na' } });
    const saved = snapshotTables(database.sqlite);
    await service.invoke('jury.saveAnswer', { juryToken, applicationId: appA, criterionKey: 'mobilite', answer: { score: 'na', comment: ' ' } });
    expect(snapshotTables(database.sqlite)).toEqual(saved);

    const progress = await service.invoke('jury.session', { juryToken });
    expect(progress.applications.map((item) => [item.title, item.answered, item.total, item.isComplete])).toEqual([
      ['Action A', 2, 7, false],
      ['Action B', 0, 7, false],
    ]);
    const incomplete = expectFailure(await service.call('jury.submit', { juryToken }));
    expect(incomplete).toMatchObject({ code: 'validation', message: 'Fiches incomplètes : « Action A », « Action B ».' });
    expect(incomplete.issues?.[0]?.message).toMatch(/un commentaire est obligatoire/u);
    expect(snapshotTables(database.sqlite)).toEqual(saved);
  });

  it('shows a juror their own answers only, and no figure across jurors', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 1 });
    const [appA = 0] = setup.applicationIds;
    const claire = await openJury(service, setup, 2);
    await scoreSheet(service, claire.juryToken, appA, fullSheet(setup.grid, (key) => (key === 'mobilite' ? 0 : 4)));
    await service.invoke('jury.saveAnswer', { juryToken: claire.juryToken, applicationId: appA, criterionKey: 'mobilite', answer: { score: 0, comment: 'SECRET-DE-CLAIRE' } });
    await service.invoke('jury.submit', { juryToken: claire.juryToken });
    const bruno = await openJury(service, setup, 1);
    const views = [
      bruno,
      await service.invoke('jury.session', { juryToken: bruno.juryToken }),
      await service.invoke('jury.sheet', { juryToken: bruno.juryToken, applicationId: appA }),
      await service.invoke('sessions.results', { sessionId: setup.sessionId }),
      await service.invoke('sessions.get', { id: setup.sessionId }),
      await service.invoke('audit.list', { limit: 1000 }),
    ];
    for (const view of views) expect(JSON.stringify(view)).not.toContain('SECRET-DE-CLAIRE');
    expect((await service.invoke('jury.sheet', { juryToken: bruno.juryToken, applicationId: appA })).answers).toEqual({});
    expect(JSON.stringify(bruno)).not.toMatch(/"(mean|median|score)"/u);
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    expect(results.outcomes).toEqual([]);
    expect(results.progress.find((juror) => juror.jurorName === 'Claire Dubois')).toMatchObject({ completeCount: 1, toScoreCount: 1, isSubmitted: true, source: 'app' });
  });

  it('refuses a conflicted juror the sheet and its scoring, and leaves it out of what they must submit', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 2, notation: false });
    const [appA = 0, appB = 0] = setup.applicationIds;
    await service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: setup.jurorIds[1] ?? 0, applicationId: appB, type: 'salarie' });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'notation' });
    const { juryToken, applications, toScoreCount } = await openJury(service, setup, 1);
    expect(toScoreCount).toBe(1);
    expect(applications.map((item) => [item.title, item.isConflicted])).toEqual([
      ['Action A', false],
      ['Action B', true],
    ]);
    const before = snapshotTables(database.sqlite);
    for (const refused of [
      await service.call('jury.sheet', { juryToken, applicationId: appB }),
      await service.call('jury.saveAnswer', { juryToken, applicationId: appB, criterionKey: 'mobilite', answer: { score: 3 } }),
    ]) {
      expect(expectFailure(refused)).toMatchObject({ code: 'forbidden', message: 'Vous êtes en conflit d’intérêts avec le dossier « Action B » : cette fiche ne peut être ni ouverte ni notée.' });
    }
    expect(snapshotTables(database.sqlite)).toEqual(before);
    await scoreSheet(service, juryToken, appA, fullSheet(setup.grid, 3));
    expect(await service.invoke('jury.submit', { juryToken })).toMatchObject({ isSubmitted: true, completeCount: 1, toScoreCount: 1 });
  });

  it('seals submitted sheets: only the chair reopens them, with their PIN and a reason', async () => {
    const { service, database } = openTestService({ actor: 'agnes.martin' });
    const setup = await startNotation(service, { applications: 1 });
    const [appA = 0] = setup.applicationIds;
    const bruno = setup.jurorIds[1] ?? 0;
    const { juryToken } = await openJury(service, setup, 1);
    await scoreSheet(service, juryToken, appA, fullSheet(setup.grid, 3));
    const submitted = await service.invoke('jury.submit', { juryToken });
    expect(submitted.submittedAt).not.toBeNull();
    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await service.call('jury.submit', { juryToken })).message).toBe('Vos fiches sont déjà soumises.');
    expect(expectFailure(await service.call('jury.saveAnswer', { juryToken, applicationId: appA, criterionKey: 'mobilite', answer: { score: 4 } }))).toMatchObject({
      code: 'precondition',
      message: 'Vos fiches sont soumises : seul le président peut les rouvrir.',
    });
    expect(expectFailure(await service.call('scores.reopen', { sessionId: setup.sessionId, jurorId: bruno, reason: '  ', chairPin: CHAIR_PIN })).message).toMatch(/Indiquez pourquoi la fiche est rouverte/u);
    expect(expectFailure(await service.call('scores.reopen', { sessionId: setup.sessionId, jurorId: bruno, reason: 'Erreur de saisie.' })).code).toBe('validation');
    expect(expectFailure(await service.call('scores.reopen', { sessionId: setup.sessionId, jurorId: bruno, reason: 'Erreur de saisie.', chairPin: '2222' }))).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^Code PIN du président incorrect\. Il reste \d essais/u) as unknown,
    });
    expect(expectFailure(await service.call('scores.reopen', { sessionId: setup.sessionId, jurorId: setup.jurorIds[2], reason: 'Erreur.', chairPin: CHAIR_PIN })).message).toMatch(
      /Claire Dubois n’a aucune fiche soumise à rouvrir/u,
    );
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);

    const reopened = await service.invoke('scores.reopen', { sessionId: setup.sessionId, jurorId: bruno, reason: 'Erreur de saisie.', chairPin: CHAIR_PIN });
    expect(reopened.progress.find((juror) => juror.jurorId === bruno)).toMatchObject({ isSubmitted: false, submittedAt: null, completeCount: 1 });
    const last = (await service.invoke('audit.list', { limit: 1 })).items[0];
    expect(last).toMatchObject({ action: 'scores.reopen', actor: 'Agnès Martin (président·e de la commission, code PIN)', details: { reason: 'Erreur de saisie.', chairPin: '***' } });
    const edited = await service.invoke('jury.saveAnswer', { juryToken, applicationId: appA, criterionKey: 'mobilite', answer: { score: 4 } });
    expect(edited.status).toBe('draft');
    expect((await service.invoke('jury.submit', { juryToken })).isSubmitted).toBe(true);
  });
});
