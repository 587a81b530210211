// The conventions and avenants of a session, for the annex of the report to the board.
import { listConventions } from '../../../db/queries/convention-read.ts';
import { avenantsOf } from '../../../db/queries/convention-detail.ts';
import type { Db } from '../../../db/open-database.ts';
import { CONVENTION_STATUS_LABELS } from '../../domain/conventions/convention-status.ts';
import type { ConventionsAnnexData } from '../../documents/rapport-conventions-annex.ts';
import { CONVENTION_INSTRUMENT_LABELS } from '../conventions/conventions-api.ts';

/** Null while no convention was drafted from the session: the report then stays as the commission left it. */
export function sessionConventionsAnnex(db: Db, sessionId: number, levers: readonly { number: number; title: string }[]): ConventionsAnnexData | null {
  // The money figures of the list are not printed: the day they are computed on does not matter here.
  const rows = listConventions(db, { sessionId }, '0000-01-01').rows.filter((row) => row.status !== 'abandonnee');
  if (rows.length === 0) return null;
  return {
    conventions: rows.map((row) => ({
      number: row.number,
      providerName: row.providerName,
      title: row.applicationTitle,
      leverNumber: row.leverNumber,
      instrumentLabel: CONVENTION_INSTRUMENT_LABELS[row.instrument],
      statusLabel: CONVENTION_STATUS_LABELS[row.status],
      totalCents: row.totalCents,
    })),
    avenants: rows.flatMap((row) =>
      avenantsOf(db, row.id).map((avenant) => ({
        conventionNumber: row.number,
        rank: avenant.rank,
        providerName: row.providerName,
        previousTotalCents: avenant.previousTotalCents,
        newTotalCents: avenant.newTotalCents,
        reason: avenant.reason,
      })),
    ),
    leverTitles: levers.map((lever) => ({ number: lever.number, title: lever.title })),
  };
}
