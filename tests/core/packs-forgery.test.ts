// Issue 11, finding 3: a jury pack was enough to forge its juror's scores. The pack was optionally
// encrypted and carried the binding, the PIN hash and the e-mail in clear; a score pack of zeros signed
// with that binding was accepted. Now: the passphrase is mandatory and strong, nothing sensitive is in
// clear, the header is authenticated, and a score pack made from what a jury pack (or the laptop's jury
// database) holds, without the passphrase, is refused; the same work with the real binding is accepted,
// so the refusal is the missing secret and nothing else.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readOpenedJuryPack } from '../../db/queries/pack-records.ts';
import { juryPackBodySchema, type ScorePackBody } from '../../core/service/packs/pack-bodies.ts';
import { packBinding, scorePackKey } from '../../core/service/packs/pack-binding.ts';
import { openWithPassphrase, PACK_FORMATS, parsePayload, readPackFile, writePackFile } from '../../core/service/packs/pack-file.ts';
import { unsealBinding } from '../../core/service/packs/pack-seal.ts';
import { PASSPHRASE_MESSAGES } from '../../core/service/packs/passphrase-api.ts';
import { verifyPin } from '../../core/service/sessions/session-pins.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { chairInNotation, juryPackFor, laptopWithPack, PASSPHRASE, scoreOnLaptop } from '../support/packs.ts';
import { fullSheet, PINS } from '../support/scoring-session.ts';
import { expectFailure, FRENCH } from '../support/test-app.ts';

const NOT_THIS_PACK = /^Ce paquet de notes ne répond pas à un paquet du juré de cette séance pour ce membre, ou il a été modifié depuis sa création : il est refusé, rien n’a été importé\.$/u;

function headerOf(bytes: Buffer): { line: string; end: number } {
  const start = bytes.indexOf(0x0a) + 1;
  const end = bytes.indexOf(0x0a, start);
  return { line: bytes.subarray(start, end).toString('utf8'), end };
}

describe('a jury pack is never exported without a strong passphrase', () => {
  it('refuses no passphrase, a short, repetitive, numeric, predictable one or one holding the juror’s name, and records nothing', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const bruno = setup.jurorIds[1] ?? 0;
    const before = snapshotTables(chair.database.sqlite);
    const missing = expectFailure(await service.call('juryPack.create', { sessionId: setup.sessionId, jurorId: bruno }));
    expect(missing).toMatchObject({ code: 'validation', message: 'Données invalides : passphrase : Indiquez une phrase de passe : le paquet du juré est toujours chiffré.' });
    for (const [passphrase, message] of [
      ['', /Indiquez une phrase de passe/u],
      ['cheval', PASSPHRASE_MESSAGES.short],
      ['onze lettre', PASSPHRASE_MESSAGES.short],
      ['aaaaaaaaaaaaaaaa', PASSPHRASE_MESSAGES.repetitive],
      ['06 12 34 56 78 90', PASSPHRASE_MESSAGES.digits],
      ['azerty123456789', PASSPHRASE_MESSAGES.predictable],
      ['motdepasse 2018', PASSPHRASE_MESSAGES.predictable],
      ['bruno marelle hibou', PASSPHRASE_MESSAGES.name],
    ] as const) {
      const error = expectFailure(await service.call('juryPack.create', { sessionId: setup.sessionId, jurorId: bruno, passphrase }));
      expect(error.code, passphrase).toBe('validation');
      expect(error.message, passphrase).toMatch(message);
      expect(error.message, passphrase).toMatch(FRENCH);
    }
    expect(PASSPHRASE_MESSAGES.short).toBe('La phrase de passe doit compter au moins 12 caractères, ou 4 mots séparés par des espaces (par exemple «\u00a0girafe orage lundi crayon\u00a0»).');
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);
  });
});

