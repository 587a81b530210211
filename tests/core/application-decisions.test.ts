// What the commission decided, on the application, in the lists and on the provider (issue 10, items 2
// and 3): a status change after an avis is refused in French, the report to the board follows the data it
// prints, and the decision, its scores, its convention and the money paid come back from the service.
import { describe, expect, it } from 'vitest';
import type { Service } from '../../core/service/create-service.ts';
import { boardSession, type BoardSetup } from '../support/board-session.ts';
import { pdfFlatText } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { CHAIR_PIN } from '../support/scoring-session.ts';
import { signedConvention } from '../support/signed-convention.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const idOf = (setup: BoardSetup, title: string) => setup.applications.find((application) => application.title.startsWith(title))?.id ?? 0;

/** A second session of the call that re-examines the adjourned "Théâtre-forum" and funds it. */
async function reexamineTheatre(service: Service, setup: BoardSetup): Promise<number> {
  const chair = setup.jurorIds[0] ?? 0;
  const second = await service.invoke('sessions.create', { callId: setup.call.id, title: 'CAI du 12 mars 2018', heldOn: '2018-03-12', place: '', jurorIds: [chair], chairJurorId: chair });
  await service.invoke('sessions.setPin', { sessionId: second.id, jurorId: chair, pin: CHAIR_PIN });
  await service.invoke('sessions.setAgenda', { sessionId: second.id, applicationIds: [idOf(setup, 'Théâtre')] });
  for (const status of ['notation', 'deliberation'] as const) await service.invoke('sessions.setStatus', { sessionId: second.id, status });
  await service.invoke('sessions.reveal', { sessionId: second.id, chairPin: CHAIR_PIN });
  await service.invoke('sessions.setAvis', { sessionId: second.id, applicationId: idOf(setup, 'Théâtre'), kind: 'favorable', proposedCents: 500_000 });
  await service.invoke('sessions.setStatus', { sessionId: second.id, status: 'close' });
  return second.id;
}

describe('a status change after the commission’s avis', () => {
  it('is refused in French while the session deliberates and once it is closed, and nothing is written', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service, { close: false });
    const velo = idOf(setup, 'Vélo-école');
    const before = await service.invoke('applications.get', { id: velo });

    const deliberating = expectFailure(await service.call('applications.setStatus', { id: velo, status: 'irrecevable', reason: 'SIRET radié.' }));
    expect(deliberating.code).toBe('precondition');
    expect(deliberating.message).toBe(
      'Le statut du dossier ne peut plus changer : la commission a rendu un avis favorable (15\u00a0000,00\u00a0€) en séance « CAI du 12 décembre 2017 » (12/12/2017), encore en délibération. Pour revenir sur cette décision, modifiez l’avis dans la délibération.',
    );

    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'close' });
    for (const status of ['irrecevable', 'depose'] as const) {
      const closed = expectFailure(await service.call('applications.setStatus', { id: velo, status, reason: 'Erreur de saisie.' }));
      expect(closed.code).toBe('precondition');
      expect(closed.message).toContain('la commission a rendu un avis favorable (15\u00a0000,00\u00a0€) en séance « CAI du 12 décembre 2017 » (12/12/2017)');
      expect(closed.message).toContain('rouvrez la séance avec un motif et modifiez l’avis');
    }
    const after = await service.invoke('applications.get', { id: velo });
    expect(after.status).toBe('recevable');
    expect(after.history).toEqual(before.history);
    expect(after.statusLock).toContain('ne peut plus changer');
  });

  it('an adjourned file of a closed session goes back to instruction: the commission has not decided yet', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service);
    const theatre = await service.invoke('applications.setStatus', { id: idOf(setup, 'Théâtre'), status: 'depose', reason: 'Budget à compléter, comme demandé par la CAI.' });
    expect(theatre.status).toBe('depose');
    expect(theatre.statusLock).toBeNull();
  });

  it('an application with a convention cannot become irrecevable: the refusal names the convention', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service);
    const { drafted } = await service.invoke('conventions.draft', { sessionId: setup.sessionId });
    const convention = drafted.find((row) => row.applicationTitle.startsWith('Ateliers'));
    const refused = expectFailure(await service.call('applications.setStatus', { id: idOf(setup, 'Ateliers'), status: 'irrecevable', reason: 'Dissolution.' }));
    expect(refused.message).toBe(
      `Le statut du dossier ne peut plus changer : il a une convention (${convention?.number ?? '?'}, en brouillon). Pour y renoncer, abandonnez la convention avec un motif, qui reste dans son historique.`,
    );
  });
});

