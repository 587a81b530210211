// The organisation row and its signatories, read and replaced together.
import { asc } from 'drizzle-orm';
import type { Organisation, OrganisationSettings } from '../../core/service/settings/settings-api.ts';
import type { Db } from '../open-database.ts';
import { organisation, signatories } from '../schema/settings.ts';

/** Null until the settings are saved once. */
export function readOrganisation(db: Db): OrganisationSettings | null {
  const row = db.select().from(organisation).get();
  if (!row) return null;
  const { id: _id, conventionAdvanceBp, ...fields } = row;
  return {
    ...fields,
    conventionAdvancePercent: conventionAdvanceBp / 100,
    signatories: db.select({ civility: signatories.civility, name: signatories.name, role: signatories.role }).from(signatories).orderBy(asc(signatories.position)).all(),
  };
}

export function saveOrganisation(db: Db, input: Organisation, updatedAt: string): OrganisationSettings | null {
  db.transaction((tx) => {
    const { signatories: people, conventionAdvancePercent, ...rest } = input;
    const fields = { ...rest, conventionAdvanceBp: Math.round(conventionAdvancePercent * 100) };
    tx.insert(organisation)
      .values({ id: 1, ...fields, updatedAt })
      .onConflictDoUpdate({ target: organisation.id, set: { ...fields, updatedAt } })
      .run();
    tx.delete(signatories).run();
    people.forEach((person, index) => tx.insert(signatories).values({ position: index + 1, ...person }).run());
  });
  return readOrganisation(db);
}
