// Laptop side: the juror's sheets as they stand, signed with the jury pack's binding (and encrypted with its
// passphrase when it had one), for the chair to import. Reads only: exporting twice changes nothing here.
import { readOpenedJuryPack } from '../../../db/queries/pack-records.ts';
import { sessionSheets } from '../../../db/queries/scoring-sheets.ts';
import { getJuror } from '../../../db/queries/juror-queries.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { verifyPin } from '../sessions/session-pins.ts';
import { fileSlug } from './jury-pack-export.ts';
import type { ScorePackBody } from './pack-bodies.ts';
import { scorePackMac } from './pack-binding.ts';
import { PACK_FORMATS, passphraseProblem, WRONG_PASSPHRASE, writePackFile } from './pack-file.ts';
import type { ScorePackExport } from './packs-api.ts';

/** "2018-03-12T18:05:09.000Z" → "20180312-1805": score packs of one evening sort by name. */
function stamp(iso: string): string {
  return iso.slice(0, 16).replace(/[-:]/gu, '').replace('T', '-');
}

function passphraseFor(passphraseHash: string | null, given: string | undefined): string | undefined {
  if (passphraseHash === null) {
    if (given === undefined || given === '') return undefined;
    const problem = passphraseProblem(given);
    if (problem) throw new AppError('validation', problem, [{ path: 'passphrase', message: problem }]);
    return given;
  }
  // The jury pack was encrypted: its answer holds the scores, it is encrypted too, with the same passphrase.
  if (given === undefined || given === '') {
    throw new AppError('passphrase_required', 'Le paquet du juré était chiffré : indiquez sa phrase de passe, le paquet de notes est chiffré avec elle.', [
      { path: 'passphrase', message: 'Phrase de passe requise.' },
    ]);
  }
  if (!verifyPin(passphraseHash, given.normalize('NFC'))) throw new AppError('wrong_passphrase', 'Phrase de passe incorrecte : ce n’est pas celle du paquet du juré.', [{ path: 'passphrase', message: WRONG_PASSPHRASE }]);
  return given;
}

export function exportScorePack(context: ServiceContext, input: { passphrase?: string | undefined }): ScorePackExport {
  const { db } = context;
  const pack = readOpenedJuryPack(db);
  if (!pack) {
    throw new AppError('precondition', 'Cette base n’est pas une base de jury : le paquet de notes s’exporte depuis l’ordinateur où le paquet du juré a été ouvert.');
  }
  const passphrase = passphraseFor(pack.passphraseHash, input.passphrase);
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
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  const file = writePackFile(PACK_FORMATS.score, payload, { passphrase, mac: scorePackMac(pack.binding, payload) });
  const juror = getJuror(db, pack.jurorId);
  return {
    fileName: `notes-${fileSlug(juror.name)}-seance-${pack.sessionId}-${stamp(savedAt)}.pacte-notes`,
    contentBase64: file.toString('base64'),
    sessionId: pack.sessionId,
    jurorId: pack.jurorId,
    savedAt,
    sheetCount: sheets.length,
    submittedCount: sheets.filter((sheet) => sheet.status === 'submitted').length,
    isEncrypted: passphrase !== undefined,
  };
}
