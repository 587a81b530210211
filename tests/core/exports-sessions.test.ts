// A session's results and the jurors' progress as spreadsheets (issue 10, "exports people take to
// meetings"): the results only once the chair has revealed the scores (before, a French refusal and no
// file), row for row the deliberation's table in the chosen order; the progress at any stage, counts only.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../core/domain/jury/results.ts';
import type { ApplicationOutcome } from '../../core/service/api.ts';
import { csvCents, NUMBER_FORMATS } from '../../core/service/exports/spreadsheet.ts';
import { SEALED_EXPORT_REFUSAL } from '../../core/service/exports/session-results-export.ts';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { dataRows, headerOf, parseCsv, readWorkbook } from '../support/spreadsheet-files.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

const NOW = new Date('2018-03-12T15:30:00Z');

/** The deliberation's rank order, written out again here: ranked first by rank, ties and unranked by discussion order. */
function byRank(outcomes: readonly ApplicationOutcome[]): ApplicationOutcome[] {
  return [...outcomes].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.position - b.position);
}

describe('session results export', () => {
  it('is refused in French while the scores are sealed, in notation and in deliberation before the reveal', async () => {
    const { service } = openTestService({ now: () => NOW });
    const setup = await startNotation(service, { applications: 2 });
    for (let juror = 0; juror < setup.jurorIds.length; juror += 1) {
      const { juryToken } = await openJury(service, setup, juror);
      for (const applicationId of setup.applicationIds) await scoreSheet(service, juryToken, applicationId, fullSheet(setup.grid, 3));
      await service.invoke('jury.submit', { juryToken });
    }
    for (const format of ['xlsx', 'csv'] as const) {
      const refused = expectFailure(await service.call('sessions.exportResults', { sessionId: setup.sessionId, format }));
      expect(refused).toMatchObject({ code: 'precondition', message: SEALED_EXPORT_REFUSAL });
      expect(refused.message).toMatch(FRENCH);
    }
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    expect(expectFailure(await service.call('sessions.exportResults', { sessionId: setup.sessionId, format: 'xlsx' })).message).toBe(SEALED_EXPORT_REFUSAL);
    // The reveal opens it.
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    expect((await service.invoke('sessions.exportResults', { sessionId: setup.sessionId, format: 'xlsx' })).rowCount).toBe(2);
  });

  it('after the reveal, gives the deliberation’s rows in rank order: figures as numbers, amounts in euros, the avis', async () => {
    const { service } = openTestService({ now: () => NOW });
    const setup = await deliberatedSession(service, { applications: 4, conflict: true });
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    const file = await service.invoke('sessions.exportResults', { sessionId: setup.sessionId, format: 'xlsx' });
    expect(file.fileName).toBe(`resultats-seance-${setup.sessionId}-2018-03-12.xlsx`);
    const sheet = await readWorkbook(file);
    expect(sheet.name).toBe('Résultats');
    expect(String(sheet.getCell('A1').value)).toMatch(/^Résultats et avis — CAI du 12 mars 2018 \(12\/03\/2018\) — exportés le 12\/03\/2018 à \d{2}:30$/u);
    expect(String(sheet.getCell('A2').value)).toContain('classés par rang');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const header = headerOf(sheet);
    expect(header.slice(0, 14)).toEqual(['Rang', 'N° de passage', 'N° dossier', 'Dossier', 'Prestataire', 'Levier', 'Jurés comptés', 'Déports (conflits)', 'Moyenne /20', 'Médiane /20', 'Min /20', 'Max /20', 'Écart type', 'Désaccord']);
    // One mean per criterion of the grid, after the figures on 20.
    expect(header.slice(14, 14 + setup.grid.criteria.length)).toEqual(setup.grid.criteria.map((criterion) => `${criterion.label} (moyenne)`));
    expect(header.slice(14 + setup.grid.criteria.length)).toEqual(['Demandé', 'Proposé', 'Cumul proposé (ordre du tableau)', 'Au-delà de l’enveloppe', 'Avis', 'Conditions', 'Motifs', 'Motivation']);

    const rows = dataRows(sheet);
    const expected = byRank(results.outcomes);
    expect(rows.map((row) => row[2])).toEqual(expected.map((outcome) => outcome.applicationId));
    const column = (name: string) => header.indexOf(name);
    let running = 0;
    for (const [index, outcome] of expected.entries()) {
      const row = rows[index] ?? [];
      expect(row[column('Rang')]).toBe(outcome.rank);
      expect(row[column('Moyenne /20')]).toBe(outcome.mean);
      expect(row[column('Déports (conflits)')]).toBe(outcome.conflictedCount);
      expect(row[column('Demandé')]).toBe(outcome.requestedCents / 100);
      expect(row[column('Proposé')]).toBe(outcome.avis ? outcome.avis.proposedCents / 100 : null);
      running += outcome.avis?.proposedCents ?? 0;
      expect(Math.round((row[column('Cumul proposé (ordre du tableau)')] as number) * 100)).toBe(running);
    }
    // The application the conflicted member withdrew from counts one juror less.
    expect(rows.find((row) => row[2] === setup.applicationIds[0])?.[column('Déports (conflits)')]).toBe(1);
    expect(rows.map((row) => row[column('Avis')])).toEqual(expected.map((outcome) => ({ favorable: 'Favorable', favorable_sous_reserve: 'Favorable sous réserve', ajourne: 'Ajourné', defavorable: 'Défavorable' })[outcome.avis?.kind ?? 'ajourne']));
    expect(rows.find((row) => row[2] === setup.applicationIds[1])?.[column('Conditions')]).toBe('Transmettre le bilan intermédiaire en juin.');
    const data = sheet.getRow(4);
    expect(data.getCell(column('Moyenne /20') + 1).numFmt).toBe(NUMBER_FORMATS.score);
    expect(data.getCell(column('Moyenne /20') + 1).type).toBe(ExcelJS.ValueType.Number);
    expect(data.getCell(column('Demandé') + 1).numFmt).toBe(NUMBER_FORMATS.money);
    expect(data.getCell(column('Rang') + 1).numFmt).toBe(NUMBER_FORMATS.integer);
  });

  it('follows the order chosen on screen (discussion order, disputed first) and writes the CSV with decimal commas', async () => {
    const { service } = openTestService({ now: () => NOW });
    const setup = await deliberatedSession(service, { applications: 4 });
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    const byPosition = [...results.outcomes].sort((a, b) => a.position - b.position);

    const file = await service.invoke('sessions.exportResults', { sessionId: setup.sessionId, format: 'csv', order: 'position' });
    expect(file.fileName).toBe(`resultats-seance-${setup.sessionId}-2018-03-12.csv`);
    const { bom, rows, errors } = parseCsv(file);
    expect(errors).toEqual([]);
    expect(bom).toBe(true);
    const [header = [], ...data] = rows;
    expect(data.map((row) => Number(row[header.indexOf('N° dossier')]))).toEqual(byPosition.map((outcome) => outcome.applicationId));
    for (const [index, outcome] of byPosition.entries()) {
      const row = data[index] ?? [];
      expect(row[header.indexOf('Moyenne /20')]).toBe(outcome.mean === null ? '' : formatScore(outcome.mean));
      expect(row[header.indexOf('Moyenne /20')]).toMatch(/^\d+,\d{2}$/u);
      expect(row[header.indexOf('Demandé')]).toBe(csvCents(outcome.requestedCents));
    }

    // Disputed first: a stable split of the chosen order, as the screen's switch does.
    const disputed = await readWorkbook(await service.invoke('sessions.exportResults', { sessionId: setup.sessionId, format: 'xlsx', order: 'position', disputedFirst: true }));
    const split = [...byPosition.filter((outcome) => outcome.disagreement), ...byPosition.filter((outcome) => !outcome.disagreement)];
    expect(dataRows(disputed).map((row) => row[2])).toEqual(split.map((outcome) => outcome.applicationId));
    expect(String(disputed.getCell('A2').value)).toContain('classés dans l’ordre de passage, les plus disputés d’abord');
  });
});

