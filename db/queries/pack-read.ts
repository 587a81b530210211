// Chair side: the referential rows a jury pack carries along with the agenda (the pact's objectives the
// applications aim at, their territories and providers), named by codes the laptop can map to its own rows.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open-database.ts';
import { calls } from '../schema/calls.ts';
import { pactLevers, pactObjectives, pactOperationalObjectives, pacts } from '../schema/pact.ts';
import { providers } from '../schema/providers.ts';
import { territories } from '../schema/territories.ts';

export type PactExtractRows = {
  code: string;
  title: string;
  territory: string;
  periodStart: number;
  periodEnd: number;
  levers: { number: number; code: string; title: string; objectives: { code: string; title: string; position: number; operationalObjectives: { code: string; title: string; position: number }[] }[] }[];
};

/** The call's pact with only the branches that lead to these operational objectives. */
export function pactExtract(db: Db, callId: number, operationalObjectiveIds: readonly number[]): PactExtractRows {
  const pact = db
    .select({ id: pacts.id, code: pacts.code, title: pacts.title, territory: pacts.territory, periodStart: pacts.periodStart, periodEnd: pacts.periodEnd })
    .from(calls)
    .innerJoin(pacts, eq(pacts.id, calls.pactId))
    .where(eq(calls.id, callId))
    .get();
  if (!pact) throw new Error(`Call ${callId} has no pact.`);
  const rows =
    operationalObjectiveIds.length === 0
      ? []
      : db
          .select({
            leverNumber: pactLevers.number,
            leverCode: pactLevers.code,
            leverTitle: pactLevers.title,
            objectiveCode: pactObjectives.code,
            objectiveTitle: pactObjectives.title,
            objectivePosition: pactObjectives.position,
            code: pactOperationalObjectives.code,
            title: pactOperationalObjectives.title,
            position: pactOperationalObjectives.position,
          })
          .from(pactOperationalObjectives)
          .innerJoin(pactObjectives, eq(pactObjectives.id, pactOperationalObjectives.objectiveId))
          .innerJoin(pactLevers, eq(pactLevers.id, pactObjectives.leverId))
          .where(and(eq(pactOperationalObjectives.pactId, pact.id), inArray(pactOperationalObjectives.id, [...operationalObjectiveIds])))
          .orderBy(asc(pactLevers.number), asc(pactObjectives.position), asc(pactOperationalObjectives.position))
          .all();
  const levers: PactExtractRows['levers'] = [];
  for (const row of rows) {
    let lever = levers.find((candidate) => candidate.number === row.leverNumber);
    if (!lever) levers.push((lever = { number: row.leverNumber, code: row.leverCode, title: row.leverTitle, objectives: [] }));
    let objective = lever.objectives.find((candidate) => candidate.code === row.objectiveCode);
    if (!objective) lever.objectives.push((objective = { code: row.objectiveCode, title: row.objectiveTitle, position: row.objectivePosition, operationalObjectives: [] }));
    objective.operationalObjectives.push({ code: row.code, title: row.title, position: row.position });
  }
  const { id: _id, ...identity } = pact;
  return { ...identity, levers };
}

const parent = alias(territories, 'parent');

/** Territories by id, each with its parent's code (a QPV within its neighbourhood); parents come along. */
export function territoryExtract(db: Db, ids: readonly number[]): { id: number; code: string; name: string; isPriority: boolean; parentCode: string | null }[] {
  if (ids.length === 0) return [];
  const read = (wanted: readonly number[]) =>
    db
      .select({ id: territories.id, code: territories.code, name: territories.name, isPriority: territories.isPriority, parentCode: parent.code, parentId: territories.parentId, position: territories.position })
      .from(territories)
      .leftJoin(parent, eq(parent.id, territories.parentId))
      .where(inArray(territories.id, [...wanted]))
      .all();
  const rows = read(ids);
  const missingParents = [...new Set(rows.flatMap((row) => (row.parentId !== null && !ids.includes(row.parentId) ? [row.parentId] : [])))];
  return [...read(missingParents), ...rows]
    .sort((a, b) => a.position - b.position)
    .map(({ id, code, name, isPriority, parentCode }) => ({ id, code, name, isPriority, parentCode }));
}

export function providerExtract(db: Db, ids: readonly number[]): { id: number; name: string; legalForm: (typeof providers.$inferSelect)['legalForm']; city: string }[] {
  if (ids.length === 0) return [];
  return db
    .select({ id: providers.id, name: providers.name, legalForm: providers.legalForm, city: providers.city })
    .from(providers)
    .where(inArray(providers.id, [...ids]))
    .orderBy(asc(providers.id))
    .all();
}
