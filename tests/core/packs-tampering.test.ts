// Score packs that must not come in: a byte flipped in the middle, a pack of another session or another
// installation, a pack re-sealed as another juror or another session by a juror who knows their own
// binding, an older sheet, a truncated file. Each is refused with a French sentence, and the chair's
// database is left exactly as it was.
import { describe, expect, it } from 'vitest';
import { readOpenedJuryPack } from '../../db/queries/pack-records.ts';
import { scorePackKey } from '../../core/service/packs/pack-binding.ts';
import { openWithKey, readPackFile, writePackFile } from '../../core/service/packs/pack-file.ts';
import { unsealBinding } from '../../core/service/packs/pack-seal.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { chairInNotation, type Chair, exportScores, flipByte, juryPackFor, laptopWithPack, manualClock, PASSPHRASE, scoreOnLaptop, truncate, type Laptop } from '../support/packs.ts';
import { fullSheet, PINS } from '../support/scoring-session.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

const NOT_THIS_PACK = /ne répond pas à un paquet du juré de cette séance pour ce membre, ou il a été modifié/u;
const NOT_ISSUED_HERE = /répond à un paquet du juré que cette base n’a pas exporté \(ou dont le contenu a changé\)/u;

/** What a juror who knows their passphrase can read on their laptop: their pack's binding. */
function bindingOf(laptop: Laptop): string {
  const row = readOpenedJuryPack(laptop.database.db);
  if (!row) throw new Error('no jury pack on this laptop');
  return unsealBinding(row, PASSPHRASE);
}

/** A score pack decrypted with the binding, changed, and sealed again with a binding and a pack id of the forger's choice. */
function resealed(contentBase64: string, binding: string, change: (body: Record<string, unknown>) => void, sealAs: { binding: string; packId: string }): string {
  const pack = readPackFile(Buffer.from(contentBase64, 'base64'), 'pacte-score-pack');
  const payload = openWithKey(pack, scorePackKey(binding));
  if (payload === null) throw new Error('the pack does not open with this binding');
  const body = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
  change(body);
  return writePackFile('pacte-score-pack', Buffer.from(JSON.stringify(body), 'utf8'), pack.header.label, { packId: sealAs.packId, key: scorePackKey(sealAs.binding) }).toString('base64');
}

type Scenario = {
  chair: Chair;
  secondSessionId: number;
  cases: [string, { contentBase64: string; sessionId?: number }, RegExp][];
  genuineOfTheSecondSession: string;
  before: ReturnType<typeof snapshotTables>;
};

