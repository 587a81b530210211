// `pacte jury-pack export|open` and `pacte score-pack export|import` on two database files, the passphrase
// given through PACTE_PACK_PASSPHRASE (kept out of the shell's history). A jury pack is always encrypted; a
// score pack is imported without a passphrase (the chair's machine derives its key).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/db-snapshot.ts';
import { flipByte, PASSPHRASE } from '../support/packs.ts';
import { pacte } from '../support/run-pacte.ts';
import { fullSheet, PINS, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { openTestService, tempDir } from '../support/test-app.ts';

describe('pacte jury-pack and score-pack', () => {
  it('carries a juror’s pack to a jury database and the score pack back', { timeout: 120_000 }, async () => {
    const chair = openTestService();
    const setup = await startNotation(chair.service);
    chair.close();
    const claire = setup.jurorIds[2] ?? 0;
    const env = { PACTE_PACK_PASSPHRASE: PASSPHRASE };
    const outbox = tempDir();

    const exportArgs = ['--db', chair.file, 'jury-pack', 'export', '--session', String(setup.sessionId), '--juror', String(claire), '--out', outbox];
    const without = await pacte(exportArgs);
    expect(without).toMatchObject({
      code: 1,
      stderr:
        'pacte : Indiquez la phrase de passe qui chiffre le paquet (option --passphrase, ou variable d’environnement PACTE_PACK_PASSPHRASE) : 12 caractères ou 4 mots au moins, à communiquer au juré à part, jamais avec le fichier.\n',
    });
    const weak = await pacte([...exportArgs, '--passphrase', 'claire2018']);
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringContaining('La phrase de passe doit compter au moins 12 caractères, ou 4 mots') });
    expect(readdirSync(outbox)).toEqual([]);
    const exported = await pacte(exportArgs, { env });
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(
      /^Paquet du juré de Claire Dubois écrit dans « .*jure-claire-dubois-seance-\d+\.pacte-jure » : 3 dossier\(s\), 12 pièce\(s\) jointe\(s\), chiffré\.\nCommuniquez la phrase de passe à Claire Dubois par un autre moyen que le fichier \(de vive voix, par téléphone\), avec son code PIN\.\n$/u,
    );
    const [juryFile = ''] = readdirSync(outbox).map((name) => path.join(outbox, name));
    for (const secret of ['claire.dubois@example.org', 'Action A']) expect(readFileSync(juryFile).includes(Buffer.from(secret))).toBe(false);

    const laptopDb = path.join(tempDir(), 'jure.sqlite');
    const noPassphrase = await pacte(['--db', laptopDb, 'jury-pack', 'open', juryFile]);
    expect(noPassphrase).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'Le paquet du juré de Claire Dubois (séance « CAI du 12 mars 2018 ») est chiffré : indiquez sa phrase de passe (option --passphrase, ou variable d’environnement PACTE_PACK_PASSPHRASE).',
      ),
    });
    const wrong = await pacte(['--db', laptopDb, 'jury-pack', 'open', juryFile, '--passphrase', 'mauvaise phrase']);
    expect(wrong).toMatchObject({ code: 1, stderr: 'pacte : Phrase de passe incorrecte ou fichier altéré.\n  - passphrase : Phrase de passe incorrecte ou fichier altéré.\n' });
    const opened = await pacte(['--db', laptopDb, 'jury-pack', 'open', juryFile], { env });
    expect(opened.code).toBe(0);
    expect(opened.stdout).toContain('Paquet du juré ouvert : séance « CAI du 12 mars 2018 » du 12/03/2018, Claire Dubois, 3 dossier(s).');
    expect((await pacte(['--db', laptopDb, 'jury-pack', 'open', juryFile], { env })).stdout).toBe('Ce paquet du juré était déjà ouvert dans cette base : rien n’a changé.\n');
    const intoChair = await pacte(['--db', chair.file, 'jury-pack', 'open', juryFile], { env });
    expect(intoChair).toMatchObject({ code: 1, stderr: expect.stringContaining('« pacte --db jure.sqlite jury-pack open FICHIER »') });

    // The juror scores on the laptop (the screen's jury mode, here through the service) and submits.
    const laptop = openTestService({ file: laptopDb });
    const jury = await laptop.service.invoke('jury.open', { sessionId: setup.sessionId, jurorId: claire, pin: PINS[2] });
    for (const applicationId of setup.applicationIds) await scoreSheet(laptop.service, jury.juryToken, applicationId, fullSheet(setup.grid, 3));
    await laptop.service.invoke('jury.submit', { juryToken: jury.juryToken });
    laptop.close();

    const notes = path.join(outbox, 'notes-claire.pacte-notes');
    const scored = await pacte(['--db', laptopDb, 'score-pack', 'export', '--out', notes], { env });
    expect(scored).toMatchObject({ code: 0, stdout: `Paquet de notes écrit dans « ${notes} » : 3 fiche(s), dont 3 soumise(s). Remettez-le au président.\n` });

    const inspector = openTestService({ file: chair.file }).database.sqlite;
    const before = snapshotTables(inspector);
    const tampered = path.join(outbox, 'abime.pacte-notes');
    writeFileSync(tampered, Buffer.from(flipByte(readFileSync(notes).toString('base64')), 'base64'));
    expect(await pacte(['--db', chair.file, 'score-pack', 'import', tampered])).toMatchObject({
      code: 1,
      stderr: 'pacte : Ce paquet de notes ne répond pas à un paquet du juré de cette séance pour ce membre, ou il a été modifié depuis sa création : il est refusé, rien n’a été importé.\n',
    });
    expect(snapshotTables(inspector)).toEqual(before);
    // No passphrase on the chair's side any more: the option is gone.
    expect((await pacte(['--db', chair.file, 'score-pack', 'import', notes, '--passphrase', PASSPHRASE])).code).toBe(1);

    const imported = await pacte(['--db', chair.file, 'score-pack', 'import', notes, '--session', String(setup.sessionId)]);
    expect(imported).toMatchObject({ code: 0, stdout: 'Paquet de notes de Claire Dubois importé : 3 fiche(s), dont 3 soumise(s).\n' });
    const again = await pacte(['--db', chair.file, 'score-pack', 'import', notes, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'unchanged', jurorName: 'Claire Dubois' });
    const results = await pacte(['--db', chair.file, 'sessions', 'results', String(setup.sessionId)]);
    expect(results.stdout).toContain('Claire Dubois\t3 / 3 fiche(s) complète(s)\tsoumis');
  });
});
