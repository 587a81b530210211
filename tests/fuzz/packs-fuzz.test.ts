// Issue 11: jury packs and score packs, mutated, through `juryPack.open` (a juror's empty laptop
// database) and `scorePack.import` (the chair's database): opened or refused in French, a refusal
// writes nothing (no row, no attachment file left), every commit audited, the chain intact. Three
// depths: the file's bytes, its header line, and its body re-sealed (re-encrypted, re-signed) so
// that the body's own checks are reached. The format lives in support/pack-codec.ts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import type { EvaluationGrid } from '../../core/domain/jury/grid.ts';
import type { PackLabel } from '../../core/service/packs/pack-file.ts';
import { fullSheet, PINS, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { BYTE_MUTATIONS, mutateBytes } from './support/byte-mutations.ts';
import { keepGoing, fuzzRuns, fuzzSeed, fuzzTimeout, reportReaders, statsOf } from './support/fuzz-report.ts';
import { makeTemplate, onCopy, probe, removeFuzzFolders, type DbTemplate } from './support/fuzz-probe.ts';
import { JSON_MUTATIONS, mutateJsonText } from './support/json-mutations.ts';
import { joinHeader, openPack, scorePackSeal, sealPack, splitHeader, type PackSeal } from './support/pack-codec.ts';
import { seededRandom } from './support/seeded-random.ts';

const READERS = ['paquet du juré', 'paquet de notes'] as const;
// A jury pack that opens still costs a scrypt or two: half of FUZZ_RUNS under `npm run fuzz`.
const JURY_RUNS = fuzzRuns(40, 0.5);
const SCORE_RUNS = fuzzRuns(40);
// Four words, varied, without the juror's name: what the chair must choose.
const PASSPHRASE = 'lanterne brume octobre falaise';

/** A genuine pack, the same body sealed cheaply for the mutated inputs, and how it opens. */
type Seed = { original: Buffer; cheap: Buffer; payload: Buffer; label: PackLabel; seal: PackSeal; passphrase?: string };
let chair: DbTemplate<{ sessionId: number }>;
let emptyLaptop: DbTemplate<null>;
const juryPacks: Seed[] = [];
const scorePacks: Seed[] = [];

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

function juryPackSeed(contentBase64: string, passphrase: string): Seed {
  const original = Buffer.from(contentBase64, 'base64');
  const seal: PackSeal = { kind: 'jury', passphrase };
  const { payload, label } = openPack(original, seal);
  return { original, cheap: sealPack(payload, label, seal), payload, label, seal, passphrase };
}

/** Bruno's laptop: the pack opened, every sheet scored; a score pack of drafts, then one of sealed sheets. */
async function exportedScorePacks(juryPack: Seed, grid: EvaluationGrid): Promise<Buffer[]> {
  const laptop = await makeTemplate(
    'laptop',
    async ({ service }) => {
      const opened = await value<{ sessionId: number; jurorId: number }>(service.call('juryPack.open', { contentBase64: juryPack.original.toString('base64'), passphrase: juryPack.passphrase }));
      const session = await service.invoke('jury.open', { sessionId: opened.sessionId, jurorId: opened.jurorId, pin: PINS[1] });
      for (const item of session.applications) await scoreSheet(service, session.juryToken, item.applicationId, fullSheet(grid, 3));
      const exported = async () => (await value<{ contentBase64: string }>(service.call('scorePack.export', { passphrase: juryPack.passphrase }))).contentBase64;
      const drafts = await exported();
      await service.invoke('jury.submit', { juryToken: session.juryToken });
      return [drafts, await exported()];
    },
    'portable-jure',
  );
  return laptop.data.map((contentBase64) => Buffer.from(contentBase64, 'base64'));
}

beforeAll(async () => {
  let grid: EvaluationGrid | undefined;
  let chairKey = { packSecret: '', sessionId: 0, jurorId: 0 };
  chair = await makeTemplate('packs-chair', async ({ service, sqlite }) => {
    const setup = await startNotation(service, { applications: 3 });
    grid = setup.grid;
    const jurorId = setup.jurorIds[1] ?? 0;
    const created = await value<{ contentBase64: string }>(service.call('juryPack.create', { sessionId: setup.sessionId, jurorId, passphrase: PASSPHRASE }));
    juryPacks.push(juryPackSeed(created.contentBase64, PASSPHRASE));
    const packSecret = (sqlite.prepare('select pack_secret as secret from cai_sessions where id = ?').get(setup.sessionId) as { secret: string }).secret;
    chairKey = { packSecret, sessionId: setup.sessionId, jurorId };
    return { sessionId: setup.sessionId };
  });
  emptyLaptop = await makeTemplate('laptop-empty', async () => null, 'portable-jure');
  const [juryPack] = juryPacks;
  if (!grid || !juryPack) throw new Error('no jury pack');
  for (const original of await exportedScorePacks(juryPack, grid)) {
    const seal = scorePackSeal(original, chairKey);
    const { payload, label } = openPack(original, seal);
    scorePacks.push({ original, cheap: original, payload, label, seal });
  }
}, 180_000);

afterAll(() => {
  reportReaders(READERS);
  removeFuzzFolders();
});

const DEPTHS = ['genuine', 'bytes', 'bytes', 'header', 'body', 'body', 'body'] as const;
const TYPED = ['right', 'right', 'right', 'wrong', 'none', 'long'] as const;
const stepArbitrary = fc.array(fc.record({ byte: fc.constantFrom(...BYTE_MUTATIONS), json: fc.constantFrom(...JSON_MUTATIONS), seed: fc.nat() }), { minLength: 1, maxLength: 3 });
const caseArbitrary = fc.record({ pack: fc.nat(3), depth: fc.constantFrom(...DEPTHS), steps: stepArbitrary, typed: fc.constantFrom(...TYPED) });
type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The file a case sends (the genuine pack, or the cheap one mutated at the case's depth). */
function mutatedPack(seed: Seed, fuzzCase: Case): Buffer {
  const json = fuzzCase.steps.map((step) => ({ kind: step.json, seed: step.seed }));
  switch (fuzzCase.depth) {
    case 'genuine':
      return seed.original;
    case 'bytes':
      return fuzzCase.steps.reduce((bytes, step) => Buffer.from(mutateBytes(bytes, step.byte, seededRandom(step.seed))), seed.cheap);
    case 'header': {
      const parts = splitHeader(seed.cheap);
      return parts ? joinHeader({ ...parts, header: mutateJsonText(parts.header, json, seededRandom) }) : seed.cheap;
    }
    case 'body':
      return sealPack(Buffer.from(mutateJsonText(seed.payload.toString('utf8'), json, seededRandom), 'utf8'), seed.label, seed.seal);
  }
}

/** The passphrase typed on the laptop: the right one, another, none, or far too long. */
function typedPassphrase(seed: Seed, typed: Case['typed']): { passphrase?: string } {
  const passphrase = { right: seed.passphrase, wrong: 'orage girafe lundi crayon', none: undefined, long: 'é'.repeat(1_000) }[typed];
  return passphrase === undefined ? {} : { passphrase };
}

const accepted = () => ({ refused: false, messages: [], mayWrite: true });

async function fuzzReader(reader: string, seeds: readonly Seed[], template: () => DbTemplate<unknown>, send: (service: Service, contentBase64: string, fuzzCase: Case, seed: Seed) => Promise<Result<unknown>>, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(caseArbitrary, async (fuzzCase) => {
      const seed = seeds[fuzzCase.pack % seeds.length];
      if (!seed) throw new Error('no pack to fuzz');
      const contentBase64 = mutatedPack(seed, fuzzCase).toString('base64');
      const actor = seed.seal.kind === 'jury' ? 'portable-jure' : 'agnes.martin';
      const fine = await onCopy(template(), (app) => probe(app, reader, JSON.stringify(fuzzCase), (service) => send(service, contentBase64, fuzzCase, seed), accepted), actor);
      return fine || keepGoing;
    }),
    { numRuns: runs, seed: fuzzSeed(reader) },
  );
  expect(statsOf(reader)).toMatchObject({ internal: 0, writesDespiteError: 0, unaudited: 0, notFrench: 0, chainBroken: 0 });
}

describe('fuzzed packs', () => {
  it('a jury pack listing a provider twice is refused in French, not an internal error (found by this fuzz)', async () => {
    const [seed] = juryPacks;
    if (!seed) throw new Error('no jury pack');
    const body = JSON.parse(seed.payload.toString('utf8')) as { providers: unknown[] };
    body.providers.push(body.providers[0]);
    const contentBase64 = sealPack(Buffer.from(JSON.stringify(body), 'utf8'), seed.label, seed.seal).toString('base64');
    const answer = await onCopy(emptyLaptop, async (app) => {
      expect(await probe(app, 'paquet du juré', 'a provider twice', (service) => service.call('juryPack.open', { contentBase64, passphrase: seed.passphrase }), accepted)).toBe(true);
      return app.service.call('juryPack.open', { contentBase64, passphrase: seed.passphrase });
    }, 'portable-jure');
    expect(answer).toMatchObject({ ok: false, error: { code: 'pack_invalid', message: expect.stringMatching(/incohérent \(identifiants en double\)/u) } });
  });

  it(
    'a mutated jury pack is opened or refused in French on the laptop, and a refusal writes nothing',
    () => fuzzReader('paquet du juré', juryPacks, () => emptyLaptop, (service, contentBase64, fuzzCase, seed) => service.call('juryPack.open', { contentBase64, ...typedPassphrase(seed, fuzzCase.typed) }), JURY_RUNS),
    fuzzTimeout(JURY_RUNS, 5_000),
  );

  it(
    'a mutated score pack is imported or refused in French by the chair, and a refusal writes nothing',
    () => fuzzReader('paquet de notes', scorePacks, () => chair, (service, contentBase64) => service.call('scorePack.import', { contentBase64, sessionId: chair.data.sessionId }), SCORE_RUNS),
    fuzzTimeout(SCORE_RUNS, 3_000),
  );
});
