// Chair side: one juror's jury pack. It holds what that juror needs to score offline and nothing else: no
// other juror, no score, no envelope, no e-mail; the binding secret is derived for this juror and this pack
// only. Always encrypted with a passphrase strong enough (passphrase-api.ts), handed over apart from the file.
import { getApplication } from '../../../db/queries/application-read.ts';
import { listAttachments } from '../../../db/queries/attachment-queries.ts';
import { getCall } from '../../../db/queries/call-queries.ts';
import { getGrid } from '../../../db/queries/grid-queries.ts';
import { pactExtract, providerExtract, territoryExtract } from '../../../db/queries/pack-read.ts';
import { insertJuryPackExport } from '../../../db/queries/pack-records.ts';
import { activeConflicts } from '../../../db/queries/session-read.ts';
import { AppError } from '../../domain/app-error.ts';
import { toSearchText } from '../../domain/text.ts';
import { verifiedBytes } from '../attachments/attachment-files.ts';
import type { ServiceContext } from '../context.ts';
import { isConflicted, requireStatus, scoringSession } from '../scoring/scoring-session.ts';
import type { AgendaItem } from '../sessions/sessions-api.ts';
import { requireMember } from '../sessions/session-guards.ts';
import type { JuryPackBody, PackApplication } from './pack-bodies.ts';
import { newPackId, packBinding } from './pack-binding.ts';
import { PACK_FORMATS, sha256Hex, writePackFile } from './pack-file.ts';
import { packPinHash } from './pack-pin.ts';
import type { JuryPackExport } from './packs-api.ts';
import { passphraseProblem } from './passphrase-api.ts';

/** "Claire Dubois" → "claire-dubois": file names that travel on any USB stick. */
export function fileSlug(name: string): string {
  return toSearchText(name).trim().replace(/ /gu, '-').slice(0, 60) || 'jure';
}

type Gathered = { application: Omit<PackApplication, 'territoryCodes'>; objectiveIds: number[]; territoryIds: number[] };

function packApplication(context: ServiceContext, item: AgendaItem): Gathered {
  const detail = getApplication(context.db, item.applicationId);
  // Withdrawn files stay on the chair's record, not in front of the jury (as in jury mode).
  const attachments = listAttachments(context.db, item.applicationId)
    .filter((attachment) => !attachment.isRemoved)
    .map((attachment) => {
      const { bytes } = verifiedBytes(context, attachment.id);
      return { documentType: attachment.documentType, fileName: attachment.fileName, mediaType: attachment.mediaType, sha256: attachment.sha256, addedAt: attachment.addedAt, contentBase64: bytes.toString('base64') };
    });
  const application: Gathered['application'] = {
    id: detail.id,
    position: item.position,
    providerId: detail.providerId,
    title: detail.title,
    summary: detail.summary,
    description: detail.description,
    publics: detail.publics,
    publicOther: detail.publicOther,
    expectedParticipants: detail.expectedParticipants,
    expectedRsaParticipants: detail.expectedRsaParticipants,
    startsOn: detail.startsOn,
    endsOn: detail.endsOn,
    isRenewal: detail.isRenewal,
    duration: detail.duration,
    mobility: detail.mobility,
    status: detail.status,
    budgetLines: detail.budgetLines.map((line) => ({ account: line.account, label: line.label, amountCents: line.amountCents })),
    indicators: detail.indicators.map((indicator) => ({ label: indicator.label, target: indicator.target })),
    objectives: detail.objectives.map((objective) => ({ code: objective.code, isPrimary: objective.isPrimary })),
    attachments,
  };
  return { application, objectiveIds: detail.objectives.map((objective) => objective.id), territoryIds: detail.territoryIds };
}

