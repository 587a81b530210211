// Gathers the relevé d'avis of a session from the database, says what is missing when it cannot be made,
// and renders it: signed by the chair of the session (never by a signatory of the settings, who signs
// for the CCAS, not for the commission) and dated of the session.
import { getCall } from '../../../db/queries/call-queries.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { AVIS_LABELS } from '../../domain/jury/avis.ts';
import { formatScore } from '../../domain/jury/results.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { releveAvisDocument, type ReleveData } from '../../documents/releve-avis.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { roleTitle } from '../../domain/french-gender.ts';
import { currentAuditHead } from '../audit/audit-head.ts';
import { jurorRoleTitle } from '../jurors/jurors-api.ts';
import { sessionResults } from '../scoring/session-results.ts';
import { CONFLICT_TYPE_LABELS, MEMBER_ATTENDANCE_LABELS } from '../sessions/sessions-api.ts';
import { organisationIdentity } from './document-context.ts';
import type { GeneratedDocument } from './documents-api.ts';

export type ReleveSource = { data: ReleveData; sessionId: number; heldOn: string };

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
      civility: member.civility,
      role: jurorRoleTitle(member.role, member.civility),
      organisation: member.organisation,
      isPermanent: member.isPermanent,
      attendance: roleTitle(MEMBER_ATTENDANCE_LABELS[member.attendance], member.civility),
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
    chair: chair ? { name: chair.name, civility: chair.civility } : null,
  };
  return { data, sessionId, heldOn: session.heldOn };
}

export async function generateReleve(db: Db, sessionId: number): Promise<GeneratedDocument> {
  const source = releveSource(db, sessionId);
  const { signatories: _signatories, ...organisation } = organisationIdentity(db);
  const sha256 = dataSha256({ organisation, data: source.data } as unknown as JsonValue);
  const reference = `CAI-${source.heldOn}-S${sessionId}-RELEVE`;
  const auditHead = currentAuditHead(db);
  const definition = releveAvisDocument({ organisation, reference, dataSha256: sha256, auditHead }, source.data);
  const bytes = await renderPdf(definition, {
    title: `Relevé d’avis — ${source.data.session.title}`,
    subject: `Relevé d’avis de la séance de la CAI du ${source.heldOn} (${source.data.session.callTitle})`,
    author: organisation.name || 'Pacte CAI',
    keywords: `CAI, relevé d’avis, ${reference}, empreinte ${sha256}`,
    auditHead,
    // The day of the session, as the page says: never the instant an avis was typed in, nor the clock.
    creationDate: new Date(`${source.heldOn}T00:00:00.000Z`),
  });
  return { fileName: `releve-avis-seance-${sessionId}-${source.heldOn}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference };
}
