// Chair side: a juror's score pack. Everything is checked before anything is written: the whole file, its
// signature by the binding of a jury pack this database exported for this session and juror, its age
// against the juror's last imported pack, and every sheet against the grid. Then all of it, or nothing.
import { createHash } from 'node:crypto';
import { freezeGrid } from '../../../db/queries/grid-queries.ts';
import { deleteOlderPackSheets, writePackSheet } from '../../../db/queries/pack-sheets.ts';
import { findScorePackImport, insertScorePackImport, juryPackExport, latestScorePackImport } from '../../../db/queries/pack-records.ts';
import { sessionSheets } from '../../../db/queries/scoring-sheets.ts';
import { sessionRow, type SessionRow } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { sheetProblems } from '../../domain/jury/sheet-rules.ts';
import type { ServiceContext } from '../context.ts';
import { PAPER_STATUSES } from '../scoring/chair-handlers.ts';
import { isConflicted, requireStatus, scoringSession, sheetOf } from '../scoring/scoring-session.ts';
import { requireMember } from '../sessions/session-guards.ts';
import { scorePackBodySchema, type ScorePackBody } from './pack-bodies.ts';
import { packBinding, sameMac, scorePackMac } from './pack-binding.ts';
import { PACK_FORMATS, parsePayload, readPackFile } from './pack-file.ts';
import type { ScorePackImport } from './packs-api.ts';

const NOT_THIS_PACK =
  'Ce paquet de notes ne répond pas à un paquet du juré de cette séance pour ce membre, ou il a été modifié depuis sa création : il est refusé, rien n’a été importé.';

/** "le 12/03/2018 à 18 h 05 (UTC)": the instants of packs are compared as the laptop wrote them. */
function when(iso: string): string {
  return `le ${formatFrenchDate(iso.slice(0, 10))} à ${iso.slice(11, 13)} h ${iso.slice(14, 16)} (UTC)`;
}

