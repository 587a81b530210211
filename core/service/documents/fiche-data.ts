// Gathers one juror's scoring sheet (fiche de notation) from the database, blank or filled, and renders it.
// Filled sheets follow the seal: before the chair reveals the scores, a filled sheet is printed only on
// the juror's own laptop (the base opened from their jury pack) and once they submitted; on the chair's
// base, only the blank sheet. After the reveal, the submitted answers. A draft is never printed.
import { getGrid } from '../../../db/queries/grid-queries.ts';
import { sessionSheets } from '../../../db/queries/scoring-sheets.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { openedJuryPack } from '../../../db/schema/packs.ts';
import { AppError } from '../../domain/app-error.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { formatScore, sheetScoreOn20 } from '../../domain/jury/results.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { ficheNotationDocument, type FicheAnswer, type FicheData } from '../../documents/fiche-notation.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { currentAuditHead } from '../audit/audit-head.ts';
import { jurorRoleTitle } from '../jurors/jurors-api.ts';
import { jurorProgress, sheetsByApplication } from '../scoring/scoring-progress.ts';
import { organisationIdentity } from './document-context.ts';
import type { GeneratedDocument } from './documents-api.ts';

export type FicheSource = { data: FicheData; heldOn: string; jurorId: number };

/**
 * A juror's own laptop: the base was made from that juror's jury pack for this session, and holds
 * nothing of another juror (jury-pack-open.ts refuses any base that is not empty). There, the juror may
 * print their own submitted sheet before the reveal: it tells them nothing they did not type.
 */
function isJurorsOwnLaptop(db: Db, sessionId: number, jurorId: number): boolean {
  const pack = db.select({ sessionId: openedJuryPack.sessionId, jurorId: openedJuryPack.jurorId }).from(openedJuryPack).get();
  return pack?.sessionId === sessionId && pack.jurorId === jurorId;
}

export function ficheSource(db: Db, sessionId: number, jurorId: number, blank: boolean): FicheSource {
  const session = getSession(db, sessionId);
  const member = session.members.find((candidate) => candidate.id === jurorId);
  if (!member) throw new AppError('not_found', `Le membre n° ${jurorId} n’est pas convoqué à la séance « ${session.title} » : il n’a pas de fiche de notation.`, [{ path: 'jurorId', message: 'Pas membre du jury de cette séance.' }]);
  if (session.agenda.length === 0) throw new AppError('precondition', 'La fiche de notation ne peut pas être établie : l’ordre du jour de la séance est vide.');
  const grid = getGrid(db, session.gridId).definition;
  const sheets = sheetsByApplication(blank ? [] : sessionSheets(db, sessionId, { jurorId }));
  const progress = jurorProgress(grid, session.agenda, jurorId, sheets);
  const revealed = session.revealedAt !== null;
  if (!blank && !revealed && !isJurorsOwnLaptop(db, sessionId, jurorId)) {
    throw new AppError(
      'precondition',
      `La fiche remplie de ${member.name} ne peut pas être imprimée : les notes sont scellées jusqu’à leur révélation par le président, en délibération. Imprimez la fiche vierge, ou la fiche remplie une fois les notes révélées.`,
      [{ path: 'blank', message: 'Notes scellées.' }],
    );
  }
  if (!blank && !progress.isSubmitted && !revealed) {
    throw new AppError(
      'precondition',
      `La fiche remplie de ${member.name} ne peut pas être imprimée : ses notes ne sont pas encore soumises (${progress.completeCount} fiche${progress.completeCount > 1 ? 's' : ''} complète${progress.completeCount > 1 ? 's' : ''} sur ${progress.toScoreCount}). Seules les fiches soumises sont imprimées remplies ; imprimez la fiche vierge, ou attendez la soumission.`,
      [{ path: 'blank', message: 'Notes non soumises.' }],
    );
  }
  const data: FicheData = {
    session: { id: session.id, title: session.title, heldOn: session.heldOn, place: session.place, callTitle: session.callTitle },
    juror: { name: member.name, role: jurorRoleTitle(member.role, member.civility), organisation: member.organisation },
    grid,
    filled: !blank,
    items: session.agenda.map((item) => {
      const conflicted = item.conflictedJurorIds.includes(jurorId);
      const sheet = conflicted ? undefined : sheets.get(item.applicationId);
      const submitted = sheet?.status === 'submitted' ? sheet : undefined;
      const answers: Record<string, FicheAnswer> = {};
      if (submitted) for (const [key, answer] of Object.entries(submitted.answers)) if (answer) answers[key] = { score: answer.score, comment: answer.comment ?? '' };
      const score = submitted ? sheetScoreOn20(grid, submitted.answers) : null;
      return {
        position: item.position,
        providerName: item.providerName,
        title: item.title,
        leverNumber: item.leverNumber,
        requestedCents: item.requestedCents,
        conflicted,
        sheet: submitted ? { answers, scoreOn20: score === null ? null : formatScore(score) } : null,
        notSubmitted: !blank && !conflicted && !submitted,
      };
    }),
  };
  return { data, heldOn: session.heldOn, jurorId };
}

export async function generateFiche(db: Db, sessionId: number, jurorId: number, blank: boolean): Promise<GeneratedDocument> {
  const source = ficheSource(db, sessionId, jurorId, blank);
  const { signatories: _signatories, ...organisation } = organisationIdentity(db);
  const sha256 = dataSha256({ organisation, data: source.data } as unknown as JsonValue);
  const reference = `CAI-${source.heldOn}-S${sessionId}-FICHE-M${jurorId}-${blank ? 'VIERGE' : 'REMPLIE'}`;
  // Dated of the session the sheet serves (the definition prints it): never the clock, nor the instant of a submission.
  const auditHead = currentAuditHead(db);
  const definition = ficheNotationDocument({ organisation, reference, dataSha256: sha256, auditHead }, source.data);
  const { juror, session } = source.data;
  const bytes = await renderPdf(definition, {
    title: `Fiche de notation ${blank ? 'vierge' : 'remplie'} — ${juror.name} — ${session.title}`,
    subject: `Fiche de notation de ${juror.name} pour la séance de la CAI du ${source.heldOn} (${session.callTitle})`,
    author: organisation.name || 'Pacte CAI',
    keywords: `CAI, fiche de notation, ${reference}, empreinte ${sha256}`,
    auditHead,
    creationDate: new Date(`${source.heldOn}T00:00:00.000Z`),
  });
  return { fileName: `fiche-notation-seance-${sessionId}-membre-${jurorId}-${blank ? 'vierge' : 'remplie'}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference };
}
