// The jurors' comments at deliberation: sealed like the scores until the chair reveals them, then given
// per criterion and named; only submitted sheets, never a juror in conflict with the application. The
// chair may quote one, anonymously, in the avis: it is then printed in the avis technique as typed.
import { describe, expect, it } from 'vitest';
import type { CriterionAnswer } from '../../core/domain/jury/sheet-rules.ts';
import type { Service } from '../../core/service/create-service.ts';
import { readPdf } from '../support/pdf-text.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation, type ScoringSetup } from '../support/scoring-session.ts';
import { openTestService } from '../support/test-app.ts';

const BRUNO = 1;
const CLAIRE = 2;
const DENIS = 3;

/** Every comment text written in this suite: none may leave the service before the reveal. */
const WORDS = {
  brunoPartners: 'Aucun partenaire engagé.',
  brunoMethod: 'Belle place laissée aux participants.',
  claireIndicators: 'Cibles non chiffrées.',
  clairePartners: 'Partenariats à formaliser.',
  denisConflicted: 'Je connais bien cette équipe.',
  agnesDraft: 'Brouillon jamais soumis.',
};

async function sheet(service: Service, setup: ScoringSetup, juror: number, applicationId: number, answers: Record<string, CriterionAnswer>, submit: boolean): Promise<void> {
  const { juryToken } = await openJury(service, setup, juror);
  await scoreSheet(service, juryToken, applicationId, answers);
  for (const other of setup.applicationIds.filter((id) => id !== applicationId)) await scoreSheet(service, juryToken, other, fullSheet(setup.grid, 3));
  if (submit) await service.invoke('jury.submit', { juryToken });
  await service.invoke('jury.close', { juryToken });
}

/** Bruno, Claire and Denis comment A and submit; Agnès leaves a draft; Denis is then found in conflict with A. */
async function commentedSession() {
  const { service } = openTestService();
  const setup = await startNotation(service, { applications: 2 });
  const [appA = 0] = setup.applicationIds;
  const three = fullSheet(setup.grid, 3);
  await sheet(service, setup, BRUNO, appA, { ...three, 'partenariat-ancrage': { score: 1, comment: WORDS.brunoPartners }, 'methode-participation': { score: 4, comment: WORDS.brunoMethod } }, true);
  await sheet(service, setup, CLAIRE, appA, { ...three, 'evaluation-indicateurs': { score: 0, comment: WORDS.claireIndicators }, 'partenariat-ancrage': { score: 1, comment: `  ${WORDS.clairePartners}\n` } }, true);
  await sheet(service, setup, DENIS, appA, { ...three, 'budget-cout': { score: 1, comment: WORDS.denisConflicted } }, true);
  await sheet(service, setup, 0, appA, { ...three, mobilite: { score: 0, comment: WORDS.agnesDraft } }, false);
  await service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: setup.jurorIds[DENIS] ?? 0, applicationId: appA, type: 'membre_conseil', chairPin: CHAIR_PIN });
  return { service, setup, appA };
}

function leaked(value: unknown): string[] {
  const text = JSON.stringify(value);
  return Object.values(WORDS).filter((words) => text.includes(words));
}

describe('jurors’ comments at deliberation', () => {
  it('stay sealed before the reveal, in notation and in deliberation alike', async () => {
    const { service, setup } = await commentedSession();
    const inNotation = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    expect(inNotation.outcomes).toEqual([]);
    expect(leaked(inNotation)).toEqual([]);
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    const beforeReveal = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    expect(beforeReveal.revealedAt).toBeNull();
    expect(leaked(beforeReveal)).toEqual([]);
  });

  it('are given after the reveal per criterion in the grid’s order, named, from submitted sheets of jurors not in conflict', async () => {
    const { service, setup, appA } = await commentedSession();
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    const revealed = await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    const outcome = revealed.outcomes.find((candidate) => candidate.applicationId === appA);
    const [brunoId, claireId] = [setup.jurorIds[BRUNO], setup.jurorIds[CLAIRE]];
    expect(outcome?.criterionComments).toEqual([
      { key: 'methode-participation', label: 'Méthode et participation des personnes', comments: [{ jurorId: brunoId, jurorName: 'Bruno Le Gall', score: 4, comment: WORDS.brunoMethod }] },
      {
        key: 'partenariat-ancrage',
        label: 'Partenariat et ancrage local',
        comments: [
          { jurorId: brunoId, jurorName: 'Bruno Le Gall', score: 1, comment: WORDS.brunoPartners },
          // Trimmed: the spaces and the line break typed around it are not part of what was said.
          { jurorId: claireId, jurorName: 'Claire Dubois', score: 1, comment: WORDS.clairePartners },
        ],
      },
      { key: 'evaluation-indicateurs', label: 'Évaluation et indicateurs', comments: [{ jurorId: claireId, jurorName: 'Claire Dubois', score: 0, comment: WORDS.claireIndicators }] },
    ]);
    // Denis, in conflict with A, and Agnès's draft are heard nowhere; the other application has no comment.
    expect(leaked(revealed).sort()).toEqual([WORDS.brunoMethod, WORDS.brunoPartners, WORDS.claireIndicators, WORDS.clairePartners].sort());
    expect(revealed.outcomes.find((candidate) => candidate.applicationId !== appA)?.criterionComments).toEqual([]);
  });

  it('can be quoted in the avis, which the avis technique then prints', async () => {
    const { service, setup, appA } = await commentedSession();
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    // What the avis form's "Citer" appends: the comment in French quotes, its author left anonymous.
    const quote = `«\u00a0${WORDS.clairePartners}\u00a0» — un membre du jury (Partenariat et ancrage local)`;
    await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId: appA, kind: 'ajourne', reasons: 'Partenariats à consolider.', motivation: `Action utile au quartier.\n\n${quote}` });
    const document = await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: appA });
    const text = readPdf(Buffer.from(document.contentBase64, 'base64')).text.replace(/\s+/gu, ' ');
    expect(text).toContain('« Partenariats à formaliser. » — un membre du jury (Partenariat et ancrage local)');
    expect(text).not.toContain('Claire Dubois');
  });
});
