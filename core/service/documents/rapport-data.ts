// Gathers the report to the board from the database, refuses in French when the session is not
// finished, and renders it. The board votes on a closed session only: its avis can no longer change.
import { agendaLastChange } from '../../../db/queries/application-decisions.ts';
import { getCall } from '../../../db/queries/call-queries.ts';
import { getPact } from '../../../db/queries/pact-read.ts';
import { sessionAvis } from '../../../db/queries/scoring-avis.ts';
import { activeConflicts, agendaItems, getSession, listSessions } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { SESSION_STATUS_LABELS } from '../../domain/jury/session-status.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { rapportCaDocument, type RapportData } from '../../documents/rapport-ca.ts';
import type { EarlierFunding } from '../../documents/rapport-conventions.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { currentAuditHead } from '../audit/audit-head.ts';
import { sessionConventionsAnnex } from './conventions-annex-data.ts';
import { latestDate, legalRepresentative, organisationIdentity } from './document-context.ts';
import type { GeneratedDocument } from './documents-api.ts';

/**
 * Fundings of the same call decided in its other closed sessions: a body's yearly total, which decides
 * whether a convention is mandatory, covers the whole call. An application examined again (adjourned,
 * then re-examined) counts once, with its latest closed session; this session's own avis wins.
 */
function earlierFundings(db: Db, callId: number, sessionId: number, onThisAgenda: ReadonlySet<number>): EarlierFunding[] {
  const latest = new Map<number, EarlierFunding>();
  const closed = listSessions(db, callId)
    .filter((session) => session.id !== sessionId && session.status === 'close')
    // Oldest first, so that a later session's avis replaces an earlier one.
    .sort((a, b) => (a.heldOn === b.heldOn ? a.id - b.id : a.heldOn < b.heldOn ? -1 : 1));
  for (const session of closed) {
    const avis = sessionAvis(db, session.id);
    for (const item of agendaItems(db, session.id, activeConflicts(db, session.id))) {
      if (onThisAgenda.has(item.applicationId)) continue;
      const decided = avis.get(item.applicationId);
      if (!decided) continue;
      const funded = (decided.kind === 'favorable' || decided.kind === 'favorable_sous_reserve') && decided.proposedCents > 0;
      if (funded) latest.set(item.applicationId, { providerId: item.providerId, providerName: item.providerName, title: item.title, proposedCents: decided.proposedCents, heldOn: session.heldOn });
      else latest.delete(item.applicationId);
    }
  }
  return [...latest.values()];
}

export type RapportSource = { data: RapportData; heldOn: string; lastChange: string };

const APPLICATION_STATUS_WORDS = { brouillon: 'revenu en brouillon', depose: 'revenu à l’instruction', recevable: 'recevable', irrecevable: 'déclaré irrecevable' } as const;

