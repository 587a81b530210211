// Laptop side: the juror's sheets as they stand, encrypted with the key of the jury pack's binding, for the
// chair to import. The binding is sealed on this laptop with the pack's passphrase: the juror types it, so
// that whoever copies this database without it cannot make a score pack. Reads only: exporting twice
// changes nothing here.
import { readOpenedJuryPack } from '../../../db/queries/pack-records.ts';
import { sessionSheets } from '../../../db/queries/scoring-sheets.ts';
import { getJuror } from '../../../db/queries/juror-queries.ts';
import { sessionRow } from '../../../db/queries/session-read.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { fileSlug } from './jury-pack-export.ts';
import type { ScorePackBody } from './pack-bodies.ts';
import { scorePackKey } from './pack-binding.ts';
import { PACK_FORMATS, writePackFile } from './pack-file.ts';
import { unsealBinding } from './pack-seal.ts';
import type { ScorePackExport } from './packs-api.ts';

/** "2018-03-12T18:05:09.000Z" → "20180312-1805": score packs of one evening sort by name. */
function stamp(iso: string): string {
  return iso.slice(0, 16).replace(/[-:]/gu, '').replace('T', '-');
}

export function exportScorePack(context: ServiceContext, input: { passphrase?: string | undefined }): ScorePackExport {
  const { db } = context;
  const pack = readOpenedJuryPack(db);
  if (!pack) {
    throw new AppError('precondition', 'Cette base n’est pas une base de jury : le paquet de notes s’exporte depuis l’ordinateur où le paquet du juré a été ouvert.');
  }
  const binding = unsealBinding(pack, input.passphrase);
  const savedAt = context.now().toISOString();
  const sheets = sessionSheets(db, pack.sessionId, { jurorId: pack.jurorId }).map((sheet) => ({
    applicationId: sheet.applicationId,
    status: sheet.status,
    submittedAt: sheet.submittedAt,
    updatedAt: sheet.updatedAt,
    answers: Object.fromEntries(Object.entries(sheet.answers).flatMap(([key, answer]) => (answer ? [[key, { score: answer.score, comment: answer.comment ?? '' }]] : []))),
  }));
  const body: ScorePackBody = {
    kind: 'score-pack',
    packId: pack.packId,
    sessionId: pack.sessionId,
    jurorId: pack.jurorId,
    juryPackSha256: pack.bodySha256,
    savedAt,
    appVersion: context.appVersion,
    sheets,
  };
  const juror = getJuror(db, pack.jurorId);
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  const label = { session: sessionRow(db, pack.sessionId).title, juror: juror.name };
  const file = writePackFile(PACK_FORMATS.score, payload, label, { packId: pack.packId, key: scorePackKey(binding) });
  return {
    fileName: `notes-${fileSlug(juror.name)}-seance-${pack.sessionId}-${stamp(savedAt)}.pacte-notes`,
    contentBase64: file.toString('base64'),
    sessionId: pack.sessionId,
    jurorId: pack.jurorId,
    savedAt,
    sheetCount: sheets.length,
    submittedCount: sheets.filter((sheet) => sheet.status === 'submitted').length,
    isEncrypted: true,
  };
}