describe('a jury pack in clear says which passphrase to type, and nothing else', () => {
  it('keeps the e-mail, the PIN hash and the binding inside the encryption, and hashes the PIN again at a higher cost', async () => {
    // The app's own cost, not the tests' lower one (tests/support/test-app.ts).
    const chair = await chairInNotation({ packKdfCost: 'app' });
    const { service, setup } = chair;
    const claire = setup.jurorIds[2] ?? 0;
    const pack = await juryPackFor(service, setup, 2);
    const bytes = Buffer.from(pack.contentBase64, 'base64');
    const { line } = headerOf(bytes);
    const header = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(header).sort()).toEqual(['bytes', 'cipher', 'format', 'iv', 'key', 'label']);
    expect(header).toMatchObject({ format: 'pacte-jury-pack', label: { session: 'CAI du 12 mars 2018', juror: 'Claire Dubois' }, cipher: 'aes-256-gcm', key: { name: 'scrypt', N: 131072, r: 8, p: 1 } });

    const stored = chair.database.sqlite.prepare('select m.pin_hash as pinHash, j.email, s.pack_secret as packSecret from session_members m join jurors j on j.id = m.juror_id join cai_sessions s on s.id = m.session_id where m.session_id = ? and m.juror_id = ?').get(setup.sessionId, claire) as {
      pinHash: string;
      email: string;
      packSecret: string;
    };
    const binding = packBinding(stored.packSecret, setup.sessionId, claire, pack.packId);
    for (const secret of [stored.email, stored.pinHash, stored.pinHash.split('$')[5] ?? '', binding, Buffer.from(binding, 'hex').toString('base64')]) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    }

    const body = parsePayload(openWithPassphrase(readPackFile(bytes, PACK_FORMATS.jury), PASSPHRASE), juryPackBodySchema, 'ce paquet du juré');
    expect(body.juror.email).toBeNull();
    expect(body.binding).toBe(binding);
    // Not the chair's hash: the same hash hashed again, at 8 times the cost, with a salt of this pack.
    expect(body.juror.pinHash).not.toContain(stored.pinHash.split('$')[5] ?? '');
    expect(body.juror.pinHash).toMatch(/^pack-scrypt\$16384\$8\$1\$[0-9a-f]{32}\$32\$131072\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/u);
    expect(verifyPin(body.juror.pinHash, PINS[2])).toBe(true);
    expect(verifyPin(body.juror.pinHash, '0000')).toBe(false);
  });
});

describe('the header of a pack is authenticated', () => {
  it('refuses a score pack with any byte of its header changed, and writes nothing', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const laptop = await laptopWithPack((await juryPackFor(service, setup, 1)).contentBase64);
    await scoreOnLaptop(laptop, 1, { [setup.applicationIds[0] ?? 0]: fullSheet(setup.grid, 2) });
    const scores = Buffer.from((await laptop.service.invoke('scorePack.export', { passphrase: PASSPHRASE })).contentBase64, 'base64');
    const before = snapshotTables(chair.database.sqlite);
    const { end } = headerOf(scores);
    // Every byte from the magic line to the header's newline: the label (in clear), the pack id, the iv, the length.
    for (let index = 0; index <= end; index += 1) {
      const changed = Buffer.from(scores);
      changed[index] = (changed[index] ?? 0) ^ 0x01;
      const error = expectFailure(await service.call('scorePack.import', { contentBase64: changed.toString('base64') }));
      expect(error.message, `byte ${index}`).toMatch(FRENCH);
    }
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);
    // The label is in clear but not free: the juror's name changed in it is refused like a changed score.
    const relabelled = Buffer.from(scores.toString('latin1').replace('"juror":"Bruno Le Gall"', '"juror":"Bruna Le Gall"'), 'latin1');
    expect(relabelled.equals(scores)).toBe(false);
    expect(expectFailure(await service.call('scorePack.import', { contentBase64: relabelled.toString('base64') })).message).toMatch(NOT_THIS_PACK);
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);
    expect((await service.invoke('scorePack.import', { contentBase64: scores.toString('base64') })).status).toBe('imported');
  }, 120_000);

  it('refuses a jury pack whose label, salt or iv changed', async () => {
    const chair = await chairInNotation();
    const pack = Buffer.from((await juryPackFor(chair.service, chair.setup, 2)).contentBase64, 'base64');
    const { line } = headerOf(pack);
    const header = JSON.parse(line) as { key: { salt: string }; iv: string };
    for (const [from, to] of [
      ['Claire Dubois', 'Claire Duboit'],
      [header.key.salt, `${header.key.salt.slice(0, 4)}${header.key.salt[4] === 'A' ? 'B' : 'A'}${header.key.salt.slice(5)}`],
      [header.iv, `${header.iv[0] === 'A' ? 'B' : 'A'}${header.iv.slice(1)}`],
    ] as const) {
      const changed = Buffer.from(pack.toString('latin1').replace(from, to), 'latin1');
      expect(changed.equals(pack)).toBe(false);
      expect(() => openWithPassphrase(readPackFile(changed, PACK_FORMATS.jury), PASSPHRASE)).toThrow(/^Phrase de passe incorrecte ou fichier altéré\.$/u);
    }
  }, 60_000);
});

