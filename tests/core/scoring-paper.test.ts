// Paper sheets: entered one by one by the chair, or imported from a CSV (all or nothing, errors by row
// and column), always with the chair's PIN, never over a sheet the juror sealed themselves.
import { describe, expect, it } from 'vitest';
import { snapshotBesidesPinTrace, snapshotTables } from '../support/db-snapshot.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation, type ScoringSetup } from '../support/scoring-session.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Every criterion of the default grid for one juror and application, as CSV lines. */
function csvLines(setup: ScoringSetup, juror: string, application: string, score: (key: string) => string, separator = ';'): string[] {
  return setup.grid.criteria.map((criterion) => {
    const value = score(criterion.key);
    const comment = /^[01]$/u.test(value) ? 'Trop faible' : '';
    return [juror, application, criterion.key, value, comment].join(separator);
  });
}

describe('scores.enterPaper', () => {
  it('enters a whole sheet, submitted at once, and refuses what is incomplete, conflicted or sealed by the juror', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 2, notation: false });
    const [appA = 0, appB = 0] = setup.applicationIds;
    const [, bruno = 0, claire = 0] = setup.jurorIds;
    await service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: claire, applicationId: appB, type: 'usager' });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'notation' });
    const enter = (jurorId: number, applicationId: number, answers: ReturnType<typeof fullSheet>, chairPin = CHAIR_PIN) =>
      service.call('scores.enterPaper', { sessionId: setup.sessionId, jurorId, applicationId, answers, chairPin });

    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await enter(bruno, appA, fullSheet(setup.grid, 3), '0000')).code).toBe('forbidden');
    const { mobilite: _dropped, ...partial } = fullSheet(setup.grid, 3);
    const incomplete = expectFailure(await enter(bruno, appA, partial));
    expect(incomplete).toMatchObject({ code: 'validation', issues: [{ path: 'answers.mobilite', message: expect.stringMatching(/note manquante/u) }] });
    expect(incomplete.message).toMatch(/^Fiche de Bruno Le Gall pour « Action A » incomplète ou invalide/u);
    expect(expectFailure(await enter(bruno, appA, { ...fullSheet(setup.grid, 3), 'adequation-pacte': { score: 1, comment: '' } })).issues).toEqual([
      { path: 'answers.adequation-pacte', message: expect.stringMatching(/commentaire est obligatoire/u) },
    ]);
    expect(expectFailure(await enter(claire, appB, fullSheet(setup.grid, 3)))).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^Claire Dubois est en conflit d’intérêts/u) });
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);

    // A draft in the app is replaced by the paper sheet, answers and all.
    const { juryToken } = await openJury(service, setup, 1);
    await scoreSheet(service, juryToken, appA, { 'adequation-pacte': { score: 0, comment: 'brouillon' } });
    const entered = await service.invoke('scores.enterPaper', { sessionId: setup.sessionId, jurorId: bruno, applicationId: appA, answers: fullSheet(setup.grid, 4), chairPin: CHAIR_PIN });
    expect(entered.progress.find((juror) => juror.jurorId === bruno)).toMatchObject({ completeCount: 1, toScoreCount: 2, isSubmitted: false, source: 'paper' });
    expect(await service.invoke('jury.sheet', { juryToken, applicationId: appA })).toMatchObject({ status: 'submitted', answers: { 'adequation-pacte': { score: 4, comment: '' } } });
    // Entered again on paper: allowed (the chair's own entry); a sheet the juror submitted in the app is not.
    await service.invoke('scores.enterPaper', { sessionId: setup.sessionId, jurorId: bruno, applicationId: appA, answers: fullSheet(setup.grid, 2), chairPin: CHAIR_PIN });
    await scoreSheet(service, juryToken, appB, fullSheet(setup.grid, 3));
    await service.invoke('jury.submit', { juryToken });
    const sealed = snapshotTables(database.sqlite);
    expect(expectFailure(await enter(bruno, appB, fullSheet(setup.grid, 1)))).toMatchObject({
      code: 'precondition',
      message: 'Bruno Le Gall a déjà soumis sa fiche pour « Action B » dans l’application : rouvrez ses fiches (avec un motif) avant de la remplacer.',
    });
    expect(snapshotTables(database.sqlite)).toEqual(sealed);
    await service.invoke('scores.reopen', { sessionId: setup.sessionId, jurorId: bruno, reason: 'Fiche papier plus récente.', chairPin: CHAIR_PIN });
    expect((await enter(bruno, appB, fullSheet(setup.grid, 1))).ok).toBe(true);
  });
});