export function rapportSource(db: Db, sessionId: number): RapportSource {
  const session = getSession(db, sessionId);
  if (session.status !== 'close') {
    throw new AppError(
      'precondition',
      `Le rapport au conseil d’administration ne peut pas être établi : la séance est ${SESSION_STATUS_LABELS[session.status]}. Clôturez d’abord la séance, pour que le conseil délibère sur des avis définitifs.`,
      [{ path: 'sessionId', message: 'Séance non close.' }],
    );
  }
  if (session.agenda.length === 0) throw new AppError('precondition', 'Le rapport au conseil d’administration ne peut pas être établi : l’ordre du jour de la séance est vide.');
  const avis = sessionAvis(db, sessionId);
  const withoutAvis = session.agenda.filter((item) => !avis.has(item.applicationId));
  if (withoutAvis.length > 0) {
    throw new AppError(
      'precondition',
      `Le rapport au conseil d’administration ne peut pas être établi : ${withoutAvis.length} dossier${withoutAvis.length > 1 ? 's n’ont' : ' n’a'} pas d’avis (${withoutAvis.map((item) => `« ${item.title} »`).join(', ')}). Rouvrez la séance pour compléter les avis.`,
    );
  }
  // The board is asked to fund recevable files: one declared otherwise after its avis (an earlier version
  // allowed it) is named, rather than proposed with the amount of a decision its status now contradicts.
  const notRecevable = session.agenda.filter((item) => item.applicationStatus !== 'recevable');
  if (notRecevable.length > 0) {
    throw new AppError(
      'precondition',
      `Le rapport au conseil d’administration ne peut pas être établi : ${notRecevable.map((item) => `« ${item.title} » est ${APPLICATION_STATUS_WORDS[item.applicationStatus]}`).join(', ')} depuis l’avis de la commission. Rouvrez la séance pour revoir ${notRecevable.length > 1 ? 'leurs avis' : 'son avis'}.`,
      notRecevable.map((item) => ({ path: 'applicationId', message: `« ${item.title} » n’est plus recevable.` })),
    );
  }
  const call = getCall(db, session.callId);
  const pact = getPact(db, call.pactId);
  const envelopes = new Map(call.leverEnvelopes.map((lever) => [lever.leverNumber, lever.envelopeCents]));
  const data: RapportData = {
    pact: { title: pact.title, periodStart: pact.periodStart, periodEnd: pact.periodEnd },
    call: { title: call.title, year: call.year, envelopeCents: call.envelopeCents },
    session: {
      id: session.id,
      title: session.title,
      heldOn: session.heldOn,
      place: session.place,
      presentCount: session.members.filter((member) => member.attendance === 'present').length,
      quorumStatement: session.quorum.statement,
      quorumReached: session.quorum.reached,
    },
    decisions: session.agenda.map((item) => {
      const decided = avis.get(item.applicationId);
      if (!decided) throw new Error('Checked above: every application has an avis.');
      return {
        position: item.position,
        providerId: item.providerId,
        providerName: item.providerName,
        title: item.title,
        leverNumber: item.leverNumber,
        requestedCents: item.requestedCents,
        avisKind: decided.kind,
        proposedCents: decided.proposedCents,
        conditions: decided.conditions,
      };
    }),
    earlierFundings: earlierFundings(db, call.id, sessionId, new Set(session.agenda.map((item) => item.applicationId))),
    levers: pact.levers.map((lever) => ({ number: lever.number, title: lever.title, envelopeCents: envelopes.get(lever.number) ?? null })),
    representative: legalRepresentative(db),
  };
  const annex = sessionConventionsAnnex(db, sessionId, pact.levers);
  if (annex) data.conventionsAnnex = annex;
  // The applications and providers it prints count too: an edited title dates (and fingerprints) a new report.
  const lastChange = latestDate([session.updatedAt, call.updatedAt, agendaLastChange(db, sessionId), ...[...avis.values()].map((decided) => decided.decidedAt)], `${session.heldOn}T00:00:00.000Z`);
  return { data, heldOn: session.heldOn, lastChange };
}

export async function generateRapportCa(db: Db, sessionId: number): Promise<GeneratedDocument> {
  const source = rapportSource(db, sessionId);
  const { signatories: _signatories, ...organisation } = organisationIdentity(db);
  const reference = `CAI-${source.heldOn}-S${sessionId}-RAPPORT-CA`;
  const generatedOn = source.lastChange.slice(0, 10);
  // Everything the pages print is fingerprinted, the date they are established on included.
  const sha256 = dataSha256({ organisation, reference, generatedOn, data: source.data } as unknown as JsonValue);
  const auditHead = currentAuditHead(db);
  const definition = rapportCaDocument({ organisation, reference, generatedOn, dataSha256: sha256, auditHead }, source.data);
  const bytes = await renderPdf(definition, {
    title: `Rapport au conseil d’administration — ${source.data.session.title}`,
    subject: `Financements proposés par la CAI du ${source.heldOn} (${source.data.call.title}) et projet de délibération`,
    author: organisation.name || 'Pacte CAI',
    keywords: `CAI, rapport au conseil d’administration, ${reference}, empreinte ${sha256}`,
    auditHead,
    creationDate: new Date(source.lastChange),
  });
  return { fileName: `rapport-ca-seance-${sessionId}-${source.heldOn}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference };
}