describe('the report to the board follows what it prints', () => {
  it('refuses, naming it, an application declared irrecevable after its avis by an earlier version', async () => {
    const { service, database } = openTestService();
    const setup = await boardSession(service);
    database.sqlite.prepare("update applications set status = 'irrecevable', status_reason = 'SIRET radié.' where id = ?").run(idOf(setup, 'Chantier'));
    const refused = expectFailure(await service.call('documents.rapportCa', { sessionId: setup.sessionId }));
    expect(refused.code).toBe('precondition');
    expect(refused.message).toBe(
      'Le rapport au conseil d’administration ne peut pas être établi : « Chantier d’insertion « espaces verts » » est déclaré irrecevable depuis l’avis de la commission. Rouvrez la séance pour revoir son avis.',
    );
  });

  it('is dated and fingerprinted anew when an application it shows is edited after the close', async () => {
    let clock = new Date('2017-12-12T17:00:00.000Z');
    const { service } = openTestService({ now: () => clock });
    const setup = await boardSession(service);
    const first = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    expect(first.dataSha256).toBe((await service.invoke('documents.rapportCa', { sessionId: setup.sessionId })).dataSha256);

    clock = new Date('2018-01-10T09:00:00.000Z');
    const velo = await service.invoke('applications.get', { id: idOf(setup, 'Vélo-école') });
    const { id, callId, providerId, title, summary, primaryObjectiveId, publics, expectedParticipants, startsOn, endsOn, mobility, budgetLines } = velo;
    await service.invoke('applications.update', { id, callId, providerId, title: `${title} (quartiers sud)`, summary, primaryObjectiveId, publics, expectedParticipants, startsOn, endsOn, mobility, budgetLines });
    const edited = await service.invoke('documents.rapportCa', { sessionId: setup.sessionId });
    expect(edited.dataSha256).not.toBe(first.dataSha256);
    const text = pdfFlatText(readPdf(Buffer.from(edited.contentBase64, 'base64')).file);
    expect(text).toContain('Vélo-école pour l’emploi (quartiers sud)');
    // The date of the data it was made from: the edit, not the close.
    expect(text).toContain('10 janvier 2018');
    expect(pdfFlatText(readPdf(Buffer.from(first.contentBase64, 'base64')).file)).not.toContain('10 janvier 2018');
  });
});

