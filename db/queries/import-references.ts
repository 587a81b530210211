// What an import reads before deciding anything: the call and its pact's objective codes, the
// territories, the providers, and which application already holds a given identity.
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import { toSearchText } from '../../core/domain/text.ts';
import type { ApplicationStatus } from '../../core/service/applications/applications-api.ts';
import type { Db } from '../open-database.ts';
import { applications } from '../schema/applications.ts';
import { calls } from '../schema/calls.ts';
import { pactOperationalObjectives } from '../schema/pact.ts';
import { providers } from '../schema/providers.ts';
import { territories } from '../schema/territories.ts';

export type KnownProvider = { id: number; name: string; siret: string | null; searchName: string };

export type ImportReferences = {
  /** Null for a providers-only import, which needs no call. */
  callId: number | null;
  callTitle: string;
  /** Operational objectives of the call's pact, by code ("6.4.1"). */
  objectiveIdByCode: ReadonlyMap<string, number>;
  /** Territories in use, by the search form of their name and of their code. */
  territoryIdByName: ReadonlyMap<string, number>;
  providers: readonly KnownProvider[];
};

export function loadImportReferences(db: Db, callId: number | null): ImportReferences {
  const call = callId === null ? null : db.select({ title: calls.title, pactId: calls.pactId }).from(calls).where(eq(calls.id, callId)).get();
  if (callId !== null && !call) throw new AppError('not_found', `Aucun appel à projets n° ${callId} : choisissez l’appel auquel rattacher les dossiers.`);
  const objectives = call
    ? db
        .select({ id: pactOperationalObjectives.id, code: pactOperationalObjectives.code })
        .from(pactOperationalObjectives)
        .where(eq(pactOperationalObjectives.pactId, call.pactId))
        .all()
    : [];
  const territoryIdByName = new Map<string, number>();
  // Archived territories are kept for history, not offered for new files: an import may not pick them.
  for (const territory of db.select({ id: territories.id, code: territories.code, name: territories.name }).from(territories).where(eq(territories.archived, false)).all()) {
    territoryIdByName.set(toSearchText(territory.name), territory.id);
    territoryIdByName.set(toSearchText(territory.code), territory.id);
  }
  return {
    callId,
    callTitle: call?.title ?? '',
    objectiveIdByCode: new Map(objectives.map((objective) => [objective.code, objective.id])),
    territoryIdByName,
    providers: db.select({ id: providers.id, name: providers.name, siret: providers.siret, searchName: providers.searchName }).from(providers).all(),
  };
}

/** The application that already has this identity (call, provider, title in search form), if any. */
export function findApplicationByIdentity(db: Db, callId: number, providerId: number, titleKey: string): { id: number; status: ApplicationStatus } | undefined {
  return db
    .select({ id: applications.id, status: applications.status })
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.providerId, providerId), eq(applications.titleKey, titleKey)))
    .get();
}
