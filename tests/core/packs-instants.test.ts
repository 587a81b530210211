// Issue 11, item 7: a score pack dated 31/12/9999 was accepted, then stood as the juror's newest for ever and
// blocked their genuine packs. A score pack's instant now lies between the hand-over of its jury pack and the
// chair's clock (a day's leeway for a laptop's clock), and before the reveal; a refused pack leaves nothing
// behind, so the juror's genuine pack still comes in.
import { describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_MS } from '../../core/service/packs/score-pack-import.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { chairInNotation, exportScores, juryPackFor, laptopWithPack, scoreOnLaptop } from '../support/packs.ts';
import { CHAIR_PIN, fullSheet } from '../support/scoring-session.ts';
import { expectFailure, FRENCH } from '../support/test-app.ts';

/** A clock set by hand, to any instant, forward or back: a laptop's. */
function settableClock(startIso: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(startIso);
  return { now: () => new Date(current), set: (iso) => (current = new Date(iso)) };
}

const HANDED_OVER = '2018-03-12T09:00:00.000Z';

describe('score pack instants', () => {
  it('refuses a pack dated in the far future or before its hand-over, and still takes the genuine one after', async () => {
    const chairClock = settableClock(HANDED_OVER);
    const laptopClock = settableClock(HANDED_OVER);
    const chair = await chairInNotation({ now: chairClock.now });
    const { service, setup } = chair;
    const [appA = 0, appB = 0, appC = 0] = setup.applicationIds;
    const laptop = await laptopWithPack((await juryPackFor(service, setup, 1)).contentBase64, { now: laptopClock.now });
    await scoreOnLaptop(laptop, 1, { [appA]: fullSheet(setup.grid, 2), [appB]: fullSheet(setup.grid, 3) });
    chairClock.set('2018-03-12T10:00:00.000Z');
    const before = snapshotTables(chair.database.sqlite);

    // The laptop's clock runs wild while the juror finishes and submits: those sheets carry the year 9999.
    laptopClock.set('9999-12-31T23:59:00.000Z');
    await scoreOnLaptop(laptop, 1, { [appC]: fullSheet(setup.grid, 1) }, { submit: true });
    const future = await exportScores(laptop);
    const refusedFuture = expectFailure(await service.call('scorePack.import', { contentBase64: future.contentBase64 }));
    expect(refusedFuture).toMatchObject({ code: 'pack_refused' });
    expect(refusedFuture.message).toBe(
      'Ce paquet de notes de Bruno Le Gall est daté le 31/12/9999 à 23 h 59 (UTC), plus tard que l’heure de cet ordinateur (le 12/03/2018 à 10 h 00 (UTC)) : l’horloge de l’ordinateur du juré est fausse, ou le paquet a été altéré ; il est refusé, rien n’a été importé ; remettez l’ordinateur du juré à l’heure et exportez de nouveau ses notes, elles seront acceptées.',
    );
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);

    // Two days before the hand-over: no pack can answer a jury pack not yet made.
    laptopClock.set('2018-03-10T09:00:00.000Z');
    const early = expectFailure(await service.call('scorePack.import', { contentBase64: (await exportScores(laptop)).contentBase64 }));
    expect(early.message).toMatch(/^Ce paquet de notes de Bruno Le Gall est daté le 10\/03\/2018 à 09 h 00 \(UTC\), avant la remise de son paquet du juré \(le 12\/03\/2018 à 09 h 00 \(UTC\)\)/u);
    expect(early.message).toMatch(FRENCH);
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);

    // A day's leeway ahead of the chair's clock is a laptop's clock, not a forgery.
    laptopClock.set(new Date(Date.parse('2018-03-12T10:00:00.000Z') + CLOCK_TOLERANCE_MS - 60_000).toISOString());
    const ahead = await exportScores(laptop);
    expect((await service.invoke('scorePack.import', { contentBase64: ahead.contentBase64 })).status).toBe('imported');

    // The juror's clock put right: the refused pack did not become their newest. (The one a day ahead did, as it should.)
    chairClock.set('2018-03-13T11:00:00.000Z');
    laptopClock.set('2018-03-13T10:30:00.000Z');
    const genuine = await exportScores(laptop);
    expect(await service.invoke('scorePack.import', { contentBase64: genuine.contentBase64 })).toMatchObject({ status: 'imported', sheetCount: 3, submittedCount: 3 });
    // The sheets submitted while the clock read 9999 are dated with the pack, never after it.
    const submitted = chair.database.sqlite.prepare('select max(submitted_at) as latest from score_sheets where juror_id = ?').get(setup.jurorIds[1]) as { latest: string };
    expect(submitted.latest <= genuine.savedAt).toBe(true);
  }, 120_000);

  it('refuses a pack saved after the scores were revealed, and takes one saved before', async () => {
    const clock = settableClock(HANDED_OVER);
    const chair = await chairInNotation({ now: clock.now });
    const { service, setup } = chair;
    const laptop = await laptopWithPack((await juryPackFor(service, setup, 1)).contentBase64, { now: clock.now });
    await scoreOnLaptop(laptop, 1, Object.fromEntries(setup.applicationIds.map((id) => [id, fullSheet(setup.grid, 3)])), { submit: true });
    clock.set('2018-03-12T10:00:00.000Z');
    const beforeReveal = await exportScores(laptop);

    clock.set('2018-03-12T14:00:00.000Z');
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation', reason: 'Séance ouverte, fiches papier à venir.' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    clock.set('2018-03-12T15:00:00.000Z');
    const afterReveal = await exportScores(laptop);
    const before = snapshotTables(chair.database.sqlite);
    const refused = expectFailure(await service.call('scorePack.import', { contentBase64: afterReveal.contentBase64 }));
    expect(refused.message).toBe(
      'Ce paquet de notes de Bruno Le Gall est daté le 12/03/2018 à 15 h 00 (UTC), après la révélation des notes (le 12/03/2018 à 14 h 00 (UTC)) : des notes données après la révélation ne comptent pas ; il est refusé, rien n’a été importé.',
    );
    expect(snapshotTables(chair.database.sqlite)).toEqual(before);
    expect((await service.invoke('scorePack.import', { contentBase64: beforeReveal.contentBase64 })).status).toBe('imported');
  }, 120_000);
});
