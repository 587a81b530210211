// The crash harness's scenarios: each a base database (prepared once, in this process) and the input of
// the child that works on a copy of it. A large spreadsheet import, a jury scoring sheet by sheet, a jury
// pack opened on a juror's laptop, a score pack imported by the chair.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siretWithKeys } from '../../core/domain/identifiers.ts';
import type { Service } from '../../core/service/create-service.ts';
import { openService } from '../../core/service/open-service.ts';
import { filledWorkbook } from '../fixtures/imports/import-fixtures.ts';
import { fullSheet, PINS, scoreSheet, startNotation, type PaperAnswers } from '../support/scoring-session.ts';
import { repoRoot, TEST_PACK_KDF_COST } from '../support/test-app.ts';

export type ChildInput =
  | { scenario: 'import'; fileName: string; contentBase64: string; callId: number }
  | { scenario: 'scoring'; sessionId: number; jurors: { jurorId: number; pin: string }[]; applicationIds: number[]; answers: PaperAnswers }
  | { scenario: 'jury-pack'; contentBase64: string; passphrase: string }
  | { scenario: 'score-pack'; contentBase64: string; sessionId: number };

export type ScenarioName = ChildInput['scenario'];
export const SCENARIOS: readonly ScenarioName[] = ['import', 'scoring', 'jury-pack', 'score-pack'];

/** A base folder (its pacte.sqlite and attachment files), the child's input, and the audit action of its write. */
export type PreparedScenario = { name: ScenarioName; baseFolder: string; inputFile: string; action: string };

const PASSPHRASE = 'lanterne brume octobre falaise';

async function onBase<T>(folder: string, actor: string, prepare: (service: Service) => Promise<T>): Promise<T> {
  mkdirSync(folder, { recursive: true });
  // Prepared at the test cost of pack keys; the children work at the app's own.
  const opened = openService({ databaseFile: path.join(folder, 'pacte.sqlite'), appRoot: repoRoot, actor, packKdfCost: TEST_PACK_KDF_COST });
  try {
    const result = await prepare(opened.service);
    opened.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    opened.close();
  }
}

function value<T>(result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** `providers` providers and `applications` applications in one workbook, every row valid. */
async function largeWorkbook(providers: number, applications: number): Promise<Uint8Array> {
  const providerRows = Array.from({ length: providers }, (_, index) => ({
    name: `Association d’insertion n° ${index + 1}`,
    legalForm: 'Association',
    siret: index % 2 === 0 ? siretWithKeys(String(40_000_000 + index), '0001') : null,
    city: 'Rennes',
  }));
  const applicationRows = Array.from({ length: applications }, (_, index) => ({
    providerName: `Association d’insertion n° ${(index % providers) + 1}`,
    title: `Action d’accompagnement n° ${index + 1}`,
    summary: 'Accompagner des allocataires du RSA vers l’emploi, avec un suivi individuel.',
    primaryObjective: '6.4.1',
    publics: 'rsa, femmes',
    expectedParticipants: 12,
    startsOn: '08/01/2018',
    endsOn: '14/12/2018',
    'budget:64': 10_000 + index,
    'budget:74-ccas': 10_000 + index,
  }));
  return (await filledWorkbook({ providers: providerRows, applications: applicationRows })).bytes;
}

async function prepareImport(root: string, rows: { providers: number; applications: number }): Promise<ChildInput> {
  const bytes = Buffer.from(await largeWorkbook(rows.providers, rows.applications)).toString('base64');
  return onBase(path.join(root, 'base-import'), 'crash-harness', async (service) => {
    const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 500_000_000 });
    // Whether every row is valid, the reference run tells (it must write them all).
    return { scenario: 'import', fileName: 'import.xlsx', contentBase64: bytes, callId: call.id };
  });
}

export async function prepareScenarios(root: string, options: { providers: number; applications: number; agenda: number }): Promise<PreparedScenario[]> {
  const inputs: ChildInput[] = [await prepareImport(root, options)];

  // The chair's base: a session in notation; its copy before any pack is the scoring scenario's base.
  let juryPack = '';
  let sessionId = 0;
  inputs.push(
    await onBase(path.join(root, 'base-scoring'), 'crash-harness', async (service) => {
      const setup = await startNotation(service, { applications: options.agenda });
      sessionId = setup.sessionId;
      const jurors = [1, 2, 3].map((index) => ({ jurorId: setup.jurorIds[index] ?? 0, pin: PINS[index] ?? '' }));
      return { scenario: 'scoring', sessionId, jurors, applicationIds: setup.applicationIds, answers: fullSheet(setup.grid, 3) };
    }),
  );
  await onBase(path.join(root, 'base-score-pack'), 'crash-harness', async (service) => {
    const setup = await startNotation(service, { applications: options.agenda });
    sessionId = setup.sessionId;
    juryPack = value<{ contentBase64: string }>(await service.call('juryPack.create', { sessionId, jurorId: setup.jurorIds[1] ?? 0, passphrase: PASSPHRASE })).contentBase64;
  });
  inputs.push({ scenario: 'jury-pack', contentBase64: juryPack, passphrase: PASSPHRASE });
  await onBase(path.join(root, 'base-jury-pack'), 'portable-jure', async () => undefined);

  // The juror's laptop, once, to get the score pack the chair imports.
  const scorePack = await onBase(path.join(root, 'laptop'), 'portable-jure', async (service) => {
    const opened = value<{ sessionId: number; jurorId: number }>(await service.call('juryPack.open', { contentBase64: juryPack, passphrase: PASSPHRASE }));
    const session = await service.invoke('jury.open', { sessionId: opened.sessionId, jurorId: opened.jurorId, pin: PINS[1] });
    const grid = session.grid;
    for (const item of session.applications) await scoreSheet(service, session.juryToken, item.applicationId, fullSheet(grid, 2));
    await service.invoke('jury.submit', { juryToken: session.juryToken });
    return value<{ contentBase64: string }>(await service.call('scorePack.export', { passphrase: PASSPHRASE })).contentBase64;
  });
  inputs.push({ scenario: 'score-pack', contentBase64: scorePack, sessionId });

  const actions: Record<ScenarioName, string> = { import: 'imports.run', scoring: 'jury.saveAnswer', 'jury-pack': 'juryPack.open', 'score-pack': 'scorePack.import' };
  return inputs.map((input) => {
    const inputFile = path.join(root, `input-${input.scenario}.json`);
    writeFileSync(inputFile, JSON.stringify(input));
    return { name: input.scenario, baseFolder: path.join(root, `base-${input.scenario}`), inputFile, action: actions[input.scenario] };
  });
}
