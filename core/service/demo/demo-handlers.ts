// Loads the demo year in one transaction: the call, its providers and applications from the file,
// then the recevabilité, the CAI session and the conventions (demo-year.ts); every row marked isDemo.
// Every instant comes from the demo's data, not from the clock: the demo reads the same whenever loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { saveApplication, changeApplicationStatus } from '../../../db/queries/application-write.ts';
import { listApplications } from '../../../db/queries/application-read.ts';
import { listCalls, saveCall } from '../../../db/queries/call-queries.ts';
import { listSessions } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { getPact, resolvePactId } from '../../../db/queries/pact-read.ts';
import { saveProvider } from '../../../db/queries/provider-queries.ts';
import { listTerritories } from '../../../db/queries/territory-queries.ts';
import { applications } from '../../../db/schema/applications.ts';
import { conventions } from '../../../db/schema/conventions.ts';
import { statusChangeProblem } from '../../domain/application-status.ts';
import { applicationCreateSchema } from '../applications/applications-api.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import { providerCreateSchema } from '../providers/providers-api.ts';
import { describeIssues, zodIssues } from '../validation.ts';
import type { DemoLoadResult, demoMethods } from './demo-api.ts';
import { demoFileSchema, type DemoApplication, type DemoFile } from './demo-file.ts';
import { loadDemoYear } from './demo-year.ts';
import { DEMO_ACTOR } from './demo-year-plan.ts';

export const DEMO_FILE = path.join('demo', 'appel-2018.json');
export const DEMO_STATUS_REASON = 'Données de démonstration';

// The file ships with the app: anything wrong in it is a bug of ours, not the user's, hence plain Errors.
function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Demo data, ${where}: ${describeIssues(zodIssues(parsed.error))}`);
  return parsed.data;
}

function lookup(map: ReadonlyMap<string, number>, code: string, what: string, where: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`Demo data, ${where}: unknown ${what} "${code}".`);
  return id;
}

export function readDemoFile(resourcesDir: string): DemoFile {
  const content = readFileSync(path.join(resourcesDir, DEMO_FILE), 'utf8');
  return parseOrThrow(demoFileSchema, JSON.parse(content), DEMO_FILE);
}

/** Operational objective code ("6.4.1") → id, in the given pact only. */
function operationalObjectiveIds(db: Db, pactId: number): Map<string, number> {
  const pact = getPact(db, pactId);
  return new Map(pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((operational) => [operational.code, operational.id] as const))));
}

function counts(db: Db, callId: number): Omit<DemoLoadResult, 'status'> {
  const { items } = listApplications(db, { callId }, { sort: 'title', descending: false }, { limit: 5000, offset: 0 });
  const session = listSessions(db, callId).find((candidate) => candidate.isDemo);
  const drafted = db.select({ n: count() }).from(conventions).innerJoin(applications, eq(applications.id, conventions.applicationId)).where(eq(applications.callId, callId)).get()?.n ?? 0;
  return {
    callId,
    providers: new Set(items.map((item) => item.providerId)).size,
    applications: items.length,
    sessionId: session?.id ?? null,
    jurors: session?.memberCount ?? 0,
    conventions: drafted,
  };
}

/**
 * The instants of the file's records: the call exists from its opening, the providers and
 * applications are recorded (and deposited) at its closing; the rest of the year follows.
 */
function fileInstants(file: DemoFile): { call: string; records: string } {
  const opensOn = file.call.opensOn ?? `${file.call.year - 1}-09-01`;
  const closesOn = file.call.closesOn ?? opensOn;
  return { call: `${opensOn}T08:00:00.000Z`, records: `${closesOn}T16:00:00.000Z` };
}

type References = { callId: number; providers: Map<string, number>; objectives: Map<string, number>; territories: Map<string, number> };

function applicationFields(application: DemoApplication, references: References) {
  const { provider, primaryObjective, secondaryObjectives, territories, status: _status, ...fields } = application;
  const where = `application "${application.title}"`;
  return parseOrThrow(
    applicationCreateSchema,
    {
      ...fields,
      callId: references.callId,
      providerId: lookup(references.providers, provider, 'provider', where),
      primaryObjectiveId: primaryObjective === null ? null : lookup(references.objectives, primaryObjective, 'operational objective', where),
      secondaryObjectiveIds: secondaryObjectives.map((code) => lookup(references.objectives, code, 'operational objective', where)),
      territoryIds: territories.map((code) => lookup(references.territories, code, 'territory', where)),
    },
    where,
  );
}

export function loadDemo(context: ServiceContext): DemoLoadResult {
  const { db } = context;
  const actor = DEMO_ACTOR;
  const file = readDemoFile(context.resourcesDir);
  const instants = fileInstants(file);
  const now = instants.records;
  // One transaction: the nested saves become savepoints, and a failure anywhere leaves nothing behind.
  return db.transaction(() => {
    // The demo call is recognised by its title and mark: loading twice must not duplicate anything.
    const existing = listCalls(db).find((call) => call.isDemo && call.title === file.call.title);
    if (existing) return { status: 'unchanged' as const, ...counts(db, existing.id) };

    const pactId = resolvePactId(db, file.call.pactId, file.call.year);
    const callId = saveCall(db, { ...file.call, pactId, isDemo: true }, instants.call);
    const references: References = {
      callId,
      providers: new Map(),
      objectives: operationalObjectiveIds(db, pactId),
      territories: new Map(listTerritories(db, true).map((territory) => [territory.code, territory.id])),
    };
    for (const { key, ...fields } of file.providers) {
      if (references.providers.has(key)) throw new Error(`Demo data: provider key "${key}" used twice.`);
      references.providers.set(key, saveProvider(db, parseOrThrow(providerCreateSchema, fields, `provider "${key}"`), now, undefined, true));
    }
    for (const application of file.applications) {
      const id = saveApplication(db, applicationFields(application, references), now, actor, { isDemo: true });
      if (application.status === 'brouillon') continue;
      // Through the same history as a user's change, so that the file's status reads as any other.
      const problem = statusChangeProblem('brouillon', application.status, DEMO_STATUS_REASON);
      if (problem) throw new Error(`Demo data, application "${application.title}": ${problem}`);
      changeApplicationStatus(db, { id, from: 'brouillon', to: application.status, reason: DEMO_STATUS_REASON, actor, at: now });
    }
    loadDemoYear(context, callId, references.providers);
    return { status: 'created' as const, ...counts(db, callId) };
  });
}

export const demoHandlers: Handlers<keyof typeof demoMethods> = {
  'demo.load': (_input, context) => loadDemo(context),
};
