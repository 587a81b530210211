// Writes one application with everything that hangs on it, its search row and its totals, in one transaction.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import type { Status } from '../../core/domain/application-status.ts';
import { budgetTotals } from '../../core/domain/budget.ts';
import { toSearchText } from '../../core/domain/text.ts';
import type { ApplicationFields } from '../../core/service/applications/applications-api.ts';
import type { Db } from '../open-database.ts';
import {
  applicationBudgetLines,
  applicationIndicators,
  applicationObjectives,
  applicationPublics,
  applicationStatusChanges,
  applications,
  applicationTerritories,
} from '../schema/applications.ts';
import { calls } from '../schema/calls.ts';
import { pactOperationalObjectives } from '../schema/pact.ts';
import { providers } from '../schema/providers.ts';
import { territories } from '../schema/territories.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** References that zod cannot check: they must exist, and objectives must belong to the call's pact. */
function checkReferences(tx: Tx, fields: ApplicationFields): { providerName: string } {
  const call = tx.select({ pactId: calls.pactId }).from(calls).where(eq(calls.id, fields.callId)).get();
  if (!call) throw new AppError('validation', `Aucun appel à projets n° ${fields.callId}.`, [{ path: 'callId', message: 'Appel à projets inconnu.' }]);
  const provider = tx.select({ name: providers.name }).from(providers).where(eq(providers.id, fields.providerId)).get();
  if (!provider) throw new AppError('validation', `Aucun prestataire n° ${fields.providerId}.`, [{ path: 'providerId', message: 'Prestataire inconnu.' }]);

  const objectiveIds = [...(fields.primaryObjectiveId === null ? [] : [fields.primaryObjectiveId]), ...fields.secondaryObjectiveIds];
  if (objectiveIds.length > 0) {
    const known = new Set(
      tx
        .select({ id: pactOperationalObjectives.id })
        .from(pactOperationalObjectives)
        .where(and(eq(pactOperationalObjectives.pactId, call.pactId), inArray(pactOperationalObjectives.id, objectiveIds)))
        .all()
        .map((row) => row.id),
    );
    const unknown = objectiveIds.filter((objectiveId) => !known.has(objectiveId));
    if (unknown.length > 0) {
      throw new AppError('validation', "Objectif opérationnel absent du pacte de l'appel.", [
        { path: fields.primaryObjectiveId !== null && unknown.includes(fields.primaryObjectiveId) ? 'primaryObjectiveId' : 'secondaryObjectiveIds', message: "Objectif absent du pacte de l'appel." },
      ]);
    }
  }
  if (fields.territoryIds.length > 0) {
    const found = tx.select({ id: territories.id }).from(territories).where(inArray(territories.id, fields.territoryIds)).all().length;
    if (found !== new Set(fields.territoryIds).size) throw new AppError('validation', 'Territoire inconnu.', [{ path: 'territoryIds', message: 'Territoire inconnu.' }]);
  }
  return { providerName: provider.name };
}

export function saveApplication(db: Db, fields: ApplicationFields, now: string, actor: string, options: { id?: number; isDemo?: boolean } = {}): number {
  return db.transaction((tx) => {
    const { providerName } = checkReferences(tx, fields);
    const totals = budgetTotals(fields.budgetLines);
    const titleKey = toSearchText(fields.title);
    const clash = tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, fields.callId), eq(applications.providerId, fields.providerId), eq(applications.titleKey, titleKey)))
      .get();
    if (clash && clash.id !== options.id) {
      throw new AppError('conflict', `Ce prestataire a déjà un dossier de ce titre dans cet appel (dossier n° ${clash.id}).`, [{ path: 'title', message: 'Titre déjà utilisé par ce prestataire dans cet appel.' }]);
    }
    const row = {
      callId: fields.callId,
      providerId: fields.providerId,
      title: fields.title,
      titleKey,
      summary: fields.summary,
      description: fields.description,
      publicOther: fields.publicOther,
      expectedParticipants: fields.expectedParticipants,
      expectedRsaParticipants: fields.expectedRsaParticipants,
      startsOn: fields.startsOn,
      endsOn: fields.endsOn,
      isRenewal: fields.isRenewal,
      duration: fields.duration,
      mobility: fields.mobility,
      chargesCents: totals.chargesCents,
      incomeCents: totals.incomeCents,
      requestedCents: totals.requestedFromCcasCents,
      updatedAt: now,
    };

    let applicationId: number;
    if (options.id === undefined) {
      applicationId = tx.insert(applications).values({ ...row, isDemo: options.isDemo ?? false, createdAt: now }).returning({ id: applications.id }).get().id;
      tx.insert(applicationStatusChanges).values({ applicationId, fromStatus: null, toStatus: 'brouillon', reason: 'Dossier créé', actor, at: now }).run();
    } else {
      const updated = tx.update(applications).set(row).where(eq(applications.id, options.id)).returning({ id: applications.id }).get();
      if (!updated) throw new AppError('not_found', `Aucun dossier n° ${options.id}.`);
      applicationId = options.id;
      for (const table of [applicationObjectives, applicationPublics, applicationTerritories, applicationBudgetLines, applicationIndicators]) {
        tx.delete(table).where(eq(table.applicationId, applicationId)).run();
      }
    }

    if (fields.primaryObjectiveId !== null) tx.insert(applicationObjectives).values({ applicationId, operationalObjectiveId: fields.primaryObjectiveId, isPrimary: true }).run();
    for (const objectiveId of new Set(fields.secondaryObjectiveIds)) tx.insert(applicationObjectives).values({ applicationId, operationalObjectiveId: objectiveId, isPrimary: false }).run();
    for (const publicKey of new Set(fields.publics)) tx.insert(applicationPublics).values({ applicationId, publicKey }).run();
    for (const territoryId of new Set(fields.territoryIds)) tx.insert(applicationTerritories).values({ applicationId, territoryId }).run();
    fields.budgetLines.forEach((line, index) => {
      tx.insert(applicationBudgetLines).values({ applicationId, position: index + 1, account: line.account, label: line.label ?? '', amountCents: line.amountCents }).run();
    });
    fields.indicators.forEach((indicator, index) => tx.insert(applicationIndicators).values({ applicationId, position: index + 1, ...indicator }).run());

    tx.run(sql`delete from application_search where rowid = ${applicationId}`);
    tx.run(
      sql`insert into application_search (rowid, title, summary, description, provider_name) values (${applicationId}, ${titleKey}, ${toSearchText(fields.summary)}, ${toSearchText(fields.description)}, ${toSearchText(providerName)})`,
    );
    return applicationId;
  });
}

/** The status and its history row move together. */
export function changeApplicationStatus(db: Db, change: { id: number; from: Status; to: Status; reason: string; actor: string; at: string }): void {
  db.transaction((tx) => {
    tx.update(applications).set({ status: change.to, statusReason: change.reason, updatedAt: change.at }).where(eq(applications.id, change.id)).run();
    tx.insert(applicationStatusChanges).values({ applicationId: change.id, fromStatus: change.from, toStatus: change.to, reason: change.reason, actor: change.actor, at: change.at }).run();
  });
}
