// Chair side: a juror's score pack. Everything is checked before anything is written: the whole file, that it
// decrypts with the binding of a jury pack this database exported (so that only the juror's passphrase, or
// this machine, could have made it), its instants against the jury pack's hand-over, the reveal and this
// machine's clock, its age against the juror's last imported pack, and every sheet against the grid. Then
// all of it, or nothing.
import { freezeGrid } from '../../../db/queries/grid-queries.ts';
import { deleteOlderPackSheets, writePackSheet } from '../../../db/queries/pack-sheets.ts';
import { findScorePackImport, insertScorePackImport, juryPackExport, latestScorePackImport, type JuryPackExportRow } from '../../../db/queries/pack-records.ts';
import { sessionSheets } from '../../../db/queries/scoring-sheets.ts';
import { sessionRow, type SessionRow } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { sheetProblems } from '../../domain/jury/sheet-rules.ts';
import type { ServiceContext } from '../context.ts';
import { PAPER_STATUSES } from '../scoring/chair-handlers.ts';
import { isConflicted, requireStatus, scoringSession, sheetOf } from '../scoring/scoring-session.ts';
import type { SealedContent } from '../sealed-content.ts';
import { requireMember } from '../sessions/session-guards.ts';
import { scorePackBodySchema, type ScorePackBody } from './pack-bodies.ts';
import { packBinding, scorePackDigest, scorePackKey } from './pack-binding.ts';
import { openWithKey, PACK_FORMATS, parsePayload, readPackFile } from './pack-file.ts';
import type { ScorePackImport } from './packs-api.ts';

const NOT_THIS_PACK =
  'Ce paquet de notes ne répond pas à un paquet du juré de cette séance pour ce membre, ou il a été modifié depuis sa création : il est refusé, rien n’a été importé.';

/** How far a laptop's clock may be from this one's (a wrong time zone included) before its instants are refused. */
export const CLOCK_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/**
 * "le 12/03/2018 à 18 h 05 (UTC)": the instants of packs are compared as the laptop wrote them. By hand, not
 * with formatFrenchDate: a pack's instant may be any year (31/12/9999 must be said, not crash).
 */
function when(iso: string): string {
  return `le ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} à ${iso.slice(11, 13)} h ${iso.slice(14, 16)} (UTC)`;
}

