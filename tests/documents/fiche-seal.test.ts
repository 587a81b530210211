// Sealed scores before the reveal (issue 11): on the chair's base, a juror's filled scoring sheet is
// not printed before the chair reveals the scores, even once the juror submitted — only the blank one.
// On the juror's own laptop (the base opened from their jury pack), the juror may print their own
// submitted sheet: it holds nothing they did not type, and nothing of another juror.
import { describe, expect, it } from 'vitest';
import { chairInNotation, juryPackFor, laptopWithPack, PASSPHRASE, scoreOnLaptop } from '../support/packs.ts';
import { readPdf } from '../support/pdf-text.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet } from '../support/scoring-session.ts';
import { expectFailure } from '../support/test-app.ts';

const SEALED = 'les notes sont scellées jusqu’à leur révélation par le président';

describe('the filled fiche de notation follows the seal', () => {
  it('on the chair’s base: blank only until the reveal, whoever submitted; filled after', async () => {
    const chair = await chairInNotation();
    const { service, setup } = chair;
    const bruno = await openJury(service, setup, 1);
    for (const applicationId of setup.applicationIds) await scoreSheet(service, bruno.juryToken, applicationId, fullSheet(setup.grid, 4));
    await service.invoke('jury.submit', { juryToken: bruno.juryToken });
    const brunoId = setup.jurorIds[1] ?? 0;

    const refused = expectFailure(await service.call('documents.fiche', { sessionId: setup.sessionId, jurorId: brunoId, blank: false }));
    expect(refused).toMatchObject({ code: 'precondition', message: expect.stringContaining(SEALED) as unknown });
    const blank = await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: brunoId, blank: true });
    expect(readPdf(Buffer.from(blank.contentBase64, 'base64')).text).not.toContain('Note de la fiche');

    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    const filled = await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: brunoId, blank: false });
    expect(readPdf(Buffer.from(filled.contentBase64, 'base64')).text).toContain('Note de la fiche : 20,00 / 20');
  });

  it('on the juror’s own laptop: their own submitted sheet prints before the reveal, a draft never', async () => {
    const chair = await chairInNotation();
    const pack = await juryPackFor(chair.service, chair.setup, 1, PASSPHRASE);
    const laptop = await laptopWithPack(pack.contentBase64, { passphrase: PASSPHRASE });
    const sheets = Object.fromEntries(chair.setup.applicationIds.map((id) => [id, fullSheet(chair.setup.grid, 3)]));
    await scoreOnLaptop(laptop, 1, sheets);
    const draft = expectFailure(await laptop.service.call('documents.fiche', { sessionId: laptop.sessionId, jurorId: laptop.jurorId, blank: false }));
    expect(draft.message).toContain('ses notes ne sont pas encore soumises');

    await scoreOnLaptop(laptop, 1, {}, { submit: true });
    const own = await laptop.service.invoke('documents.fiche', { sessionId: laptop.sessionId, jurorId: laptop.jurorId, blank: false });
    expect(readPdf(Buffer.from(own.contentBase64, 'base64')).text).toContain('Note de la fiche : 15,00 / 20');
    // Only the pack's juror: the chair's filled sheet is not for this laptop (it holds none anyway).
    const other = await laptop.service.call('documents.fiche', { sessionId: laptop.sessionId, jurorId: chair.setup.jurorIds[0] ?? 0, blank: false });
    expect(expectFailure(other).message).toMatch(/les notes sont scellées|n’est pas convoqué/u);
  });
});
