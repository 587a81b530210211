// Laptop side: the rows of a jury pack written into the jury database, under the chair's own ids (the
// database holds nothing else), so that the jury.* methods work offline and a score pack names what the
// chair's database names. Referential rows (pact, territories, grid) are matched by code, or added.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import { budgetTotals } from '../../core/domain/budget.ts';
import type { EvaluationGrid } from '../../core/domain/jury/grid.ts';
import { toSearchText } from '../../core/domain/text.ts';
import type { JuryPackBody, PactExtract } from '../../core/service/packs/pack-bodies.ts';
import type { Db } from '../open-database.ts';
import { applicationBudgetLines, applicationIndicators, applicationObjectives, applicationPublics, applications, applicationTerritories } from '../schema/applications.ts';
import { calls } from '../schema/calls.ts';
import { evaluationGrids, jurors } from '../schema/jury.ts';
import { pactLevers, pactObjectives, pactOperationalObjectives, pacts } from '../schema/pact.ts';
import { providers } from '../schema/providers.ts';
import { caiSessions, conflicts, sessionAgenda, sessionMembers } from '../schema/sessions.ts';
import { territories } from '../schema/territories.ts';

/** What this database already holds of the tables a pack fills: a jury database starts with none of it. */
export function packTablesInUse(db: Db): string[] {
  const counts = db.get<{ calls: number; providers: number; applications: number; jurors: number; sessions: number }>(
    sql`select (select count(*) from ${calls}) as calls, (select count(*) from ${providers}) as providers, (select count(*) from ${applications}) as applications,
      (select count(*) from ${jurors}) as jurors, (select count(*) from ${caiSessions}) as sessions`,
  );
  const words = { calls: 'appel(s) à projets', providers: 'prestataire(s)', applications: 'dossier(s)', jurors: 'membre(s) du jury', sessions: 'séance(s)' } as const;
  return (Object.keys(words) as (keyof typeof words)[]).flatMap((key) => (counts[key] > 0 ? [`${counts[key]} ${words[key]}`] : []));
}

/**
 * The operational objectives of the extract, by code, in this database. The pact may be here already
 * (the shipped PRI): a pact code names one content, so its codes are the chair's; else the extract is added.
 */
export function ensurePactExtract(db: Db, extract: PactExtract, at: string, contentSha256: string): { pactId: number; objectives: Map<string, number> } {
  const wanted = extract.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((operational) => operational.code)));
  const existing = db.select({ id: pacts.id }).from(pacts).where(eq(pacts.code, extract.code)).get();
  if (existing) {
    const rows =
      wanted.length === 0
        ? []
        : db
            .select({ id: pactOperationalObjectives.id, code: pactOperationalObjectives.code })
            .from(pactOperationalObjectives)
            .where(and(eq(pactOperationalObjectives.pactId, existing.id), inArray(pactOperationalObjectives.code, wanted)))
            .all();
    const byCode = new Map(rows.map((row) => [row.code, row.id]));
    const missing = wanted.filter((code) => !byCode.has(code));
    if (missing.length > 0) {
      throw new AppError('conflict', `Le référentiel « ${extract.code} » de cet ordinateur n’est pas celui du paquet (objectifs ${missing.join(', ')} absents) : ouvrez le paquet dans une base de jury vide.`);
    }
    return { pactId: existing.id, objectives: byCode };
  }
  const pactId = db
    .insert(pacts)
    .values({ code: extract.code, title: extract.title, territory: extract.territory, periodStart: extract.periodStart, periodEnd: extract.periodEnd, source: 'Extrait reçu dans un paquet du juré', formatVersion: 1, contentSha256, importedAt: at })
    .returning({ id: pacts.id })
    .get().id;
  const byCode = new Map<string, number>();
  for (const lever of extract.levers) {
    const leverId = db.insert(pactLevers).values({ pactId, number: lever.number, code: lever.code, title: lever.title, searchText: toSearchText(lever.title) }).returning({ id: pactLevers.id }).get().id;
    for (const objective of lever.objectives) {
      const objectiveId = db
        .insert(pactObjectives)
        .values({ pactId, leverId, position: objective.position, code: objective.code, title: objective.title, searchText: toSearchText(objective.title) })
        .returning({ id: pactObjectives.id })
        .get().id;
      for (const operational of objective.operationalObjectives) {
        const id = db
          .insert(pactOperationalObjectives)
          .values({ pactId, objectiveId, position: operational.position, code: operational.code, title: operational.title, searchText: toSearchText(operational.title) })
          .returning({ id: pactOperationalObjectives.id })
          .get().id;
        byCode.set(operational.code, id);
      }
    }
  }
  return { pactId, objectives: byCode };
}

/** The pack's territories by code in this database; those it lacks are added after the others. */
export function ensureTerritories(db: Db, list: JuryPackBody['territories']): Map<string, number> {
  const byCode = new Map(db.select({ id: territories.id, code: territories.code }).from(territories).all().map((row) => [row.code, row.id]));
  let position = db.get<{ last: number | null }>(sql`select max(${territories.position}) as last from ${territories}`).last ?? 0;
  // Parents first (the extract lists them in the chair's order, where a neighbourhood precedes its QPVs).
  for (const territory of list) {
    if (byCode.has(territory.code)) continue;
    position += 1;
    const parentId = territory.parentCode === null ? null : (byCode.get(territory.parentCode) ?? null);
    byCode.set(territory.code, db.insert(territories).values({ code: territory.code, name: territory.name, isPriority: territory.isPriority, parentId, position }).returning({ id: territories.id }).get().id);
  }
  return byCode;
}

