// Reads the pact referential: summaries, the whole tree of one pact, and its search.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../core/domain/app-error.ts';
import { searchTerms } from '../../core/domain/text.ts';
import type {
  PactDetail,
  PactLever,
  PactPathStep,
  PactSearchHit,
  PactSearchResult,
  PactSummary,
} from '../../core/service/pact/pact-api.ts';
import type { Db } from '../open-database.ts';
import {
  pactActions,
  pactCurationNotes,
  pactGovernanceBodies,
  pactKeyFigures,
  pactLevers,
  pactObjectives,
  pactOperationalObjectives,
  pacts,
} from '../schema/pact.ts';

// Qualified by hand: inside the subquery an unqualified "id" would be the counted table's own.
const countOf = (table: string) => sql<number>`(select count(*) from ${sql.raw(table)} t where t.pact_id = "pacts"."id")`;

export function listPacts(db: Db): PactSummary[] {
  const rows = db
    .select({
      id: pacts.id,
      code: pacts.code,
      title: pacts.title,
      territory: pacts.territory,
      periodStart: pacts.periodStart,
      periodEnd: pacts.periodEnd,
      importedAt: pacts.importedAt,
      levers: countOf('pact_levers'),
      objectives: countOf('pact_objectives'),
      operationalObjectives: countOf('pact_operational_objectives'),
      actions: countOf('pact_actions'),
    })
    .from(pacts)
    .orderBy(asc(pacts.periodStart), asc(pacts.id))
    .all();
  return rows.map(({ levers, objectives, operationalObjectives, actions, ...summary }) => ({
    ...summary,
    counts: { levers, objectives, operationalObjectives, actions },
  }));
}

/** The pact shown when none is asked for: the one in force, else the latest. */
export function resolvePactId(db: Db, pactId: number | undefined, year: number): number {
  const all = listPacts(db);
  if (pactId !== undefined) {
    if (!all.some((pact) => pact.id === pactId)) throw new AppError('not_found', `Aucun référentiel n° ${pactId}.`);
    return pactId;
  }
  const inForce = all.filter((pact) => pact.periodStart <= year && year <= pact.periodEnd).at(-1);
  const chosen = inForce ?? all.at(-1);
  if (!chosen) throw new AppError('not_found', "Aucun référentiel de pacte n'est chargé. Lancez « pacte init ».");
  return chosen.id;
}

const parseNames = (json: string) => JSON.parse(json) as string[];

export function getPact(db: Db, pactId: number): PactDetail {
  const summary = listPacts(db).find((pact) => pact.id === pactId);
  const header = db.select({ subtitle: pacts.subtitle, source: pacts.source }).from(pacts).where(eq(pacts.id, pactId)).get();
  if (!summary || !header) throw new AppError('not_found', `Aucun référentiel n° ${pactId}.`);

  const levers: PactLever[] = db
    .select()
    .from(pactLevers)
    .where(eq(pactLevers.pactId, pactId))
    .orderBy(asc(pactLevers.number))
    .all()
    .map((lever) => ({ id: lever.id, number: lever.number, code: lever.code, title: lever.title, summary: lever.summary, objectives: [] }));
  const leverById = new Map(levers.map((lever) => [lever.id, lever]));

  const objectives = db.select().from(pactObjectives).where(eq(pactObjectives.pactId, pactId)).orderBy(asc(pactObjectives.position)).all();
  const objectiveById = new Map<number, PactLever['objectives'][number]>();
  for (const row of objectives) {
    const objective = { id: row.id, code: row.code, title: row.title, operationalObjectives: [] };
    objectiveById.set(row.id, objective);
    leverById.get(row.leverId)?.objectives.push(objective);
  }

  const operationals = db
    .select()
    .from(pactOperationalObjectives)
    .where(eq(pactOperationalObjectives.pactId, pactId))
    .orderBy(asc(pactOperationalObjectives.position))
    .all();
  const operationalById = new Map<number, PactLever['objectives'][number]['operationalObjectives'][number]>();
  for (const row of operationals) {
    const operational = { id: row.id, code: row.code, title: row.title, actions: [] };
    operationalById.set(row.id, operational);
    objectiveById.get(row.objectiveId)?.operationalObjectives.push(operational);
  }

  const actions = db.select().from(pactActions).where(eq(pactActions.pactId, pactId)).orderBy(asc(pactActions.position)).all();
  for (const row of actions) {
    operationalById.get(row.operationalObjectiveId)?.actions.push({
      id: row.id,
      code: row.code,
      title: row.title,
      partners: parseNames(row.partnersJson),
      sources: parseNames(row.sourcesJson),
    });
  }

  return {
    ...summary,
    ...header,
    levers,
    keyFigures: db
      .select({ key: pactKeyFigures.key, label: pactKeyFigures.label, value: pactKeyFigures.value, unit: pactKeyFigures.unit, year: pactKeyFigures.year, note: pactKeyFigures.note })
      .from(pactKeyFigures)
      .where(eq(pactKeyFigures.pactId, pactId))
      .orderBy(asc(pactKeyFigures.position))
      .all(),
    governance: db
      .select()
      .from(pactGovernanceBodies)
      .where(eq(pactGovernanceBodies.pactId, pactId))
      .orderBy(asc(pactGovernanceBodies.position))
      .all()
      .map((body) => ({ code: body.code, name: body.name, frequency: body.frequency, role: body.role, members: parseNames(body.membersJson) })),
    curationNotes: db
      .select({ location: pactCurationNotes.location, problem: pactCurationNotes.problem, fix: pactCurationNotes.fix })
      .from(pactCurationNotes)
      .where(eq(pactCurationNotes.pactId, pactId))
      .orderBy(asc(pactCurationNotes.position))
      .all(),
  };
}

