// What to do next, as the dashboard lists it: each group counts every waiting item (in SQL, over all
// rows), shows the first few, and each item and group opens the page where it is done.
import { listBilans } from '../../../db/queries/bilan-read.ts';
import { overdueItems } from '../../../db/queries/convention-read.ts';
import { conventionsToSign, openSessions } from '../../../db/queries/dashboard-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { SCHEDULE_KIND_LABELS } from '../../domain/conventions/schedule.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { SESSION_STATUS_LABELS, type SessionStatus } from '../../domain/jury/session-status.ts';
import { formatEuros } from '../../domain/money.ts';
import type { DashboardTodoGroup } from './dashboard-api.ts';

/** Items shown per group; the group's link opens the whole list. */
export const TODO_ITEMS_SHOWN = 5;

/** The addresses the to-do list opens (the renderer's routes). */
export const TODO_HREFS = {
  sessions: '/seances',
  signatures: '/conventions?statut=validee_ca',
  payments: '/conventions?retard=1',
  bilans: '/indicateurs/bilans?retard=1',
} as const;

export function dashboardTodo(db: Db, today: string): DashboardTodoGroup[] {
  const sessions = openSessions(db, TODO_ITEMS_SHOWN);
  const signatures = conventionsToSign(db, TODO_ITEMS_SHOWN);
  // Lines past their legal deadline; balances waiting for their bilan are in the bilans' group.
  const payments = overdueItems(db, today).filter((item) => item.reason === 'versement');
  const bilans = listBilans(db, { lateOnly: true, limit: TODO_ITEMS_SHOWN, offset: 0 }, today);
  return [
    {
      kind: 'sessions',
      title: 'Séances CAI à préparer ou à terminer',
      count: sessions.total,
      href: TODO_HREFS.sessions,
      items: sessions.rows.map((session) => ({
        label: session.title,
        detail: `Le ${formatFrenchDate(session.heldOn)}, ${SESSION_STATUS_LABELS[session.status as SessionStatus] ?? session.status}`,
        href: `/seances/${session.id}`,
      })),
    },
    {
      kind: 'signatures',
      title: 'Conventions validées par le CA, à signer',
      count: signatures.total,
      href: TODO_HREFS.signatures,
      items: signatures.rows.map((convention) => ({
        label: `${convention.number} · ${convention.providerName}`,
        detail: convention.deliberationOn ? `${convention.title} — validée le ${formatFrenchDate(convention.deliberationOn)}` : convention.title,
        href: `/conventions/${convention.id}`,
      })),
    },
    {
      kind: 'payments',
      title: 'Versements en retard (toutes années)',
      count: payments.length,
      href: TODO_HREFS.payments,
      items: payments.slice(0, TODO_ITEMS_SHOWN).map((item) => ({
        label: `${item.number} · ${item.providerName}`,
        detail: `${SCHEDULE_KIND_LABELS[item.kind]} ${item.year} : ${formatEuros(item.remainingCents)}, dû le ${formatFrenchDate(item.dueOn)}`,
        href: `/conventions/${item.conventionId}`,
      })),
    },
    {
      kind: 'bilans',
      title: 'Bilans en retard (toutes années)',
      count: bilans.total,
      href: TODO_HREFS.bilans,
      items: bilans.rows.map((bilan) => ({
        label: `${bilan.conventionNumber} · ${bilan.providerName}`,
        detail: `Bilan ${bilan.year}, attendu le ${formatFrenchDate(bilan.dueOn)}`,
        // An expected bilan nobody touched has no page of its own yet: its convention's page shows its years.
        href: bilan.id === null ? `/conventions/${bilan.conventionId}` : `/indicateurs/bilans/${bilan.id}`,
      })),
    },
  ];
}
