// Gathers the relevé d'avis of a session from the database, and says what is missing when it cannot be made.
import { getCall } from '../../../db/queries/call-queries.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { AVIS_LABELS } from '../../domain/jury/avis.ts';
import { formatScore } from '../../domain/jury/results.ts';
import type { ReleveData } from '../../documents/releve-avis.ts';
import { JUROR_ROLE_LABELS } from '../jurors/jurors-api.ts';
import { sessionResults } from '../scoring/session-results.ts';
import { CONFLICT_TYPE_LABELS, MEMBER_ATTENDANCE_LABELS } from '../sessions/sessions-api.ts';

export type ReleveSource = { data: ReleveData; sessionId: number; heldOn: string; lastChange: string };

export function releveSource(db: Db, sessionId: number): ReleveSource {
  const session = getSession(db, sessionId);
  const results = sessionResults(db, sessionId);
  if (results.revealedAt === null) throw new AppError('precondition', 'Le relevé d’avis ne peut pas être établi : les notes de la séance n’ont pas encore été révélées.');
  const withoutAvis = results.outcomes.filter((outcome) => outcome.avis === null);
  if (withoutAvis.length > 0) {
    throw new AppError('precondition', `Le relevé d’avis ne peut pas être établi : ${withoutAvis.length} dossier${withoutAvis.length > 1 ? 's n’ont' : ' n’a'} pas encore d’avis (${withoutAvis.map((outcome) => `« ${outcome.title} »`).join(', ')}).`);
  }
  const call = getCall(db, session.callId);
  const names = new Map(session.members.map((member) => [member.id, member.name]));
  const chair = session.members.find((member) => member.isChair);
  const data: ReleveData = {
    session: { id: session.id, title: session.title, heldOn: session.heldOn, place: session.place, callTitle: call.title },
    attendance: session.members.map((member) => ({
      name: member.name,
      role: JUROR_ROLE_LABELS[member.role].replace(' (préside le jury)', ''),
      organisation: member.organisation,
      isPermanent: member.isPermanent,
      attendance: MEMBER_ATTENDANCE_LABELS[member.attendance],
      representedBy: member.representedByJurorId === null ? null : (names.get(member.representedByJurorId) ?? null),
      isChair: member.isChair,
    })),
    quorumStatement: session.quorum.statement,
    quorumReached: session.quorum.reached,
    conflicts: session.conflicts.map((conflict) => ({
      jurorName: conflict.jurorName,
      target: conflict.applicationTitle ? `Dossier « ${conflict.applicationTitle} »` : `Prestataire ${conflict.providerName ?? ''}`,
      type: CONFLICT_TYPE_LABELS[conflict.type],
    })),
    rows: results.outcomes.map((outcome) => ({
      position: outcome.position,
      providerName: outcome.providerName,
      title: outcome.title,
      leverNumber: outcome.leverNumber,
      requestedCents: outcome.requestedCents,
      mean: outcome.mean === null ? null : formatScore(outcome.mean),
      jurorsCounted: outcome.jurorsCounted,
      avis: outcome.avis ? AVIS_LABELS[outcome.avis.kind] : '',
      proposedCents: outcome.avis?.proposedCents ?? 0,
    })),
    totals: {
      envelopeCents: results.envelope.envelopeCents,
      requestedCents: results.outcomes.reduce((sum, outcome) => sum + outcome.requestedCents, 0),
      proposedCents: results.envelope.proposedCents,
      remainingCents: results.envelope.remainingCents,
      levers: results.envelope.levers.map((lever) => ({ leverNumber: lever.leverNumber, envelopeCents: lever.envelopeCents, proposedCents: lever.proposedCents })),
    },
    signatory: chair ? { name: chair.name, role: 'Le président de la commission' } : null,
  };
  const lastChange = [session.updatedAt, ...results.outcomes.map((outcome) => outcome.avis?.decidedAt ?? '')].reduce((latest, instant) => (instant > latest ? instant : latest), '');
  return { data, sessionId, heldOn: session.heldOn, lastChange };
}