function sessionIfAny(db: Db, sessionId: number): SessionRow | undefined {
  try {
    return sessionRow(db, sessionId);
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

type Verified = { body: ScorePackBody; issued: JuryPackExportRow; digest: string };

/** The pack speaks for the session and juror it names only once it decrypts with the binding of a jury pack issued here. */
function verifiedBody(context: ServiceContext, bytes: Buffer): Verified {
  const pack = readPackFile(bytes, PACK_FORMATS.score);
  const packId = pack.header.key.name === 'binding' ? pack.header.key.packId : '';
  const issued = juryPackExport(context.db, packId);
  const session = issued && sessionIfAny(context.db, issued.sessionId);
  if (!issued || !session) throw new AppError('pack_refused', NOT_THIS_PACK);
  const binding = packBinding(session.packSecret, issued.sessionId, issued.jurorId, issued.packId);
  const payload = openWithKey(pack, scorePackKey(binding));
  if (payload === null) throw new AppError('pack_refused', NOT_THIS_PACK);
  const body = parsePayload(payload, scorePackBodySchema, 'ce paquet de notes');
  if (body.packId !== issued.packId || body.sessionId !== issued.sessionId || body.jurorId !== issued.jurorId || body.juryPackSha256 !== issued.bodySha256) {
    throw new AppError('pack_refused', 'Ce paquet de notes répond à un paquet du juré que cette base n’a pas exporté (ou dont le contenu a changé) : il est refusé, rien n’a été importé.');
  }
  return { body, issued, digest: scorePackDigest(binding, payload) };
}

/**
 * The pack's instant lies between the hand-over of its jury pack and this machine's clock (a day's leeway
 * each way for a laptop's clock), and before the reveal: a pack dated 31/12/9999 would otherwise stand as
 * the juror's newest for ever, and a pack saved after the reveal could answer the others' scores.
 */
function checkInstants(body: ScorePackBody, issued: JuryPackExportRow, session: SessionRow, now: Date, jurorName: string): void {
  const savedAt = Date.parse(body.savedAt);
  const refusal = `Ce paquet de notes de ${jurorName} est daté ${when(body.savedAt)}`;
  const retry = 'il est refusé, rien n’a été importé ; remettez l’ordinateur du juré à l’heure et exportez de nouveau ses notes, elles seront acceptées.';
  if (savedAt > now.getTime() + CLOCK_TOLERANCE_MS) {
    throw new AppError('pack_refused', `${refusal}, plus tard que l’heure de cet ordinateur (${when(now.toISOString())}) : l’horloge de l’ordinateur du juré est fausse, ou le paquet a été altéré ; ${retry}`);
  }
  if (savedAt < Date.parse(issued.exportedAt) - CLOCK_TOLERANCE_MS) {
    throw new AppError('pack_refused', `${refusal}, avant la remise de son paquet du juré (${when(issued.exportedAt)}) : l’horloge de l’ordinateur du juré est fausse, ou le paquet a été altéré ; ${retry}`);
  }
  if (session.revealedAt !== null && savedAt > Date.parse(session.revealedAt)) {
    throw new AppError('pack_refused', `${refusal}, après la révélation des notes (${when(session.revealedAt)}) : des notes données après la révélation ne comptent pas ; il est refusé, rien n’a été importé.`);
  }
}

/** A sheet's instant outside the pack's life (a laptop's clock set wrong for a while) is the pack's own. */
function sheetInstant(instant: string, body: ScorePackBody, issued: JuryPackExportRow): string {
  const at = Date.parse(instant);
  return at > Date.parse(body.savedAt) || at < Date.parse(issued.exportedAt) - CLOCK_TOLERANCE_MS ? body.savedAt : instant;
}

export function importScorePack(context: ServiceContext, input: { contentBase64: SealedContent; sessionId?: number | undefined }): ScorePackImport {
  const { db } = context;
  const { body, issued, digest } = verifiedBody(context, Buffer.from(input.contentBase64.base64, 'base64'));
  const { session, grid, agenda } = scoringSession(db, body.sessionId);
  if (input.sessionId !== undefined && input.sessionId !== session.id) {
    throw new AppError('pack_refused', `Ce paquet de notes concerne la séance « ${session.title} » (n° ${session.id}), pas celle-ci : rien n’a été importé.`, [{ path: 'sessionId', message: 'Autre séance.' }]);
  }
  const { member } = requireMember(db, session.id, body.jurorId);
  const base = { sessionId: session.id, jurorId: member.id, jurorName: member.name, savedAt: body.savedAt };
  // The same pack again (the same content): nothing to do, nothing written.
  if (findScorePackImport(db, session.id, member.id, digest)) {
    return { status: 'unchanged', ...base, sheetCount: 0, submittedCount: 0, replacedSavedAt: null, skipped: [] };
  }
  requireStatus(session, PAPER_STATUSES, 'Import d’un paquet de notes impossible');
  checkInstants(body, issued, session, context.now(), member.name);
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
    const submittedAt = sheet.submittedAt === null ? at : sheetInstant(sheet.submittedAt, body, issued);
    writePackSheet(db, { sessionId: session.id, jurorId: member.id, applicationId: sheet.applicationId }, { status: sheet.status, submittedAt, packSavedAt: body.savedAt, answers: sheet.answers, at });
  }
  if (accepted.some((sheet) => Object.keys(sheet.answers).length > 0)) freezeGrid(db, session.gridId, at);
  // Keyed by the binding, not a bare SHA-256: the record cannot be matched against guessed sheets.
  insertScorePackImport(db, { sessionId: session.id, jurorId: member.id, packSha256: digest, savedAt: body.savedAt, importedAt: at, importedBy: context.actor });
  return {
    status: 'imported',
    ...base,
    sheetCount: accepted.length,
    submittedCount: accepted.filter((sheet) => sheet.status === 'submitted').length,
    replacedSavedAt: latest?.savedAt ?? null,
    skipped,
  };
}