function sessionIfAny(db: Db, sessionId: number): SessionRow | undefined {
  try {
    return sessionRow(db, sessionId);
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

/** The pack speaks for the session and juror it names only once its signature is checked against them. */
function verifiedBody(context: ServiceContext, payload: Buffer, mac: string | undefined): ScorePackBody {
  const body = parsePayload(payload, scorePackBodySchema, 'ce paquet de notes');
  const session = sessionIfAny(context.db, body.sessionId);
  if (!session || !sameMac(scorePackMac(packBinding(session.packSecret, body.sessionId, body.jurorId, body.packId), payload), mac)) throw new AppError('pack_refused', NOT_THIS_PACK);
  const issued = juryPackExport(context.db, body.packId);
  if (!issued || issued.sessionId !== body.sessionId || issued.jurorId !== body.jurorId || issued.bodySha256 !== body.juryPackSha256) {
    throw new AppError('pack_refused', 'Ce paquet de notes répond à un paquet du juré que cette base n’a pas exporté (ou dont le contenu a changé) : il est refusé, rien n’a été importé.');
  }
  return body;
}

export function importScorePack(context: ServiceContext, input: { contentBase64: string; passphrase?: string | undefined; sessionId?: number | undefined }): ScorePackImport {
  const { db } = context;
  const file = readPackFile(Buffer.from(input.contentBase64, 'base64'), PACK_FORMATS.score, input.passphrase);
  const body = verifiedBody(context, file.payload, file.header.mac);
  const { session, grid, agenda } = scoringSession(db, body.sessionId);
  if (input.sessionId !== undefined && input.sessionId !== session.id) {
    throw new AppError('pack_refused', `Ce paquet de notes concerne la séance « ${session.title} » (n° ${session.id}), pas celle-ci : rien n’a été importé.`, [{ path: 'sessionId', message: 'Autre séance.' }]);
  }
  const { member } = requireMember(db, session.id, body.jurorId);
  const packSha256 = createHash('sha256').update(file.payload).digest('hex');
  const base = { sessionId: session.id, jurorId: member.id, jurorName: member.name, savedAt: body.savedAt };
  // The same pack again (the same content, whatever its encryption): nothing to do, nothing written.
  if (findScorePackImport(db, session.id, member.id, packSha256)) {
    return { status: 'unchanged', ...base, sheetCount: 0, submittedCount: 0, replacedSavedAt: null, skipped: [] };
  }
  requireStatus(session, PAPER_STATUSES, 'Import d’un paquet de notes impossible');
  const latest = latestScorePackImport(db, session.id, member.id);
  if (latest && body.savedAt <= latest.savedAt) {
    throw new AppError(
      'pack_stale',
      `Ce paquet de notes de ${member.name}, enregistré ${when(body.savedAt)}, n’est pas plus récent que celui déjà importé (enregistré ${when(latest.savedAt)}) : il est refusé, les notes importées restent celles du plus récent.`,
    );
  }

  const existing = new Map(sessionSheets(db, session.id, { jurorId: member.id }).map((sheet) => [sheet.applicationId, sheet]));
  const skipped: ScorePackImport['skipped'] = [];
  const problems: { path: string; message: string }[] = [];
  const accepted: ScorePackBody['sheets'] = [];
  body.sheets.forEach((sheet, index) => {
    const item = agenda.find((candidate) => candidate.applicationId === sheet.applicationId);
    if (body.sheets.findIndex((other) => other.applicationId === sheet.applicationId) !== index) {
      problems.push({ path: `sheets.${index}`, message: `Le dossier n° ${sheet.applicationId} a deux fiches dans le paquet.` });
      return;
    }
    // A sheet the service may not record is left out, said, and never counted; the others still come in.
    if (!item) return void skipped.push({ applicationId: sheet.applicationId, title: `Dossier n° ${sheet.applicationId}`, reason: 'n’est plus à l’ordre du jour de la séance' });
    if (isConflicted(item, member.id)) return void skipped.push({ applicationId: item.applicationId, title: item.title, reason: `${member.name} est en conflit d’intérêts avec ce dossier` });
    const found = sheetProblems(grid, sheet.answers, sheet.status === 'submitted' ? 'submit' : 'draft');
    if (found.length > 0) problems.push({ path: `sheets.${index}`, message: `${sheetOf(member.name)} pour « ${item.title} » : ${found.map((problem) => problem.message).join(' ')}` });
    const before = existing.get(item.applicationId);
    // A sheet sealed in the app or on paper is replaced only once the chair has reopened it, with a reason.
    if (before?.status === 'submitted' && before.source !== 'pack') {
      problems.push({
        path: `sheets.${index}`,
        message: `${member.name} a déjà une fiche soumise ${before.source === 'paper' ? 'sur papier' : 'dans l’application'} pour « ${item.title} » : rouvrez ses fiches (avec un motif) avant d’importer son paquet de notes.`,
      });
    }
    accepted.push(sheet);
  });
  if (problems.length > 0) throw new AppError('validation', `Paquet de notes refusé, rien n’a été importé : ${problems.map((problem) => problem.message).join(' ')}`, problems);

  const at = context.now().toISOString();
  deleteOlderPackSheets(db, session.id, member.id, accepted.map((sheet) => sheet.applicationId));
  for (const sheet of accepted) {
    writePackSheet(db, { sessionId: session.id, jurorId: member.id, applicationId: sheet.applicationId }, { status: sheet.status, submittedAt: sheet.submittedAt ?? at, packSavedAt: body.savedAt, answers: sheet.answers, at });
  }
  if (accepted.some((sheet) => Object.keys(sheet.answers).length > 0)) freezeGrid(db, session.gridId, at);
  insertScorePackImport(db, { sessionId: session.id, jurorId: member.id, packSha256, savedAt: body.savedAt, importedAt: at, importedBy: context.actor });
  return {
    status: 'imported',
    ...base,
    sheetCount: accepted.length,
    submittedCount: accepted.filter((sheet) => sheet.status === 'submitted').length,
    replacedSavedAt: latest?.savedAt ?? null,
    skipped,
  };
}