export function createJuryPack(context: ServiceContext, input: { sessionId: number; jurorId: number; passphrase: string }): JuryPackExport {
  const { db } = context;
  const { session, agenda } = scoringSession(db, input.sessionId);
  // In notation the jury, the grid and the PINs are settled: a pack made earlier could be out of date.
  requireStatus(session, ['notation'], 'Export du paquet du juré impossible');
  const { member } = requireMember(db, session.id, input.jurorId);
  if (member.pinHash === null) {
    throw new AppError('precondition', `${member.name} n’a pas encore de code PIN : définissez-le avant d’exporter son paquet (il le tapera sur son ordinateur).`, [
      { path: 'jurorId', message: 'Aucun code PIN défini.' },
    ]);
  }
  const problem = passphraseProblem(input.passphrase, member.name);
  if (problem) throw new AppError('validation', problem, [{ path: 'passphrase', message: problem }]);
  const pinHash = packPinHash(member.pinHash, context.packKdfCost);
  if (pinHash === null) {
    throw new AppError('precondition', `Le code PIN de ${member.name} est enregistré dans un format que le paquet ne sait pas porter : définissez-le de nouveau avant d’exporter son paquet.`, [
      { path: 'jurorId', message: 'Code PIN à redéfinir.' },
    ]);
  }

  const grid = getGrid(db, session.gridId);
  const call = getCall(db, session.callId);
  const gathered = agenda.map((item) => packApplication(context, item));
  const territories = territoryExtract(db, [...new Set(gathered.flatMap((entry) => entry.territoryIds))]);
  const codeOf = new Map(territories.map((territory) => [territory.id, territory.code]));
  const applications: PackApplication[] = gathered.map((entry) => ({ ...entry.application, territoryCodes: entry.territoryIds.flatMap((territoryId) => codeOf.get(territoryId) ?? []) }));
  const packId = newPackId();
  const at = context.now().toISOString();
  const body: JuryPackBody = {
    kind: 'jury-pack',
    packId,
    binding: packBinding(session.packSecret, session.id, member.id, packId),
    createdAt: at,
    createdBy: context.actor,
    appVersion: context.appVersion,
    session: { id: session.id, title: session.title, heldOn: session.heldOn, place: session.place, status: session.status, disagreementThreshold: session.disagreementThreshold },
    call: { id: call.id, year: call.year, title: call.title },
    pact: pactExtract(db, session.callId, [...new Set(gathered.flatMap((entry) => entry.objectiveIds))]),
    grid: { family: grid.family, version: grid.version, definition: grid.definition },
    juror: { id: member.id, name: member.name, role: member.role, organisation: member.organisation, isPermanent: member.isPermanent, email: null, pinHash },
    territories: territories.map(({ id: _id, ...territory }) => territory),
    providers: providerExtract(db, [...new Set(agenda.map((item) => item.providerId))]),
    applications,
    conflicts: activeConflicts(db, session.id)
      .filter((conflict) => conflict.jurorId === member.id)
      .map((conflict) => ({
        applicationId: conflict.applicationId,
        providerId: conflict.providerId,
        type: conflict.type,
        note: conflict.note,
        declaredBy: conflict.declaredBy,
        isPinned: conflict.isPinned,
        createdAt: conflict.createdAt,
      })),
    conflictedApplicationIds: agenda.filter((item) => isConflicted(item, member.id)).map((item) => item.applicationId),
  };
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  const file = writePackFile(PACK_FORMATS.jury, payload, { session: session.title, juror: member.name }, { passphrase: input.passphrase, cost: context.packKdfCost });
  insertJuryPackExport(db, {
    packId,
    sessionId: session.id,
    jurorId: member.id,
    bodySha256: sha256Hex(payload),
    isEncrypted: true,
    exportedAt: at,
    exportedBy: context.actor,
  });
  return {
    fileName: `jure-${fileSlug(member.name)}-seance-${session.id}.pacte-jure`,
    contentBase64: file.toString('base64'),
    packId,
    sessionId: session.id,
    jurorId: member.id,
    jurorName: member.name,
    applicationCount: applications.length,
    attachmentCount: applications.reduce((sum, application) => sum + application.attachments.length, 0),
    isEncrypted: true,
  };
}