/** The chair's grid version: the one here when it is the same, else added under a family of its own. */
export function ensureGrid(db: Db, grid: JuryPackBody['grid'], packId: string, at: string, by: string): number {
  const same = (definition: unknown) => JSON.stringify({ ...(definition as EvaluationGrid), version: grid.version }) === JSON.stringify({ ...grid.definition, version: grid.version });
  const found = db.select().from(evaluationGrids).where(and(eq(evaluationGrids.family, grid.family), eq(evaluationGrids.version, grid.version))).get();
  if (found && same(found.definition)) return found.id;
  const family = found ? `${grid.family}-paquet-${packId.slice(0, 8)}` : grid.family;
  return db
    .insert(evaluationGrids)
    .values({ family, version: grid.version, title: grid.definition.title, definition: { ...grid.definition, version: grid.version }, createdAt: at, createdBy: by })
    .returning({ id: evaluationGrids.id })
    .get().id;
}

export type PackReferences = { pactId: number; gridId: number; objectives: Map<string, number>; territories: Map<string, number> };

/** The call, providers, applications (without attachments), the juror, the session, its agenda and the juror's conflicts. */
export function insertPackRows(db: Db, body: JuryPackBody, references: PackReferences, at: string): void {
  db.insert(calls).values({ id: body.call.id, year: body.call.year, title: body.call.title, pactId: references.pactId, envelopeCents: 0, status: 'clos', createdAt: at, updatedAt: at }).run();
  const providerNames = new Map<number, string>();
  for (const provider of body.providers) {
    const searchName = toSearchText(provider.name);
    db.insert(providers).values({ id: provider.id, name: provider.name, legalForm: provider.legalForm, city: provider.city, searchName, createdAt: at, updatedAt: at }).run();
    db.run(sql`insert into provider_search (rowid, name, siret) values (${provider.id}, ${searchName}, '')`);
    providerNames.set(provider.id, provider.name);
  }
  for (const application of body.applications) {
    const totals = budgetTotals(application.budgetLines);
    const { id, title } = application;
    db.insert(applications)
      .values({
        id,
        callId: body.call.id,
        providerId: application.providerId,
        title,
        titleKey: toSearchText(title),
        summary: application.summary,
        description: application.description,
        publicOther: application.publicOther,
        expectedParticipants: application.expectedParticipants,
        expectedRsaParticipants: application.expectedRsaParticipants,
        startsOn: application.startsOn,
        endsOn: application.endsOn,
        isRenewal: application.isRenewal,
        duration: application.duration,
        mobility: application.mobility,
        chargesCents: totals.chargesCents,
        incomeCents: totals.incomeCents,
        requestedCents: totals.requestedFromCcasCents,
        status: application.status,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    for (const objective of application.objectives) {
      const operationalObjectiveId = references.objectives.get(objective.code);
      if (operationalObjectiveId !== undefined) db.insert(applicationObjectives).values({ applicationId: id, operationalObjectiveId, isPrimary: objective.isPrimary }).run();
    }
    for (const publicKey of new Set(application.publics)) db.insert(applicationPublics).values({ applicationId: id, publicKey }).run();
    for (const code of new Set(application.territoryCodes)) {
      const territoryId = references.territories.get(code);
      if (territoryId !== undefined) db.insert(applicationTerritories).values({ applicationId: id, territoryId }).run();
    }
    application.budgetLines.forEach((line, index) => db.insert(applicationBudgetLines).values({ applicationId: id, position: index + 1, ...line }).run());
    application.indicators.forEach((indicator, index) => db.insert(applicationIndicators).values({ applicationId: id, position: index + 1, ...indicator }).run());
    db.run(
      sql`insert into application_search (rowid, title, summary, description, provider_name) values (${id}, ${toSearchText(title)}, ${toSearchText(application.summary)}, ${toSearchText(application.description)}, ${toSearchText(providerNames.get(application.providerId) ?? '')})`,
    );
  }
  const { juror, session } = body;
  db.insert(jurors).values({ id: juror.id, name: juror.name, role: juror.role, organisation: juror.organisation, isPermanent: juror.isPermanent, email: juror.email, createdAt: at, updatedAt: at }).run();
  db.insert(caiSessions)
    .values({
      id: session.id,
      callId: body.call.id,
      gridId: references.gridId,
      title: session.title,
      heldOn: session.heldOn,
      place: session.place,
      // A laptop is only ever for scoring: the chair exported the pack in notation.
      status: 'notation',
      quorumRule: { kind: 'majority_of_permanent' },
      disagreementThreshold: session.disagreementThreshold,
      chairJurorId: null,
      // Unused here: score packs are signed with the pack's binding, never with this.
      packSecret: 'jury-laptop',
      createdAt: at,
      updatedAt: at,
    })
    .run();
  db.insert(sessionMembers).values({ sessionId: session.id, jurorId: juror.id, pinHash: juror.pinHash }).run();
  body.applications.forEach((application) => db.insert(sessionAgenda).values({ sessionId: session.id, applicationId: application.id, position: application.position }).run());
  for (const conflict of body.conflicts) db.insert(conflicts).values({ sessionId: session.id, jurorId: juror.id, ...conflict }).run();
}