/** Search texts are " word word " (see toSearchText): "% term%" finds a word starting with term. LIKE needs its wildcards escaped so that "50%" or "a_b" are searched as typed. */
function startsAWord(column: AnySQLiteColumn | SQL, term: string): SQL {
  const escaped = term.replace(/[\\%_]/g, (character) => `\\${character}`);
  return sql`${column} like ${`% ${escaped}%`} escape '\\'`;
}

function allTermsIn(column: AnySQLiteColumn | SQL, terms: string[]): SQL {
  return and(...terms.map((term) => startsAWord(column, term))) as SQL;
}

/** Tree order: "2.10.1" after "2.9.3". */
function compareCodes(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function searchPact(db: Db, pactId: number, query: string, limit: number): PactSearchResult {
  const terms = searchTerms(query);
  if (terms.length === 0) return { pactId, query, total: 0, hits: [] };

  const leverStep = (lever: { code: string; title: string }): PactPathStep => ({ kind: 'lever', code: lever.code, title: lever.title });
  const hits: PactSearchHit[] = [];

  for (const lever of db.select().from(pactLevers).where(and(eq(pactLevers.pactId, pactId), allTermsIn(pactLevers.searchText, terms))).all()) {
    hits.push({ kind: 'lever', id: lever.id, code: lever.code, title: lever.title, path: [], partners: [], sources: [], matchedIn: ['title'] });
  }

  const objectiveRows = db
    .select({ objective: pactObjectives, lever: pactLevers })
    .from(pactObjectives)
    .innerJoin(pactLevers, eq(pactLevers.id, pactObjectives.leverId))
    .where(and(eq(pactObjectives.pactId, pactId), allTermsIn(pactObjectives.searchText, terms)))
    .all();
  for (const { objective, lever } of objectiveRows) {
    hits.push({ kind: 'objective', id: objective.id, code: objective.code, title: objective.title, path: [leverStep(lever)], partners: [], sources: [], matchedIn: ['title'] });
  }

  const operationalRows = db
    .select({ operational: pactOperationalObjectives, objective: pactObjectives, lever: pactLevers })
    .from(pactOperationalObjectives)
    .innerJoin(pactObjectives, eq(pactObjectives.id, pactOperationalObjectives.objectiveId))
    .innerJoin(pactLevers, eq(pactLevers.id, pactObjectives.leverId))
    .where(and(eq(pactOperationalObjectives.pactId, pactId), allTermsIn(pactOperationalObjectives.searchText, terms)))
    .all();
  for (const { operational, objective, lever } of operationalRows) {
    hits.push({
      kind: 'operationalObjective',
      id: operational.id,
      code: operational.code,
      title: operational.title,
      path: [leverStep(lever), { kind: 'objective', code: objective.code, title: objective.title }],
      partners: [],
      sources: [],
      matchedIn: ['title'],
    });
  }

  const actionText = sql`(${pactActions.searchTitle} || ' | ' || ${pactActions.searchPartners} || ' | ' || ${pactActions.searchSources})`;
  const actionRows = db
    .select({ action: pactActions, operational: pactOperationalObjectives, objective: pactObjectives, lever: pactLevers })
    .from(pactActions)
    .innerJoin(pactOperationalObjectives, eq(pactOperationalObjectives.id, pactActions.operationalObjectiveId))
    .innerJoin(pactObjectives, eq(pactObjectives.id, pactOperationalObjectives.objectiveId))
    .innerJoin(pactLevers, eq(pactLevers.id, pactObjectives.leverId))
    .where(and(eq(pactActions.pactId, pactId), allTermsIn(actionText, terms)))
    .all();
  for (const { action, operational, objective, lever } of actionRows) {
    const matchedIn = (
      [
        ['title', action.searchTitle],
        ['partners', action.searchPartners],
        ['sources', action.searchSources],
      ] as const
    )
      .filter(([, text]) => terms.some((term) => text.includes(` ${term}`)))
      .map(([field]) => field);
    hits.push({
      kind: 'action',
      id: action.id,
      code: action.code,
      title: action.title,
      path: [
        leverStep(lever),
        { kind: 'objective', code: objective.code, title: objective.title },
        { kind: 'operationalObjective', code: operational.code, title: operational.title },
      ],
      partners: parseNames(action.partnersJson),
      sources: parseNames(action.sourcesJson),
      matchedIn,
    });
  }

  hits.sort((left, right) => compareCodes(left.code, right.code));
  return { pactId, query, total: hits.length, hits: hits.slice(0, limit) };
}