/** Bruno scores on two laptops (two sessions), a stranger on a third (another installation); his newer pack is in. */
async function scenario(): Promise<Scenario> {
  const clock = manualClock('2018-03-12T17:00:00.000Z');
  const chair = await chairInNotation({ now: clock.now });
  const { service, setup } = chair;
  const { grid, sessionId } = setup;
  const [appA = 0, appB = 0, appC = 0] = setup.applicationIds;
  const everything = { [appA]: fullSheet(grid, 3), [appB]: fullSheet(grid, 2), [appC]: fullSheet(grid, 4) };

  const bruno = await laptopWithPack((await juryPackFor(service, setup, 1)).contentBase64, { now: clock.now });
  const clairePack = await juryPackFor(service, setup, 2);
  await scoreOnLaptop(bruno, 1, { [appA]: fullSheet(grid, 1) });
  const brunoOlder = await exportScores(bruno);
  clock.advance(45);
  await scoreOnLaptop(bruno, 1, everything, { submit: true });
  const brunoNewer = await exportScores(bruno);

  // A second session of the same call, Bruno convened again: his pack for it answers that session only.
  const second = await service.invoke('sessions.create', { callId: setup.call.id, title: 'CAI du 9 avril 2018', heldOn: '2018-04-09', jurorIds: [setup.jurorIds[1] ?? 0] });
  await service.invoke('sessions.setPin', { sessionId: second.id, jurorId: setup.jurorIds[1] ?? 0, pin: PINS[1] });
  await service.invoke('sessions.fillAgenda', { sessionId: second.id });
  await service.invoke('sessions.setStatus', { sessionId: second.id, status: 'notation' });
  const secondPack = await service.invoke('juryPack.create', { sessionId: second.id, jurorId: setup.jurorIds[1] ?? 0, passphrase: PASSPHRASE });
  const brunoAgain = await laptopWithPack(secondPack.contentBase64, { now: clock.now });
  await scoreOnLaptop(brunoAgain, 1, everything, { submit: true });
  const secondSession = await exportScores(brunoAgain);

  // Another installation: its own chair database, where the session and the juror have the same numbers.
  const elsewhere = await chairInNotation({ now: clock.now });
  const stranger = await laptopWithPack((await juryPackFor(elsewhere.service, elsewhere.setup, 1)).contentBase64, { now: clock.now });
  await scoreOnLaptop(stranger, 1, everything, { submit: true });
  const foreign = await exportScores(stranger);
  expect(foreign).toMatchObject({ sessionId, jurorId: setup.jurorIds[1] });

  expect((await service.invoke('scorePack.import', { contentBase64: brunoNewer.contentBase64 })).status).toBe('imported');
  const brunoBinding = bindingOf(bruno);
  const brunoAgainBinding = bindingOf(brunoAgain);
  return {
    chair,
    secondSessionId: second.id,
    genuineOfTheSecondSession: secondSession.contentBase64,
    before: snapshotTables(chair.database.sqlite),
    cases: [
      ['a byte flipped in the middle', { contentBase64: flipByte(brunoNewer.contentBase64) }, NOT_THIS_PACK],
      ['a pack of another installation', { contentBase64: foreign.contentBase64 }, NOT_THIS_PACK],
      ['a pack of another session, imported into this one', { contentBase64: secondSession.contentBase64, sessionId }, /concerne la séance « CAI du 9 avril 2018 » \(n° \d+\), pas celle-ci/u],
      [
        'a pack of another session, passed off as this one by Bruno, who knows his binding',
        { contentBase64: resealed(secondSession.contentBase64, brunoAgainBinding, (body) => (body.sessionId = sessionId), { binding: brunoAgainBinding, packId: secondPack.packId }) },
        NOT_ISSUED_HERE,
      ],
      [
        'Bruno’s pack passed off as Claire’s, sealed with his own binding',
        {
          contentBase64: resealed(brunoNewer.contentBase64, brunoBinding, (body) => Object.assign(body, { jurorId: setup.jurorIds[2], packId: clairePack.packId }), {
            binding: brunoBinding,
            packId: clairePack.packId,
          }),
        },
        NOT_THIS_PACK,
      ],
      ['an older sheet', { contentBase64: brunoOlder.contentBase64 }, /n’est pas plus récent que celui déjà importé/u],
      ['a truncated file', { contentBase64: truncate(brunoNewer.contentBase64) }, /^Fichier tronqué : il manque \d+ octet/u],
      ['a file cut inside its header', { contentBase64: truncate(brunoNewer.contentBase64, 0.05) }, /l’en-tête du paquet est incomplet/u],
      ['a jury pack instead of a score pack', { contentBase64: clairePack.contentBase64 }, /^Ce fichier est un paquet du juré, pas un paquet de notes\.$/u],
      ['not a pack at all', { contentBase64: Buffer.from('juror;application;criterion;score\n').toString('base64') }, /n’est pas un paquet de notes de Pacte CAI/u],
    ],
  };
}

describe('score pack tampering', () => {
  // Packs are encrypted at a cost of half a second per key, on purpose: five laptops take their time.
  it('refuses every tampered, foreign, stale or broken pack, writes nothing, and still takes the genuine ones', async () => {
    const { chair, cases, before, genuineOfTheSecondSession, secondSessionId } = await scenario();
    for (const [label, input, message] of cases) {
      const error = expectFailure(await chair.service.call('scorePack.import', input));
      expect(error.message, label).toMatch(message);
      expect(error.message, label).toMatch(FRENCH);
      expect(snapshotTables(chair.database.sqlite), label).toEqual(before);
    }
    expect((await chair.service.invoke('scorePack.import', { contentBase64: genuineOfTheSecondSession, sessionId: secondSessionId })).status).toBe('imported');
  }, 180_000);
});

