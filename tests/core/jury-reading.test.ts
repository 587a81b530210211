// What a juror reads before scoring, on the chair's computer and on a laptop from the jury pack: every
// point the grid asks them to judge (pact objectives, public and volume, territories, dates, mobility,
// budget, proposed indicators and their targets), and never another juror's scores or comments.
import { describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { juryPackFor, laptopWithPack } from '../support/packs.ts';
import { fullSheet, openJury, PINS, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { openTestService } from '../support/test-app.ts';

const INDICATORS = [
  { label: 'Nombre de participants entrés en formation qualifiante', target: '8 sur 20' },
  { label: 'Sorties vers l’emploi durable (indicateur commun du pacte)', target: '30 %' },
  { label: 'Questionnaire de satisfaction rempli par les participants', target: '' },
];

/** The application as filed, with indicators, a territory and a description the grid's criteria read. */
async function completeTheFile(service: Service, application: ApplicationDetail): Promise<ApplicationDetail> {
  const [territory] = await service.invoke('territories.list', {});
  if (!territory) throw new Error('The base has no territory.');
  return service.invoke('applications.update', {
    id: application.id,
    callId: application.callId,
    providerId: application.providerId,
    title: application.title,
    summary: application.summary,
    description: 'Ateliers collectifs puis suivi individuel ; partenaires : Pôle emploi, mission locale.',
    primaryObjectiveId: application.primaryObjectiveId,
    secondaryObjectiveIds: application.secondaryObjectiveIds,
    publics: application.publics,
    publicOther: application.publicOther,
    expectedParticipants: application.expectedParticipants,
    expectedRsaParticipants: 12,
    territoryIds: [territory.id],
    startsOn: application.startsOn,
    endsOn: application.endsOn,
    isRenewal: application.isRenewal,
    duration: application.duration,
    mobility: application.mobility,
    budgetLines: application.budgetLines.map(({ account, label, amountCents }) => ({ account, label, amountCents })),
    indicators: INDICATORS,
  });
}

/** What the grid's seven criteria ask a juror to look at, as the sheet gives it to the screen. */
function judgedFacts(application: ApplicationDetail) {
  return {
    objectives: application.objectives.map(({ code, isPrimary }) => ({ code, isPrimary })),
    description: application.description,
    publics: application.publics,
    expectedParticipants: application.expectedParticipants,
    expectedRsaParticipants: application.expectedRsaParticipants,
    territories: application.territories.map(({ name, isPriority }) => ({ name, isPriority })),
    startsOn: application.startsOn,
    endsOn: application.endsOn,
    mobility: application.mobility,
    budget: application.budget,
    costPerParticipantCents: application.costPerParticipantCents,
    indicators: application.indicators,
  };
}

describe('the juror reads everything the grid asks them to judge', () => {
  it('gets the proposed indicators, objectives, public, territories, dates and budget in jury mode, and no other juror’s answer', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const [appA = 0] = setup.applicationIds;
    const filed = await completeTheFile(service, await service.invoke('applications.get', { id: appA }));
    // Claire has scored and commented A already: Bruno's sheet must not carry a trace of it.
    const claire = await openJury(service, setup, 2);
    await scoreSheet(service, claire.juryToken, appA, { ...fullSheet(setup.grid, 3), 'evaluation-indicateurs': { score: 1, comment: 'Cibles trop vagues, selon Claire.' } });

    const bruno = await openJury(service, setup, 1);
    const sheet = await service.invoke('jury.sheet', { juryToken: bruno.juryToken, applicationId: appA });
    expect(sheet.application.indicators).toEqual(INDICATORS);
    expect(judgedFacts(sheet.application)).toEqual(judgedFacts(filed));
    expect(sheet.application.territories).toHaveLength(1);
    expect(sheet.answers).toEqual({});
    expect(JSON.stringify(sheet)).not.toContain('selon Claire');
  });

  it('gets the same on the laptop, from the jury pack', async () => {
    const chair = openTestService({ actor: 'agnes.martin' });
    const setup = await startNotation(chair.service, { applications: 2 });
    const [appA = 0, appB = 0] = setup.applicationIds;
    const filed = await completeTheFile(chair.service, await chair.service.invoke('applications.get', { id: appA }));
    const pack = await juryPackFor(chair.service, setup, 1);
    const laptop = await laptopWithPack(pack.contentBase64);

    const jury = await laptop.service.invoke('jury.open', { sessionId: laptop.sessionId, jurorId: laptop.jurorId, pin: PINS[1] });
    const sheet = await laptop.service.invoke('jury.sheet', { juryToken: jury.juryToken, applicationId: appA });
    expect(sheet.application.indicators).toEqual(INDICATORS);
    expect(judgedFacts(sheet.application)).toEqual(judgedFacts(filed));
    // An application filed without indicators arrives without any (the screen then says so).
    expect((await laptop.service.invoke('jury.sheet', { juryToken: jury.juryToken, applicationId: appB })).application.indicators).toEqual([]);
  });
});
