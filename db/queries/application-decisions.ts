// Reads what became of applications: the commission's avis session by session, the convention and
// what was paid on it, and a provider's funding year by year — every sum computed in SQL over all rows.
import type { ApplicationConvention, ProviderFunding, ProviderFundingYear } from '../../core/domain/application-decisions.ts';
import type { SessionStatus } from '../../core/domain/jury/session-status.ts';
import type { AvisKind } from '../../core/domain/jury/avis.ts';
import type { Db } from '../open-database.ts';

export type DecisionRow = {
  sessionId: number;
  sessionTitle: string;
  heldOn: string;
  sessionStatus: SessionStatus;
  revealedAt: string | null;
  kind: AvisKind;
  proposedCents: number;
  conditions: string;
  reasons: string;
  motivation: string;
  decidedBy: string;
  decidedAt: string;
};

/**
 * The latest avis of each application (by the session's date, then its number): what the lists show,
 * filter and sort by. A window over the avis table, read once per query whatever the number of rows.
 */
export const LATEST_AVIS_SQL = `
  select application_id, kind, proposed_cents from (
    select a.application_id, a.kind, a.proposed_cents,
      row_number() over (partition by a.application_id order by s.held_on desc, s.id desc) as rn
    from avis a join cai_sessions s on s.id = a.session_id)
  where rn = 1`;

/** Every avis given on the application, oldest session first. */
export function applicationDecisionRows(db: Db, applicationId: number): DecisionRow[] {
  return db.$client
    .prepare(
      `select a.session_id as sessionId, s.title as sessionTitle, s.held_on as heldOn, s.status as sessionStatus, s.revealed_at as revealedAt,
         a.kind, a.proposed_cents as proposedCents, a.conditions, a.reasons, a.motivation, a.decided_by as decidedBy, a.decided_at as decidedAt
       from avis a join cai_sessions s on s.id = a.session_id
       where a.application_id = ? order by s.held_on, s.id`,
    )
    .all(applicationId) as DecisionRow[];
}

/** The application's convention (or arrêté), one at most, with the payments marked paid. */
export function applicationConvention(db: Db, applicationId: number): ApplicationConvention | null {
  const row = db.$client
    .prepare(
      `select c.id, c.number, c.session_id as sessionId, c.instrument, c.status, c.total_cents as totalCents,
         coalesce((select sum(p.amount_cents) from payments p where p.convention_id = c.id and p.status = 'paye'), 0) as paidCents
       from conventions c where c.application_id = ?`,
    )
    .get(applicationId) as ApplicationConvention | undefined;
  return row ?? null;
}

type FundingRow = Omit<ProviderFundingYear, 'avisCounts'> & { favorable: number; favorableSousReserve: number; ajourne: number; defavorable: number };

const FUNDING_COLUMNS = `
  count(*) as applicationCount,
  coalesce(sum(x.requested_cents), 0) as requestedCents,
  coalesce(sum(l.kind = 'favorable'), 0) as favorable,
  coalesce(sum(l.kind = 'favorable_sous_reserve'), 0) as favorableSousReserve,
  coalesce(sum(l.kind = 'ajourne'), 0) as ajourne,
  coalesce(sum(l.kind = 'defavorable'), 0) as defavorable,
  coalesce(sum(case when l.kind in ('favorable', 'favorable_sous_reserve') then l.proposed_cents end), 0) as proposedCents,
  coalesce(sum(c.status is not null and c.status <> 'abandonnee'), 0) as conventionCount,
  coalesce(sum(case when c.status <> 'abandonnee' then c.total_cents end), 0) as conventionCents,
  coalesce(sum(c.paid_cents), 0) as paidCents`;

const FUNDING_FROM = `
  from applications x
  join calls k on k.id = x.call_id
  left join (${LATEST_AVIS_SQL}) l on l.application_id = x.id
  left join (select cv.application_id, cv.status, cv.total_cents,
               coalesce((select sum(p.amount_cents) from payments p where p.convention_id = cv.id and p.status = 'paye'), 0) as paid_cents
             from conventions cv where cv.provider_id = :providerId) c on c.application_id = x.id
  where x.provider_id = :providerId`;

function toYear({ favorable, favorableSousReserve, ajourne, defavorable, ...row }: FundingRow): ProviderFundingYear {
  return { ...row, avisCounts: { favorable, favorable_sous_reserve: favorableSousReserve, ajourne, defavorable } };
}

/** A provider's applications year by year (the call's year, newest first), and the sums over all years. */
export function providerFunding(db: Db, providerId: number): ProviderFunding {
  const years = (db.$client.prepare(`select k.year as year, ${FUNDING_COLUMNS} ${FUNDING_FROM} group by k.year order by k.year desc`).all({ providerId }) as FundingRow[]).map(toYear);
  const total = db.$client.prepare(`select 0 as year, ${FUNDING_COLUMNS} ${FUNDING_FROM}`).get({ providerId }) as FundingRow;
  const { year: _year, ...totals } = toYear(total);
  return { years, totals };
}

/** The latest change of the applications on a session's agenda and of their providers (what its documents print of them). */
export function agendaLastChange(db: Db, sessionId: number): string | null {
  const row = db.$client
    .prepare(
      `select max(max(a.updated_at), max(p.updated_at)) as at
       from session_agenda g join applications a on a.id = g.application_id join providers p on p.id = a.provider_id
       where g.session_id = ?`,
    )
    .get(sessionId) as { at: string | null } | undefined;
  return row?.at ?? null;
}
