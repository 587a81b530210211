// A whole CAI session through the service on a real database: four jurors score three applications
// in jury mode, submit, a conflict is pinned afterwards, the chair reveals at deliberation, the
// figures match a hand computation, the avis are recorded, and closing freezes everything.
import { describe, expect, it } from 'vitest';
import type { CriterionAnswer } from '../../core/domain/jury/sheet-rules.ts';
import type { SessionResults } from '../../core/service/api.ts';
import { snapshotBesidesPinTrace, snapshotTables } from '../support/db-snapshot.ts';
import { CHAIR_PIN, expectedOn20, fullSheet, openJury, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

describe('scoring: a whole session', () => {
  it('scores, seals, reveals, ranks, records the avis and freezes on close', async () => {
    const { service, database } = openTestService({ actor: 'agnes.martin' });
    const setup = await startNotation(service);
    const { grid, sessionId, applicationIds } = setup;
    const [appA = 0, appB = 0, appC = 0] = applicationIds;
    const bruno = fullSheet(grid, (key) => (key === 'adequation-pacte' ? 4 : 2));
    const claireA = fullSheet(grid, (key) => (key === 'mobilite' ? 'na' : 4));
    // Per juror (Agnès, Bruno, Claire, Denis), the sheets of A, B and C.
    const sheets: Record<string, CriterionAnswer>[][] = [
      [fullSheet(grid, 4), fullSheet(grid, 3), fullSheet(grid, 3)],
      [fullSheet(grid, 3), bruno, fullSheet(grid, 3)],
      [claireA, fullSheet(grid, 1), fullSheet(grid, 4)],
      [fullSheet(grid, 2), fullSheet(grid, 2), fullSheet(grid, 0)],
    ];
    // The hand computation: weights 3, 2, 2, 1, 1, 2, 1 on scales 0–4.
    expect(expectedOn20(grid, bruno)).toBe(12.5);
    expect(expectedOn20(grid, claireA)).toBe(20);

    const tokens: string[] = [];
    for (const [index, jurorSheets] of sheets.entries()) {
      const opened = await openJury(service, setup, index);
      expect(opened).toMatchObject({ sessionId, jurorId: setup.jurorIds[index], sessionStatus: 'notation', completeCount: 0, toScoreCount: 3, isSubmitted: false });
      tokens.push(opened.juryToken);
      for (const [position, answers] of jurorSheets.entries()) await scoreSheet(service, opened.juryToken, applicationIds[position] ?? 0, answers);
    }
    expect((await service.invoke('grids.get', { id: setup.session.gridId })).isFrozen).toBe(true);

    const midway = await service.invoke('sessions.results', { sessionId });
    expect(midway.outcomes).toEqual([]);
    expect(midway.revealedAt).toBeNull();
    expect(midway.progress.map((juror) => [juror.jurorName, juror.completeCount, juror.toScoreCount, juror.isSubmitted])).toEqual([
      ['Agnès Martin', 3, 3, false],
      ['Bruno Le Gall', 3, 3, false],
      ['Claire Dubois', 3, 3, false],
      ['Denis Roux', 3, 3, false],
    ]);
    for (const token of tokens) expect((await service.invoke('jury.submit', { juryToken: token })).isSubmitted).toBe(true);

    // Denis turns out to sit on the board of C's provider: the chair pins the conflict; his sheet of C no longer counts.
    const providerC = setup.applications[2]?.providerId ?? 0;
    await service.invoke('sessions.declareConflict', { sessionId, jurorId: setup.jurorIds[3] ?? 0, providerId: providerC, type: 'membre_conseil', chairPin: CHAIR_PIN });
    expect(expectFailure(await service.call('jury.sheet', { juryToken: tokens[3] ?? '', applicationId: appC })).code).toBe('forbidden');

    await service.invoke('sessions.setStatus', { sessionId, status: 'deliberation' });
    expect(expectFailure(await service.call('jury.open', { sessionId, jurorId: setup.jurorIds[1] ?? 0, pin: '2222' })).message).toMatch(/en délibération, elle doit être en notation/u);
    const sealed = await service.invoke('sessions.results', { sessionId });
    expect(sealed.outcomes).toEqual([]);
    expect(sealed.progress.every((juror) => juror.isSubmitted && juror.source === 'app')).toBe(true);
    expect(expectFailure(await service.call('sessions.setAvis', { sessionId, applicationId: appA, kind: 'favorable', proposedCents: 1 })).message).toMatch(/Révélez d’abord les notes/u);

    const before = snapshotBesidesPinTrace(database.sqlite);
    expect(expectFailure(await service.call('sessions.reveal', { sessionId, chairPin: '9999' })).code).toBe('forbidden');
    expect(snapshotBesidesPinTrace(database.sqlite)).toEqual(before);
    const revealed = await service.invoke('sessions.reveal', { sessionId, chairPin: CHAIR_PIN });
    expect(revealed.revealedAt).not.toBeNull();
    expect((await service.invoke('sessions.get', { id: sessionId })).revealedBy).toBe('Agnès Martin (président·e de la commission, code PIN)');
    expect(expectFailure(await service.call('sessions.reveal', { sessionId, chairPin: CHAIR_PIN }))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/déjà été révélées .* par Agnès Martin \(président·e de la commission, code PIN\)/u) });

    const byId = (results: SessionResults, id: number) => results.outcomes.find((outcome) => outcome.applicationId === id);
    const a = byId(revealed, appA);
    const b = byId(revealed, appB);
    const c = byId(revealed, appC);
    // A: 20, 15, 20 (N/A left out, not 0), 10.
    expect(a).toMatchObject({ position: 1, jurorsCounted: 4, conflictedCount: 0, median: 17.5, min: 10, max: 20, rank: 2, disagreement: true });
    expect(a?.mean).toBeCloseTo(16.25, 12);
    expect(a?.stdDev).toBeCloseTo(Math.sqrt(68.75 / 4), 12);
    expect(a?.jurorScores?.map((entry) => [entry.jurorName, entry.score])).toEqual([
      ['Agnès Martin', 20],
      ['Bruno Le Gall', 15],
      ['Claire Dubois', 20],
      ['Denis Roux', 10],
    ]);
    expect(a?.criterionMeans.find((mean) => mean.key === 'mobilite')).toEqual({ key: 'mobilite', label: expect.any(String), mean: 3, count: 3 });
    expect(a?.criterionMeans.find((mean) => mean.key === 'adequation-pacte')?.mean).toBeCloseTo(3.25, 12);
    // B: 15, 12.5, 5, 10.
    expect(b).toMatchObject({ jurorsCounted: 4, median: 11.25, min: 5, max: 15, rank: 3, disagreement: true });
    expect(b?.mean).toBeCloseTo(10.625, 12);
    // C: 15, 15, 20; Denis's 0 is out (conflict): max − min = 5 is not above the threshold.
    expect(c).toMatchObject({ jurorsCounted: 3, conflictedCount: 1, median: 15, min: 15, max: 20, rank: 1, disagreement: false });
    expect(c?.mean).toBeCloseTo(50 / 3, 12);
    expect(c?.jurorScores?.map((entry) => entry.jurorName)).not.toContain('Denis Roux');

    // The avis: proposed never above requested (10 000 €), conditions and reasons where required.
    const requested = setup.applications[0]?.requestedCents ?? 0;
    const over = expectFailure(await service.call('sessions.setAvis', { sessionId, applicationId: appA, kind: 'favorable', proposedCents: requested + 1 }));
    expect(over).toMatchObject({ code: 'validation', issues: [{ path: 'proposedCents' }] });
    expect(over.message).toMatch(/dépasse le montant demandé/u);
    expect(expectFailure(await service.call('sessions.setAvis', { sessionId, applicationId: appB, kind: 'defavorable' })).issues).toEqual([
      { path: 'reasons', message: 'Indiquez les motifs de l’avis défavorable.' },
    ]);
    expect(expectFailure(await service.call('sessions.setAvis', { sessionId, applicationId: appC, kind: 'favorable_sous_reserve', proposedCents: 500_000 })).issues?.[0]?.path).toBe('conditions');
    await service.invoke('sessions.setAvis', { sessionId, applicationId: appA, kind: 'favorable', proposedCents: requested, motivation: 'Action solide.' });
    await service.invoke('sessions.setAvis', { sessionId, applicationId: appB, kind: 'defavorable', reasons: 'Budget incohérent.' });
    const withAvis = await service.invoke('sessions.setAvis', { sessionId, applicationId: appC, kind: 'favorable_sous_reserve', proposedCents: 600_000, conditions: 'Un bilan à mi-parcours.' });
    expect(byId(withAvis, appA)?.avis).toMatchObject({ kind: 'favorable', proposedCents: requested, motivation: 'Action solide.', decidedBy: 'agnes.martin' });
    expect(byId(withAvis, appB)?.avis).toMatchObject({ kind: 'defavorable', proposedCents: 0, reasons: 'Budget incohérent.' });
    expect(withAvis.envelope).toMatchObject({ proposedCents: requested + 600_000, envelopeCents: 42_000_000, remainingCents: 42_000_000 - requested - 600_000, overEnvelope: false });
    expect(withAvis.envelope.running.map((step) => step.proposedCents)).toEqual([requested, requested, requested + 600_000]);
    expect(withAvis.envelope.levers).toEqual([expect.objectContaining({ leverNumber: 6, proposedCents: requested + 600_000 })]);

    // Closing freezes the scores and the avis: every write is refused, nothing changes.
    await service.invoke('sessions.setStatus', { sessionId, status: 'close' });
    const closed = snapshotTables(database.sqlite);
    const refusals = [
      await service.call('sessions.setAvis', { sessionId, applicationId: appA, kind: 'ajourne', reasons: 'À revoir.' }),
      await service.call('scores.enterPaper', { sessionId, jurorId: setup.jurorIds[1], applicationId: appA, answers: fullSheet(grid, 4), chairPin: CHAIR_PIN }),
      await service.call('scores.reopen', { sessionId, jurorId: setup.jurorIds[1], reason: 'Erreur.', chairPin: CHAIR_PIN }),
      await service.call('scores.importCsv', { sessionId, fileName: 'notes.csv', contentBase64: Buffer.from('juror;application;criterion;score\n').toString('base64'), chairPin: CHAIR_PIN }),
      await service.call('sessions.reveal', { sessionId, chairPin: CHAIR_PIN }),
      await service.call('jury.saveAnswer', { juryToken: tokens[1], applicationId: appA, criterionKey: 'mobilite', answer: { score: 1, comment: 'x' } }),
    ];
    for (const refusal of refusals) {
      const failure = expectFailure(refusal);
      expect(failure.code).toBe('precondition');
      expect(failure.message).toMatch(FRENCH);
    }
    expect(snapshotTables(database.sqlite)).toEqual(closed);
    expect((await service.invoke('sessions.results', { sessionId })).outcomes).toHaveLength(3);
  });

  it('keeps the scores out of the audit log, names the juror who scored, and logs the reveal', async () => {
    const { service } = openTestService({ actor: 'agnes.martin' });
    const setup = await startNotation(service, { applications: 1 });
    const { juryToken } = await openJury(service, setup, 1);
    await service.invoke('jury.saveAnswer', { juryToken, applicationId: setup.applicationIds[0] ?? 0, criterionKey: 'mobilite', answer: { score: 1, comment: 'Trajet trop long pour le public visé.' } });
    const [entry] = (await service.invoke('audit.list', { limit: 1 })).items;
    expect(entry?.actor).toBe(`juré ${(await openJury(service, setup, 1)).jurorName} (poste de agnes.martin)`);
    expect(entry).toMatchObject({ action: 'jury.saveAnswer', entityId: String(setup.applicationIds[0]), details: { juryToken: '***', answer: '***', criterionKey: 'mobilite' } });
    expect(JSON.stringify(entry)).not.toContain('Trajet');
    await service.invoke('jury.close', { juryToken });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    expect((await service.invoke('audit.list', { limit: 1 })).items[0]).toMatchObject({ action: 'sessions.reveal', actor: 'Agnès Martin (président·e de la commission, code PIN)', details: { sessionId: setup.sessionId, chairPin: '***' } });
  });
});
