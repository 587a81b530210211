// A session scored, revealed and deliberated through the service: what the documents are built from.
import type { Service } from '../../core/service/create-service.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation, type ScoringSetup } from './scoring-session.ts';

/** The member who, with `conflict`, withdraws from the first application (Bruno Le Gall, second of the jury). */
export const CONFLICTED_JUROR_INDEX = 1;

/**
 * Every member scores every application (a member scores 1 point higher per position to vary the
 * means), submits; the chair reveals; the first application gets a favourable avis at half its
 * request, the second "sous réserve", the others are adjourned. With `conflict`, the chair first pins
 * a conflict of interest of one member on the first application, which that member then does not score.
 */
export async function deliberatedSession(service: Service, options: { applications?: number; conflict?: boolean } = {}): Promise<ScoringSetup> {
  const setup = await startNotation(service, { applications: options.applications ?? 3 });
  const conflicted = options.conflict ? { jurorIndex: CONFLICTED_JUROR_INDEX, applicationId: setup.applicationIds[0] ?? 0 } : null;
  if (conflicted) {
    await service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: setup.jurorIds[conflicted.jurorIndex] ?? 0, applicationId: conflicted.applicationId, type: 'membre_conseil', chairPin: CHAIR_PIN });
  }
  for (let juror = 0; juror < setup.jurorIds.length; juror += 1) {
    const { juryToken } = await openJury(service, setup, juror);
    for (const [position, applicationId] of setup.applicationIds.entries()) {
      if (conflicted?.jurorIndex === juror && conflicted.applicationId === applicationId) continue;
      await scoreSheet(service, juryToken, applicationId, fullSheet(setup.grid, Math.min(4, (juror + position) % 5)));
    }
    await service.invoke('jury.submit', { juryToken });
  }
  // Everyone came but the last member, who is excused: the quorum holds and the minutes say who was there.
  for (const [index, jurorId] of setup.jurorIds.entries()) {
    await service.invoke('sessions.setAttendance', { sessionId: setup.sessionId, jurorId, attendance: index === setup.jurorIds.length - 1 ? 'excuse' : 'present' });
  }
  await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
  await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
  for (const [position, application] of setup.applications.entries()) {
    const applicationId = application.id;
    if (position === 0) {
      await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId, kind: 'favorable', proposedCents: Math.floor(application.requestedCents / 2), motivation: 'Action bien ancrée dans le quartier.' });
    } else if (position === 1) {
      await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId, kind: 'favorable_sous_reserve', proposedCents: application.requestedCents, conditions: 'Transmettre le bilan intermédiaire en juin.' });
    } else {
      await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId, kind: 'ajourne', reasons: 'Budget à préciser.' });
    }
  }
  return setup;
}