/** Zeros everywhere, sealed: the juror's sheets as the forger would have them. */
function zeroBody(laptopRow: { packId: string; sessionId: number; jurorId: number; bodySha256: string }, applicationIds: number[], answers: ReturnType<typeof fullSheet>, savedAt: string): Buffer {
  const body: ScorePackBody = {
    kind: 'score-pack',
    packId: laptopRow.packId,
    sessionId: laptopRow.sessionId,
    jurorId: laptopRow.jurorId,
    juryPackSha256: laptopRow.bodySha256,
    savedAt,
    appVersion: '0.0.0',
    sheets: applicationIds.map((applicationId) => ({ applicationId, status: 'submitted' as const, submittedAt: savedAt, updatedAt: savedAt, answers })),
  };
  return Buffer.from(JSON.stringify(body), 'utf8');
}

describe('the attack of the issue: a score pack of zeros made from what a jury pack holds', () => {
  it('is refused without the passphrase, whatever key the forger takes; with the real binding the same work is accepted', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const bruno = setup.jurorIds[1] ?? 0;
    const pack = await juryPackFor(service, setup, 1);
    const laptop = await laptopWithPack(pack.contentBase64);

    // The forger has the pack file but not the passphrase: it does not open.
    expect(() => openWithPassphrase(readPackFile(Buffer.from(pack.contentBase64, 'base64'), PACK_FORMATS.jury), 'une phrase devinée au hasard')).toThrow(/^Phrase de passe incorrecte/u);
    // They also have the laptop's jury database: its record of the pack, the binding sealed.
    const row = readOpenedJuryPack(laptop.database.db);
    if (!row) throw new Error('no pack opened');
    expect(row.binding).toMatch(/^sealed\$/u);
    const { packSecret } = chair.database.sqlite.prepare('select pack_secret as packSecret from cai_sessions where id = ?').get(setup.sessionId) as { packSecret: string };
    // What an unencrypted pack of format 1 carried in clear: the binding of the format-1 derivation.
    const formerBinding = createHmac('sha256', Buffer.from(packSecret, 'hex')).update(`pacte-jury-pack:${setup.sessionId}:${bruno}:${pack.packId}`, 'utf8').digest('hex');
    const payload = zeroBody(row, setup.applicationIds, fullSheet(setup.grid, 0), new Date().toISOString());
    const label = { session: 'CAI du 12 mars 2018', juror: 'Bruno Le Gall' };
    const sealedWith = (key: Buffer) => writePackFile(PACK_FORMATS.score, payload, label, { packId: row.packId, key }).toString('base64');
    const before = snapshotTables(chair.database.sqlite);
    for (const [what, contentBase64] of [
      ['the binding a format-1 pack carried in clear', sealedWith(scorePackKey(formerBinding))],
      ['the format-1 binding itself as the key', sealedWith(Buffer.from(formerBinding, 'hex'))],
      ['the sealed binding of the laptop’s database', sealedWith(scorePackKey(createHmac('sha256', row.binding).digest('hex')))],
      ['the digest of the jury pack the laptop records', sealedWith(scorePackKey(row.bodySha256))],
    ] as const) {
      const error = expectFailure(await service.call('scorePack.import', { contentBase64 }));
      expect(error.message, what).toMatch(NOT_THIS_PACK);
      expect(snapshotTables(chair.database.sqlite), what).toEqual(before);
    }
    // The format-1 layout itself (clear payload, SHA-256 and MAC in the header), as the forger wrote it.
    const mac = createHmac('sha256', Buffer.from(formerBinding, 'hex')).update(payload).digest('hex');
    const formerHeader = { format: 'pacte-score-pack', version: 1, payloadBytes: payload.length, sha256: createHash('sha256').update(payload).digest('hex'), mac };
    const formerFile = Buffer.concat([Buffer.from(`PACTE-PACK/1\n${JSON.stringify(formerHeader)}\n`, 'utf8'), payload]);
    expect(expectFailure(await service.call('scorePack.import', { contentBase64: formerFile.toString('base64') })).message).toBe(
      'Ce paquet a été créé par une version antérieure de Pacte CAI, dans un format qui n’est plus accepté (il pouvait être falsifié) : exportez un nouveau paquet du juré pour ce membre ; ses notes reviendront dans un nouveau paquet de notes.',
    );
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);

    // The control: the same forger's work with the binding only the passphrase unseals is accepted.
    const imported = await service.invoke('scorePack.import', { contentBase64: sealedWith(scorePackKey(unsealBinding(row, PASSPHRASE))) });
    expect(imported).toMatchObject({ status: 'imported', jurorId: bruno, sheetCount: 3, submittedCount: 3 });
  }, 120_000);

  it('refuses a pack and a laptop of the previous format, saying to export a new pack', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const former = Buffer.from(`PACTE-PACK/1\n${JSON.stringify({ format: 'pacte-jury-pack', version: 1, payloadBytes: 2, sha256: '0'.repeat(64) })}\n{}`, 'utf8').toString('base64');
    const laptop = await laptopWithPack((await juryPackFor(service, setup, 1)).contentBase64);
    const empty = snapshotTables(chair.database.sqlite);
    expect(expectFailure(await laptop.service.call('juryPack.open', { contentBase64: former, passphrase: PASSPHRASE })).message).toBe(
      'Ce paquet a été créé par une version antérieure de Pacte CAI, dans un format qui n’est plus accepté (il pouvait être falsifié) : demandez au président d’exporter un nouveau paquet du juré.',
    );
    // A laptop prepared from a format-1 pack: the binding in clear, the passphrase's hash of the PINs' kind (or none).
    laptop.database.sqlite.prepare("update opened_jury_pack set binding = ?, passphrase_hash = 'scrypt$16384$8$1$00$00'").run('ab'.repeat(32));
    const outdated = expectFailure(await laptop.service.call('scorePack.export', { passphrase: PASSPHRASE }));
    expect(outdated.message).toMatch(/^Ce poste de juré a été préparé avec un paquet du juré d’une version antérieure de Pacte CAI, dont le format n’est plus accepté : demandez au président d’exporter un nouveau paquet du juré/u);
    laptop.database.sqlite.prepare('update opened_jury_pack set passphrase_hash = null').run();
    expect(expectFailure(await laptop.service.call('scorePack.export', { passphrase: PASSPHRASE })).message).toBe(outdated.message);
    expect(snapshotTables(chair.database.sqlite)).toEqual(empty);
  }, 60_000);
});