describe('jurors’ progress export', () => {
  it('gives each juror’s sheets, complete and submitted, over those to score, and never a score', async () => {
    const { service } = openTestService({ now: () => NOW });
    const setup = await startNotation(service, { applications: 3 });
    // Agnès submits everything; Bruno has scored one sheet; Claire and Denis have not started.
    const agnes = await openJury(service, setup, 0);
    for (const applicationId of setup.applicationIds) await scoreSheet(service, agnes.juryToken, applicationId, fullSheet(setup.grid, 3));
    await service.invoke('jury.submit', { juryToken: agnes.juryToken });
    const bruno = await openJury(service, setup, 1);
    await scoreSheet(service, bruno.juryToken, setup.applicationIds[0] ?? 0, fullSheet(setup.grid, 2));

    const file = await service.invoke('sessions.exportProgress', { sessionId: setup.sessionId, format: 'xlsx' });
    expect(file.fileName).toBe(`avancement-notation-seance-${setup.sessionId}-2018-03-12.xlsx`);
    const sheet = await readWorkbook(file);
    expect(sheet.name).toBe('Avancement');
    expect(String(sheet.getCell('A1').value)).toMatch(/^Avancement de la notation — CAI du 12 mars 2018 \(12\/03\/2018\) — au 12\/03\/2018 à \d{2}:30$/u);
    expect(headerOf(sheet)).toEqual(['Membre du jury', 'Préside la séance', 'Fiches complètes', 'Fiches soumises', 'Dossiers à noter', 'Notation', 'Saisie', 'Soumise le']);
    const rows = dataRows(sheet);
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    // The deliberation page's rows, in its order.
    expect(rows.map((row) => row[0])).toEqual(results.progress.map((juror) => juror.jurorName));
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect(byName.get('Agnès Martin')?.slice(1, 7)).toEqual(['oui', 3, 3, 3, 'Soumise', 'Application']);
    expect(byName.get('Bruno Le Gall')?.slice(1, 8)).toEqual([null, 1, 0, 3, 'En cours', 'Application', null]);
    expect(byName.get('Claire Dubois')?.slice(1, 8)).toEqual([null, 0, 0, 3, 'Pas commencée', null, null]);
    // The submission instant: a real date and time, on the local clock.
    const submitted = byName.get('Agnès Martin')?.[7];
    expect(submitted).toBeInstanceOf(Date);
    const local = new Date(NOW);
    expect(submitted).toEqual(new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes())));
    expect(sheet.getRow(4).getCell(8).numFmt).toBe(NUMBER_FORMATS.datetime);
    // Counts only: no figure with decimals, no header about a mean or a rank.
    expect(rows.flat().every((value) => typeof value !== 'number' || Number.isInteger(value))).toBe(true);
    expect(headerOf(sheet).join(' ')).not.toMatch(/moyenne|médiane|rang|\/20/iu);

    const csv = parseCsv(await service.invoke('sessions.exportProgress', { sessionId: setup.sessionId, format: 'csv' }));
    expect(csv.errors).toEqual([]);
    const agnesRow = csv.rows.find((row) => row[0] === 'Agnès Martin') ?? [];
    expect(agnesRow[7]).toMatch(/^12\/03\/2018 \d{2}:30$/u);
    expect(csv.rows).toHaveLength(1 + setup.jurorIds.length);
  });
});