describe('scores.importCsv', () => {
  it('imports paper sheets by name or number, N/A included, from a UTF-8 file with BOM and French headers', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const [appA = 0, appB = 0] = setup.applicationIds;
    const lines = [
      'Juré;Dossier;Critère;Note;Commentaire',
      ...csvLines(setup, 'Bruno Le Gall', 'Action A', (key) => (key === 'mobilite' ? 'NA' : '3')),
      '',
      ...csvLines(setup, String(setup.jurorIds[1]), String(appB), () => '4'),
      ...csvLines(setup, 'Claire Dubois', 'Action A', () => '1'),
    ];
    const file = `\uFEFF${lines.join('\r\n')}\r\n`;
    const report = await service.invoke('scores.importCsv', { sessionId: setup.sessionId, fileName: 'notes papier.csv', contentBase64: base64(file), chairPin: CHAIR_PIN });
    expect(report).toEqual({ sheets: 3, answers: 21, errors: [] });
    const rows = database.sqlite.prepare("select juror_id, application_id, status, source from score_sheets order by juror_id, application_id").all();
    expect(rows).toEqual([
      { juror_id: setup.jurorIds[1], application_id: appA, status: 'submitted', source: 'paper' },
      { juror_id: setup.jurorIds[1], application_id: appB, status: 'submitted', source: 'paper' },
      { juror_id: setup.jurorIds[2], application_id: appA, status: 'submitted', source: 'paper' },
    ]);
    const na = database.sqlite.prepare("select score, is_not_applicable from score_answers where criterion_key = 'mobilite' order by sheet_id").all();
    expect(na[0]).toEqual({ score: null, is_not_applicable: 1 });
    expect((await service.invoke('grids.get', { id: setup.session.gridId })).isFrozen).toBe(true);

    // Commas and criterion labels work too.
    const label = setup.grid.criteria[0]?.label ?? '';
    const commas = ['juror,application,criterion,score,comment', ...csvLines(setup, 'Denis Roux', 'Action A', () => '2', ',').map((line, index) => (index === 0 ? line.replace(setup.grid.criteria[0]?.key ?? '', `"${label}"`) : line))];
    expect((await service.invoke('scores.importCsv', { sessionId: setup.sessionId, fileName: 'b.csv', contentBase64: base64(commas.join('\n')), chairPin: CHAIR_PIN })).sheets).toBe(1);
  });

  it('validates everything first: with any error, every error comes back by row and column and nothing is written', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 2, notation: false });
    await service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: setup.jurorIds[3] ?? 0, applicationId: setup.applicationIds[1] ?? 0, type: 'autre' });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'notation' });
    const good = csvLines(setup, 'Bruno Le Gall', 'Action A', () => '3');
    const lines = [
      'juror;application;criterion;score;comment',
      ...good, // rows 2–8: fine on their own
      'Inconnu;Action A;mobilite;3;', // 9
      'Claire Dubois;Action Z;mobilite;3;', // 10
      'Claire Dubois;Action A;vitesse;3;', // 11
      'Claire Dubois;Action A;mobilite;douze;', // 12
      'Bruno Le Gall;Action A;mobilite;2;', // 13: twice
      ...csvLines(setup, 'Agnès Martin', 'Action B', (key) => (key === 'budget-cout' ? '7' : key === 'mobilite' ? '' : '1')).filter((line) => !line.includes('evaluation-indicateurs')), // 14–19
      'Denis Roux;Action B;mobilite;3;', // 20: conflicted
    ];
    const before = snapshotTables(database.sqlite);
    const report = await service.invoke('scores.importCsv', { sessionId: setup.sessionId, fileName: 'notes.csv', contentBase64: base64(lines.join('\n')), chairPin: CHAIR_PIN });
    expect(report.sheets).toBe(0);
    expect(report.answers).toBe(0);
    const budgetRow = 14 + setup.grid.criteria.findIndex((criterion) => criterion.key === 'budget-cout');
    const mobiliteRow = 14 + setup.grid.criteria.findIndex((criterion) => criterion.key === 'mobilite');
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 9, column: 'juror', message: 'Aucun membre du jury « Inconnu » n’est convoqué à cette séance.' },
        { row: 10, column: 'application', message: 'Le dossier « Action Z » n’est pas à l’ordre du jour de cette séance.' },
        { row: 11, column: 'criterion', message: expect.stringMatching(/^Critère inconnu dans la grille .* « vitesse »\.$/u) },
        { row: 12, column: 'score', message: 'Note illisible « douze » : un nombre entier, ou NA pour « non applicable ».' },
        { row: 13, column: 'criterion', message: expect.stringMatching(/^Ce critère est déjà noté à la ligne \d+ pour ce membre et ce dossier\.$/u) },
        { row: mobiliteRow, column: 'score', message: 'Note manquante : un nombre entier, ou NA pour « non applicable ».' },
        { row: 20, column: 'juror', message: 'Denis Roux est en conflit d’intérêts avec le dossier « Action B » : ses notes ne peuvent pas être saisies.' },
      ]),
    );
    expect(report.errors.map((error) => error.row)).toEqual([...report.errors.map((error) => error.row)].sort((a, b) => a - b));
    expect(report.errors.every((error) => FRENCH.test(error.message))).toBe(true);
    expect(report.errors.some((error) => error.row === budgetRow)).toBe(false); // the sheet is judged once its lines are readable
    expect(snapshotTables(database.sqlite)).toEqual(before);

    // Whole-sheet problems once every line is readable: off the scale, a criterion missing, a comment required.
    const sheetErrors = [
      'juror;application;criterion;score;comment',
      ...csvLines(setup, 'Agnès Martin', 'Action B', (key) => (key === 'budget-cout' ? '7' : '2')).filter((line) => !line.includes('evaluation-indicateurs')),
      'Agnès Martin;Action A;mobilite;0;',
    ];
    const second = await service.invoke('scores.importCsv', { sessionId: setup.sessionId, fileName: 'notes.csv', contentBase64: base64(sheetErrors.join('\n')), chairPin: CHAIR_PIN });
    expect(second.errors).toEqual(
      expect.arrayContaining([
        { row: 2 + setup.grid.criteria.findIndex((criterion) => criterion.key === 'budget-cout'), column: 'score', message: expect.stringMatching(/la note 7 sort de l’échelle 0–4/u) },
        { row: 2, column: 'criterion', message: expect.stringMatching(/^Fiche d’Agnès Martin pour « Action B » — .*note manquante/u) },
        { row: 8, column: 'comment', message: expect.stringMatching(/commentaire est obligatoire/u) },
      ]),
    );
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('refuses a wrong PIN, missing or unknown columns, and an empty file, writing nothing', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 1 });
    const run = (text: string, chairPin = CHAIR_PIN) => service.call('scores.importCsv', { sessionId: setup.sessionId, fileName: 'n.csv', contentBase64: base64(text), chairPin });
    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await run('juror;application;criterion;score\nBruno Le Gall;Action A;mobilite;3', '9999')).code).toBe('forbidden');
    const invoke = (text: string) => service.invoke('scores.importCsv', { sessionId: setup.sessionId, fileName: 'n.csv', contentBase64: base64(text), chairPin: CHAIR_PIN });
    expect((await invoke('juror;dossier;note;couleur\nBruno Le Gall;Action A;3;bleu')).errors).toEqual([
      { row: 1, column: 'criterion', message: 'Colonne « criterion » absente (colonnes attendues : juror, application, criterion, score, comment).' },
      { row: 1, column: 'couleur', message: 'Colonne inconnue « couleur » (colonnes attendues : juror, application, criterion, score, comment).' },
    ]);
    expect((await invoke('juror;application;criterion;score\n\n')).errors).toEqual([{ row: 2, column: 'score', message: 'Le fichier ne contient aucune note.' }]);
    expect(expectFailure(await service.call('scores.importCsv', { sessionId: setup.sessionId, fileName: 'n.xlsx', contentBase64: base64('x'), chairPin: CHAIR_PIN })).message).toMatch(/n’est pas un fichier CSV/u);
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);
  });
});