describe('jury packs and laptops', () => {
  it('opens a jury pack only whole, and only in an empty jury database', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const pack = await juryPackFor(service, setup, 1);
    const other = await juryPackFor(service, setup, 3);

    const chairBefore = snapshotTables(chair.database.sqlite);
    const intoChair = expectFailure(await service.call('juryPack.open', { contentBase64: pack.contentBase64, passphrase: PASSPHRASE }));
    expect(intoChair.message).toMatch(/^Cette base n’est pas une base de jury vide \(elle contient 1 appel\(s\) à projets, 3 prestataire\(s\), 3 dossier\(s\), 4 membre\(s\) du jury, 1 séance\(s\)\) : ouvrez le paquet sur l’ordinateur du juré, dans Pacte CAI fraîchement installé, ou en ligne de commande dans une base de jury vide \(« pacte --db jure\.sqlite jury-pack open FICHIER »\)\.$/u);
    expect(snapshotTables(chair.database.sqlite)).toEqual(chairBefore);

    const laptop = openTestService();
    const empty = snapshotTables(laptop.database.sqlite);
    for (const [contentBase64, message] of [
      [flipByte(pack.contentBase64), /^Phrase de passe incorrecte ou fichier altéré\.$/u],
      [truncate(pack.contentBase64), /^Fichier tronqué/u],
      [Buffer.from('PACTE-PACK/2\n{"format":"pacte-score-pack"').toString('base64'), /en-tête du paquet est incomplet/u],
    ] as const) {
      expect(expectFailure(await laptop.service.call('juryPack.open', { contentBase64, passphrase: PASSPHRASE })).message).toMatch(message);
      expect(snapshotTables(laptop.database.sqlite)).toEqual(empty);
    }
    await laptop.service.invoke('juryPack.open', { contentBase64: pack.contentBase64, passphrase: PASSPHRASE });
    const opened = snapshotTables(laptop.database.sqlite);
    const second = expectFailure(await laptop.service.call('juryPack.open', { contentBase64: other.contentBase64, passphrase: PASSPHRASE }));
    expect(second).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Cette base de jury contient déjà le paquet de Bruno Le Gall pour la séance « CAI du 12 mars 2018 »/u) });
    expect(snapshotTables(laptop.database.sqlite)).toEqual(opened);
    // A chair's database has no jury pack to answer.
    expect(expectFailure(await service.call('scorePack.export', { passphrase: PASSPHRASE })).message).toMatch(/n’est pas une base de jury/u);
  });

  it('leaves out a sheet now in conflict, and refuses to overwrite a sealed paper sheet', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const { grid, sessionId } = setup;
    const [appA = 0, appB = 0, appC = 0] = setup.applicationIds;
    const denis = setup.jurorIds[3] ?? 0;
    const laptop = await laptopWithPack((await juryPackFor(service, setup, 3)).contentBase64);
    await scoreOnLaptop(laptop, 3, { [appA]: fullSheet(grid, 3), [appB]: fullSheet(grid, 3), [appC]: fullSheet(grid, 0) }, { submit: true });
    const scores = await exportScores(laptop);

    // Meanwhile the chair entered Denis's paper sheet for A: the pack may not overwrite a sealed sheet.
    await service.invoke('scores.enterPaper', { sessionId, jurorId: denis, applicationId: appA, answers: fullSheet(grid, 1), chairPin: PINS[0] });
    const before = snapshotTables(chair.database.sqlite);
    const refused = expectFailure(await service.call('scorePack.import', { contentBase64: scores.contentBase64 }));
    expect(refused.message).toMatch(/Denis Roux a déjà une fiche soumise sur papier pour « Action A » : rouvrez ses fiches \(avec un motif\)/u);
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);

    // The chair reopens; meanwhile Denis turns out to use C's provider: the sheet of C stays out.
    await service.invoke('scores.reopen', { sessionId, jurorId: denis, reason: 'Il a noté sur son portable.', chairPin: PINS[0] });
    await service.invoke('sessions.declareConflict', { sessionId, jurorId: denis, providerId: setup.applications[2]?.providerId ?? null, type: 'usager', chairPin: PINS[0] });
    const imported = await service.invoke('scorePack.import', { contentBase64: scores.contentBase64 });
    expect(imported).toMatchObject({ status: 'imported', sheetCount: 2, submittedCount: 2, skipped: [{ applicationId: appC, title: 'Action C', reason: 'Denis Roux est en conflit d’intérêts avec ce dossier' }] });
    const sheets = chair.database.sqlite.prepare('select application_id as applicationId, source, status from score_sheets where juror_id = ? order by application_id').all(denis);
    expect(sheets).toEqual([
      { applicationId: appA, source: 'pack', status: 'submitted' },
      { applicationId: appB, source: 'pack', status: 'submitted' },
    ]);
  });
});
