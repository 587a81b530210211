// Offline laptops on two real databases: the chair exports a juror's jury pack (always encrypted), the laptop
// opens it in a fresh jury database, the juror scores in jury mode and submits, the score pack comes back and
// counts in the results after the reveal; importing it again changes nothing.
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/db-snapshot.ts';
import { PASSPHRASE_MESSAGES } from '../../core/service/packs/passphrase-api.ts';
import { chairInNotation, exportScores, juryPackFor, laptopWithPack, manualClock, PASSPHRASE, scoreOnLaptop } from '../support/packs.ts';
import { CHAIR_PIN, expectedOn20, fullSheet, openJury, scoreSheet } from '../support/scoring-session.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

describe('jury pack and score pack: the round trip', () => {
  it('carries one juror’s session to a laptop and their sealed scores back', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const { sessionId, grid, applicationIds } = setup;
    const [appA = 0, appB = 0, appC = 0] = applicationIds;
    const claireId = setup.jurorIds[2] ?? 0;
    // Claire declared a conflict with C before her pack was made: her laptop shows it and refuses it too.
    await service.invoke('sessions.declareConflict', { sessionId, jurorId: claireId, applicationId: appC, type: 'usager', note: 'Suivie par ce service.' });

    const weak = await service.call('juryPack.create', { sessionId, jurorId: claireId, passphrase: 'court' });
    expect(expectFailure(weak)).toMatchObject({ code: 'validation', message: PASSPHRASE_MESSAGES.short });
    const pack = await juryPackFor(service, setup, 2, PASSPHRASE);
    expect(pack).toMatchObject({ sessionId, jurorId: claireId, jurorName: 'Claire Dubois', applicationCount: 3, isEncrypted: true, fileName: `jure-claire-dubois-seance-${sessionId}.pacte-jure` });
    expect(pack.attachmentCount).toBeGreaterThanOrEqual(12);
    const bytes = Buffer.from(pack.contentBase64, 'base64');
    expect(bytes.subarray(0, 13).toString('ascii')).toBe('PACTE-PACK/2\n');
    // Encrypted: no application, contact or PIN check in clear; her name and the session's title only, to pick the passphrase.
    for (const secret of ['Action A', 'claire.dubois@example.org', 'scrypt$', 'Prestataire A', 'Ille-et-Vilaine']) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(JSON.parse(bytes.subarray(13, bytes.indexOf(0x0a, 13)).toString('utf8'))).toMatchObject({ label: { session: 'CAI du 12 mars 2018', juror: 'Claire Dubois' } });
    // The export is logged, the passphrase masked.
    const logged = (await service.invoke('audit.list', { limit: 1 })).items[0];
    expect(logged).toMatchObject({ action: 'juryPack.create', details: { sessionId, jurorId: claireId, passphrase: '***' } });

    // The laptop: a fresh jury database. The wrong passphrase first, then the right one.
    const laptop = openTestService({ actor: 'portable-claire' });
    const wrong = expectFailure(await laptop.service.call('juryPack.open', { contentBase64: pack.contentBase64, passphrase: 'pas la bonne phrase' }));
    expect(wrong).toMatchObject({ code: 'wrong_passphrase', message: 'Phrase de passe incorrecte ou fichier altéré.' });
    expect(expectFailure(await laptop.service.call('juryPack.open', { contentBase64: pack.contentBase64 })).message).toBe(
      'Le paquet du juré de Claire Dubois (séance « CAI du 12 mars 2018 ») est chiffré : indiquez sa phrase de passe.',
    );
    const opened = await laptop.service.invoke('juryPack.open', { contentBase64: pack.contentBase64, passphrase: PASSPHRASE });
    expect(opened).toMatchObject({ status: 'created', sessionId, jurorId: claireId, jurorName: 'Claire Dubois', sessionTitle: 'CAI du 12 mars 2018', applicationCount: 3, isEncrypted: true });
    const laptopBefore = snapshotTables(laptop.database.sqlite);
    expect((await laptop.service.invoke('juryPack.open', { contentBase64: pack.contentBase64, passphrase: PASSPHRASE })).status).toBe('unchanged');
    expect(snapshotTables(laptop.database.sqlite)).toEqual(laptopBefore);
    expect((await laptop.service.invoke('juryPack.info', {})).pack).toMatchObject({ packId: pack.packId, jurorName: 'Claire Dubois' });
    // Nothing of the other jurors came along.
    expect((await laptop.service.invoke('jurors.list', {})).map((juror) => juror.name)).toEqual(['Claire Dubois']);
    expect(laptop.database.sqlite.prepare('select count(*) as n from score_sheets').get()).toEqual({ n: 0 });

    // Jury mode offline, with the PIN the chair set.
    const jury = await laptop.service.invoke('jury.open', { sessionId, jurorId: claireId, pin: '3333' });
    expect(jury.applications.map((item) => [item.title, item.isConflicted])).toEqual([
      ['Action A', false],
      ['Action B', false],
      ['Action C', true],
    ]);
    expect(jury.toScoreCount).toBe(2);
    const sheet = await laptop.service.invoke('jury.sheet', { juryToken: jury.juryToken, applicationId: appA });
    const onChair = await service.invoke('applications.get', { id: appA });
    expect(sheet.application).toMatchObject({ title: 'Action A', providerName: 'Prestataire A', summary: onChair.summary, requestedCents: onChair.requestedCents, budget: onChair.budget, mobility: onChair.mobility });
    expect(sheet.application.objectives.map((objective) => objective.code)).toEqual(onChair.objectives.map((objective) => objective.code));
    const chairFiles = (await service.invoke('attachments.list', { applicationId: appA })).items;
    expect(sheet.attachments.map((item) => [item.fileName, item.sha256])).toEqual(chairFiles.map((item) => [item.fileName, item.sha256]));
    const content = await laptop.service.invoke('attachments.content', { id: sheet.attachments[0]?.id ?? 0 });
    expect(content.contentBase64).toBe((await service.invoke('attachments.content', { id: chairFiles[0]?.id ?? 0 })).contentBase64);
    expect(expectFailure(await laptop.service.call('jury.sheet', { juryToken: jury.juryToken, applicationId: appC })).code).toBe('forbidden');
    await laptop.service.invoke('jury.close', { juryToken: jury.juryToken });

    const claireA = fullSheet(grid, (key) => (key === 'mobilite' ? 'na' : 3));
    const claireB = fullSheet(grid, 1);
    await scoreOnLaptop({ ...laptop, sessionId, jurorId: claireId }, 2, { [appA]: claireA, [appB]: claireB }, { submit: true });

    // The score pack needs the jury pack's passphrase, and only it: the binding is sealed with it on the laptop.
    expect(expectFailure(await laptop.service.call('scorePack.export', {})).code).toBe('passphrase_required');
    expect(expectFailure(await laptop.service.call('scorePack.export', { passphrase: 'une autre phrase' })).code).toBe('wrong_passphrase');
    const scores = await exportScores({ ...laptop, sessionId, jurorId: claireId }, PASSPHRASE);
    expect(scores).toMatchObject({ sessionId, jurorId: claireId, sheetCount: 2, submittedCount: 2, isEncrypted: true });
    expect(scores.fileName).toMatch(/^notes-claire-dubois-seance-\d+-\d{8}-\d{4}\.pacte-notes$/u);

    // Meanwhile the others score on the chair's machine.
    for (const index of [0, 1, 3]) {
      const opened = await openJury(service, setup, index);
      for (const applicationId of applicationIds) await scoreSheet(service, opened.juryToken, applicationId, fullSheet(grid, 2));
      await service.invoke('jury.submit', { juryToken: opened.juryToken });
    }
    // No passphrase on the chair's side: the key comes from the session's own secret.
    const imported = await service.invoke('scorePack.import', { contentBase64: scores.contentBase64, sessionId });
    expect(imported).toMatchObject({ status: 'imported', sessionId, jurorId: claireId, jurorName: 'Claire Dubois', sheetCount: 2, submittedCount: 2, replacedSavedAt: null, skipped: [] });
    const sealed = await service.invoke('sessions.results', { sessionId });
    expect(sealed.outcomes).toEqual([]);
    expect(sealed.progress.find((juror) => juror.jurorId === claireId)).toMatchObject({ completeCount: 2, toScoreCount: 2, isSubmitted: true, source: 'pack' });
    const stored = chair.database.sqlite.prepare('select source, status, pack_saved_at as packSavedAt from score_sheets where juror_id = ? order by application_id').all(claireId);
    expect(stored).toEqual([
      { source: 'pack', status: 'submitted', packSavedAt: scores.savedAt },
      { source: 'pack', status: 'submitted', packSavedAt: scores.savedAt },
    ]);

    // The same pack again: nothing changes, not even the log.
    const before = snapshotTables(chair.database.sqlite);
    expect((await service.invoke('scorePack.import', { contentBase64: scores.contentBase64 })).status).toBe('unchanged');
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);

    await service.invoke('sessions.setStatus', { sessionId, status: 'deliberation' });
    const revealed = await service.invoke('sessions.reveal', { sessionId, chairPin: CHAIR_PIN });
    const scoreOf = (applicationId: number) => revealed.outcomes.find((outcome) => outcome.applicationId === applicationId)?.jurorScores?.find((entry) => entry.jurorId === claireId)?.score;
    expect(scoreOf(appA)).toBeCloseTo(expectedOn20(grid, claireA), 12);
    expect(scoreOf(appB)).toBeCloseTo(expectedOn20(grid, claireB), 12);
    expect(scoreOf(appC)).toBeUndefined();
    expect(revealed.outcomes.find((outcome) => outcome.applicationId === appA)?.jurorsCounted).toBe(4);
    expect(revealed.outcomes.find((outcome) => outcome.applicationId === appC)).toMatchObject({ jurorsCounted: 3, conflictedCount: 1 });

    for (const machine of [service, laptop.service]) expect((await machine.invoke('audit.verify', {})).ok).toBe(true);
    const importEntry = (await service.invoke('audit.list', { limit: 20 })).items.find((entry) => entry.action === 'scorePack.import');
    // Sealed scores: the entry keeps neither the file's size nor a digest of it.
    expect(importEntry?.details).toEqual({ contentBase64: { sealed: true }, sessionId });
    expect(wrong.message).toMatch(FRENCH);
  });

  it('takes a newer score pack of the same juror in place of the older one', async () => {
    const clock = manualClock('2018-03-12T18:00:00.000Z');
    const chair = await chairInNotation({ now: clock.now });
    const { service, setup } = chair;
    const [appA = 0, appB = 0, appC = 0] = setup.applicationIds;
    const bruno = setup.jurorIds[1] ?? 0;
    const pack = await juryPackFor(service, setup, 1);
    const laptop = await laptopWithPack(pack.contentBase64, { now: clock.now });

    // Halfway, a score pack as a backup (drafts): imported, it counts for nothing yet.
    await scoreOnLaptop(laptop, 1, { [appA]: fullSheet(setup.grid, 2) });
    const halfway = await exportScores(laptop);
    expect(halfway).toMatchObject({ sheetCount: 1, submittedCount: 0, isEncrypted: true });
    expect(await service.invoke('scorePack.import', { contentBase64: halfway.contentBase64 })).toMatchObject({ status: 'imported', sheetCount: 1, submittedCount: 0 });
    expect((await service.invoke('sessions.results', { sessionId: setup.sessionId })).progress.find((juror) => juror.jurorId === bruno)).toMatchObject({ completeCount: 1, isSubmitted: false, source: 'pack' });

    clock.advance(30);
    await scoreOnLaptop(laptop, 1, { [appA]: fullSheet(setup.grid, 4), [appB]: fullSheet(setup.grid, 3), [appC]: fullSheet(setup.grid, 1) }, { submit: true });
    const final = await exportScores(laptop);
    const replaced = await service.invoke('scorePack.import', { contentBase64: final.contentBase64 });
    expect(replaced).toMatchObject({ status: 'imported', sheetCount: 3, submittedCount: 3, replacedSavedAt: halfway.savedAt });
    const answers = chair.database.sqlite
      .prepare('select s.application_id as applicationId, min(a.score) as score from score_sheets s join score_answers a on a.sheet_id = s.id where s.juror_id = ? group by s.application_id order by s.application_id')
      .all(bruno);
    expect(answers).toEqual([
      { applicationId: appA, score: 4 },
      { applicationId: appB, score: 3 },
      { applicationId: appC, score: 1 },
    ]);
    expect((await service.invoke('sessions.results', { sessionId: setup.sessionId })).progress.find((juror) => juror.jurorId === bruno)).toMatchObject({ completeCount: 3, isSubmitted: true });
  });
});
