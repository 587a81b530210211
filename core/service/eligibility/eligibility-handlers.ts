// Recevabilité: computes each application's checklist and records the ticks a person gives.
import { asc, eq } from 'drizzle-orm';
import { eligibilityFacts, recordTick, tickRows } from '../../../db/queries/eligibility-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { applications } from '../../../db/schema/applications.ts';
import { providers } from '../../../db/schema/providers.ts';
import { AppError } from '../../domain/app-error.ts';
import { eligibilityChecklist, recevableRefusal, tickProblem, type EligibilityItem } from '../../domain/eligibility.ts';
import type { Handlers } from '../handlers.ts';
import type { ApplicationEligibility, CallEligibilityRow, eligibilityMethods } from './eligibility-api.ts';

function counts(items: EligibilityItem[]) {
  const applicable = items.filter((item) => item.state !== 'not_applicable');
  return { okCount: applicable.filter((item) => item.state === 'ok').length, applicableCount: applicable.length };
}

/** The checklist of one application as it stands now; also what applications.setStatus consults. */
export function applicationChecklist(db: Db, applicationId: number): EligibilityItem[] {
  const facts = eligibilityFacts(db, [applicationId]).get(applicationId);
  if (!facts) throw new AppError('not_found', `Aucun dossier n° ${applicationId}.`);
  return eligibilityChecklist(facts);
}

export function applicationEligibility(db: Db, applicationId: number): ApplicationEligibility {
  // The checklist reads the file itself; of the application row only the status is needed here.
  const items = applicationChecklist(db, applicationId);
  const row = db.select({ status: applications.status }).from(applications).where(eq(applications.id, applicationId)).get();
  if (!row) throw new AppError('not_found', `Aucun dossier n° ${applicationId}.`);
  const { status } = row;
  const labels = new Map(items.map((item) => [item.key as string, item.label]));
  const ticks = tickRows(db, [applicationId], 'desc').map(({ applicationId: _id, ...tick }) => ({
    ...tick,
    // A point the call has since dropped keeps its history under a plain name.
    itemLabel: labels.get(tick.itemKey) ?? 'Point retiré de la liste de l’appel',
  }));
  return { applicationId, status, items, ...counts(items), recevableRefusal: recevableRefusal(items), ticks };
}

export const eligibilityHandlers: Handlers<keyof typeof eligibilityMethods> = {
  'eligibility.get': ({ applicationId }, { db }) => applicationEligibility(db, applicationId),
  'eligibility.tick': ({ applicationId, itemKey, isChecked, note }, { db, now, actor }) =>
    db.transaction(() => {
      const current = applicationEligibility(db, applicationId);
      const problem = tickProblem(current.items, itemKey);
      if (problem) throw new AppError('validation', problem, [{ path: 'itemKey', message: problem }]);
      const item = current.items.find((candidate) => candidate.key === itemKey);
      if (item && (item.state === 'ok') === isChecked) {
        throw new AppError('conflict', `« ${item.label} » est déjà ${isChecked ? 'coché' : 'décoché'}.`);
      }
      // A recevable file rests on its ticks: take the decision back first, with its reason, then untick.
      if (!isChecked && current.status === 'recevable') {
        throw new AppError('conflict', 'Ce dossier est déclaré recevable : repassez-le à « déposé » (avec un motif) avant de décocher un point.');
      }
      recordTick(db, { applicationId, itemKey, isChecked, note, actor, at: now().toISOString() });
      return applicationEligibility(db, applicationId);
    }),
  'eligibility.forCall': ({ callId }, { db }) => {
    const rows = db
      .select({ applicationId: applications.id, title: applications.title, providerName: providers.name, status: applications.status })
      .from(applications)
      .innerJoin(providers, eq(providers.id, applications.providerId))
      .where(eq(applications.callId, callId))
      .orderBy(asc(providers.name), asc(applications.title))
      .all();
    const facts = eligibilityFacts(db, rows.map((row) => row.applicationId));
    return rows.map((row): CallEligibilityRow => {
      const rowFacts = facts.get(row.applicationId);
      const items = rowFacts ? eligibilityChecklist(rowFacts) : [];
      return {
        ...row,
        ...counts(items),
        blockers: items.filter((item) => item.state === 'missing' || item.state === 'to_check').map((item) => item.label),
      };
    });
  },
};
