// Laptop side: a jury pack opened into this database, which becomes that juror's jury database. Everything
// is checked before the first row is written; the attachments go through the attachment store (by SHA-256).
// The pack's binding is kept sealed with its passphrase (pack-seal.ts), never in clear.
import { recordPendingCopies } from '../attachments/pending-copies.ts';
import { insertAttachment } from '../../../db/queries/attachment-queries.ts';
import { getJuror } from '../../../db/queries/juror-queries.ts';
import { insertOpenedJuryPack, readOpenedJuryPack, type OpenedJuryPackRow } from '../../../db/queries/pack-records.ts';
import { ensureGrid, ensurePactExtract, ensureTerritories, insertPackRows, packTablesInUse } from '../../../db/queries/pack-write.ts';
import { sessionRow } from '../../../db/queries/session-read.ts';
import { agendaApplicationIds } from '../../../db/queries/session-agenda.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { fileNameProblem } from '../../domain/attachment-file.ts';
import { deleteCopy, storeCopy } from '../attachments/attachment-store.ts';
import type { ServiceContext } from '../context.ts';
import { juryPackBodySchema, type JuryPackBody } from './pack-bodies.ts';
import { openWithPassphrase, PACK_FORMATS, parsePayload, readPackFile, sha256Hex } from './pack-file.ts';
import { sealBinding } from './pack-seal.ts';
import type { OpenedJuryPack } from './packs-api.ts';

// Said for both ways in: the desktop app of the juror's own computer (a fresh install is empty), and the command line.
const EMPTY_DATABASE_HINT =
  'ouvrez le paquet sur l’ordinateur du juré, dans Pacte CAI fraîchement installé, ou en ligne de commande dans une base de jury vide (« pacte --db jure.sqlite jury-pack open FICHIER »).';

function inconsistent(what: string): AppError {
  return new AppError('pack_invalid', `Le contenu du paquet du juré est incohérent (${what}) : il est refusé. Demandez-en un nouveau au président.`);
}

/** The references inside the pack hold together: what the rows' foreign keys would otherwise refuse with a SQLite message. */
function checkConsistency(body: JuryPackBody): void {
  const providerIds = new Set(body.providers.map((provider) => provider.id));
  const applicationIds = new Set(body.applications.map((application) => application.id));
  const positions = new Set(body.applications.map((application) => application.position));
  if (applicationIds.size !== body.applications.length || positions.size !== body.applications.length) throw inconsistent('ordre du jour');
  for (const application of body.applications) {
    if (!providerIds.has(application.providerId)) throw inconsistent(`prestataire du dossier n° ${application.id}`);
    if (application.objectives.filter((objective) => objective.isPrimary).length > 1) throw inconsistent(`objectifs du dossier n° ${application.id}`);
    for (const attachment of application.attachments) {
      if (fileNameProblem(attachment.fileName) !== null) throw inconsistent(`pièce « ${attachment.fileName} »`);
      if (sha256Hex(Buffer.from(attachment.contentBase64, 'base64')) !== attachment.sha256) throw inconsistent(`pièce « ${attachment.fileName} » altérée`);
    }
  }
  for (const conflict of body.conflicts) {
    const onApplication = conflict.applicationId !== null && applicationIds.has(conflict.applicationId);
    const onProvider = conflict.providerId !== null && providerIds.has(conflict.providerId);
    if (onApplication === onProvider) throw inconsistent('conflits d’intérêts');
  }
  if (body.session.status !== 'notation') throw inconsistent('la séance n’est pas en notation');
}

function packSummary(db: Db, row: OpenedJuryPackRow, body: JuryPackBody | null, status: OpenedJuryPack['status']): OpenedJuryPack {
  const session = sessionRow(db, row.sessionId);
  const jurorName = body?.juror.name ?? getJuror(db, row.jurorId).name;
  const applicationCount = body?.applications.length ?? agendaApplicationIds(db, row.sessionId).length;
  return {
    status,
    packId: row.packId,
    sessionId: row.sessionId,
    sessionTitle: session.title,
    heldOn: session.heldOn,
    jurorId: row.jurorId,
    jurorName,
    applicationCount,
    isEncrypted: row.passphraseHash !== null,
    openedAt: row.openedAt,
  };
}