describe('the decision on the application, in the list and on the provider', () => {
  it('applications.get gives each avis with its session and scores summary, and the convention with what was paid', async () => {
    const { service, database } = openTestService();
    const { setup, id: conventionId } = await signedConvention(service, database.sqlite);
    const theatreSession = await reexamineTheatre(service, setup);
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    const outcome = results.outcomes.find((candidate) => candidate.applicationId === idOf(setup, 'Vélo-école'));
    const convention = await service.invoke('conventions.get', { id: conventionId });

    const velo = await service.invoke('applications.get', { id: idOf(setup, 'Vélo-école') });
    expect(velo.decisions).toEqual([
      {
        sessionId: setup.sessionId,
        sessionTitle: 'CAI du 12 décembre 2017',
        heldOn: '2017-12-12',
        sessionStatus: 'close',
        kind: 'favorable',
        proposedCents: 1_500_000,
        conditions: '',
        reasons: '',
        motivation: 'Action utile au pacte.',
        decidedBy: expect.any(String) as unknown,
        decidedAt: expect.any(String) as unknown,
        scores: { mean: outcome?.mean, rank: outcome?.rank, rankedCount: 6, jurorsCounted: outcome?.jurorsCounted, conflictedCount: 1, disagreement: outcome?.disagreement },
      },
    ]);
    expect(velo.convention).toEqual({ id: conventionId, number: convention.number, sessionId: setup.sessionId, instrument: 'convention', status: convention.status, totalCents: 1_600_000, paidCents: 1_050_000 });
    expect(velo.statusLock).toContain(convention.number);

    // Adjourned, then funded by a later session: both avis, oldest first; the later one stands.
    const theatre = await service.invoke('applications.get', { id: idOf(setup, 'Théâtre') });
    expect(theatre.decisions.map((decision) => [decision.sessionId, decision.kind, decision.proposedCents])).toEqual([
      [setup.sessionId, 'ajourne', 0],
      [theatreSession, 'favorable', 500_000],
    ]);
    expect(theatre.avisKind).toBe('favorable');
    expect(theatre.convention).toBeNull();
  });

  it('the list filters and sorts by the latest avis, and its totals follow the filter', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service);
    await reexamineTheatre(service, setup);
    const waiting = await addRecevableApplication(service, { callId: setup.call.id, title: 'Permis solidaire', requestedCents: 700_000 });

    const favourable = await service.invoke('applications.list', { callId: setup.call.id, avis: 'favorable', limit: 1 });
    expect(favourable.total).toBe(4);
    expect(favourable.proposedTotalCents).toBe(1_500_000 + 2_300_000 + 2_300_001 + 500_000);
    expect(favourable.requestedTotalCents).toBe(1_800_000 + 2_300_000 + 2_500_000 + 800_000);
    const none = await service.invoke('applications.list', { callId: setup.call.id, avis: 'aucun' });
    expect(none.items.map((item) => [item.id, item.avisKind, item.avisProposedCents])).toEqual([[waiting.id, null, null]]);

    const sorted = await service.invoke('applications.list', { callId: setup.call.id, sort: 'avis' });
    expect(sorted.items.map((item) => item.avisKind)).toEqual(['favorable', 'favorable', 'favorable', 'favorable', 'favorable_sous_reserve', 'defavorable', null]);
    // Among equal avis, the larger amount first.
    expect(sorted.items.slice(0, 4).map((item) => item.avisProposedCents)).toEqual([2_300_001, 2_300_000, 1_500_000, 500_000]);
    const reversed = await service.invoke('applications.list', { callId: setup.call.id, sort: 'avis', descending: true });
    expect(reversed.items[0]?.avisKind).toBeNull();
  });

  it('providers.funding sums a provider’s years in SQL: requested, avis, proposed, convention, paid', async () => {
    const { service, database } = openTestService();
    const { setup } = await signedConvention(service, database.sqlite);
    const mobilicles = setup.applications[0]?.providerId ?? 0;
    const conventions = await service.invoke('conventions.list', { providerId: mobilicles });

    const funding = await service.invoke('providers.funding', { id: mobilicles });
    const year2018 = {
      year: 2018,
      applicationCount: 2,
      requestedCents: 3_000_000,
      avisCounts: { favorable: 1, favorable_sous_reserve: 1, ajourne: 0, defavorable: 0 },
      proposedCents: 2_400_000,
      conventionCount: conventions.totals.count,
      conventionCents: conventions.totals.totalCents,
      paidCents: 1_050_000,
    };
    expect(funding.years).toEqual([year2018]);
    const { year: _year, ...totals } = year2018;
    expect(funding.totals).toEqual(totals);
    expect(expectFailure(await service.call('providers.funding', { id: 9999 })).code).toBe('not_found');
  });
});