export function openedPackInfo(db: Db): OpenedJuryPack | null {
  const row = readOpenedJuryPack(db);
  return row ? packSummary(db, row, null, 'unchanged') : null;
}

/** Writes the attachments' bytes first (a copy already there is kept); on failure, the copies this call wrote go. */
function storeAttachments(context: ServiceContext, body: JuryPackBody): { written: string[]; release: () => void } {
  const written: string[] = [];
  let pending = { release: () => undefined as void };
  try {
    pending = recordPendingCopies(context.attachmentsDir, [...new Set(body.applications.flatMap((application) => application.attachments.map((attachment) => attachment.sha256)))]);
    for (const attachment of body.applications.flatMap((application) => application.attachments)) {
      if (storeCopy(context.attachmentsDir, Buffer.from(attachment.contentBase64, 'base64'), attachment.sha256)) written.push(attachment.sha256);
    }
  } catch (error) {
    for (const sha256 of written) deleteCopy(context.attachmentsDir, sha256);
    pending.release();
    const reason = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'disque plein' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new AppError('storage', `Les pièces jointes du paquet n’ont pas pu être copiées (${context.attachmentsDir}) : ${reason}.`);
  }
  return { written, release: pending.release };
}

export function openJuryPack(context: ServiceContext, input: { contentBase64: string; passphrase?: string | undefined }): OpenedJuryPack {
  const { db } = context;
  const payload = openWithPassphrase(readPackFile(Buffer.from(input.contentBase64, 'base64'), PACK_FORMATS.jury), input.passphrase);
  const body = parsePayload(payload, juryPackBodySchema, 'ce paquet du juré');
  const bodySha256 = sha256Hex(payload);
  const already = readOpenedJuryPack(db);
  if (already) {
    if (already.packId === body.packId && already.bodySha256 === bodySha256) return packSummary(db, already, body, 'unchanged');
    const holder = packSummary(db, already, null, 'unchanged');
    throw new AppError('conflict', `Cette base de jury contient déjà le paquet de ${holder.jurorName} pour la séance « ${holder.sessionTitle} » : ${EMPTY_DATABASE_HINT}`);
  }
  const inUse = packTablesInUse(db);
  if (inUse.length > 0) throw new AppError('conflict', `Cette base n’est pas une base de jury vide (elle contient ${inUse.join(', ')}) : ${EMPTY_DATABASE_HINT}`);
  checkConsistency(body);

  const at = context.now().toISOString();
  const { written, release } = storeAttachments(context, body);
  try {
    const pact = ensurePactExtract(db, body.pact, at, sha256Hex(Buffer.from(JSON.stringify(body.pact), 'utf8')));
    const references = { ...pact, gridId: ensureGrid(db, body.grid, body.packId, at, body.createdBy), territories: ensureTerritories(db, body.territories) };
    insertPackRows(db, body, references, at);
    for (const application of body.applications) {
      for (const attachment of application.attachments) {
        const { contentBase64, ...fields } = attachment;
        insertAttachment(db, { applicationId: application.id, ...fields, sizeBytes: Buffer.from(contentBase64, 'base64').length, addedBy: body.createdBy });
      }
    }
    // The passphrase opened the pack, so it is given: the binding is sealed with it.
    const sealed = sealBinding(body.binding, input.passphrase ?? '', context.packKdfCost);
    const row = {
      packId: body.packId,
      sessionId: body.session.id,
      jurorId: body.juror.id,
      binding: sealed.binding,
      bodySha256,
      passphraseHash: sealed.passphraseHash,
      openedAt: at,
      openedBy: context.actor,
    };
    insertOpenedJuryPack(db, row);
    return packSummary(db, { id: 1, ...row }, body, 'created');
  } catch (error) {
    // The rows roll back with the transaction (the database held no attachment before): the copies written for them would only take space.
    for (const sha256 of written) deleteCopy(context.attachmentsDir, sha256);
    release();
    // Rows the database refuses (an id twice, found by the fuzz suite): a pack the app did not write, refused in French.
    if (/^SQLITE_CONSTRAINT/u.test(String((error as { code?: unknown }).code))) throw inconsistent('identifiants en double');
    throw error;
  }
}
