// Loads the demo year in one transaction: the call, its providers and applications from the file,
// then the recevabilité, the CAI session and the conventions (demo-year.ts); then a second, open call
// whose recevable applications wait for a session (demo-open-call.ts); every row marked isDemo.
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
import { findBySiret, saveProvider } from '../../../db/queries/provider-queries.ts';
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
import { demoFileSchema, demoOpenCallFileSchema, type DemoApplication, type DemoFile, type DemoOpenCallFile } from './demo-file.ts';
import { DEMO_OPEN_CALL_FILE, DEMO_OPEN_CALL_RECORDED_AT, examineOpenCall } from './demo-open-call.ts';
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

export function readDemoOpenCallFile(resourcesDir: string): DemoOpenCallFile {
  const content = readFileSync(path.join(resourcesDir, DEMO_OPEN_CALL_FILE), 'utf8');
  return parseOrThrow(demoOpenCallFileSchema, JSON.parse(content), DEMO_OPEN_CALL_FILE);
}

/** Operational objective code ("6.4.1") → id, in the given pact only. */
function operationalObjectiveIds(db: Db, pactId: number): Map<string, number> {
  const pact = getPact(db, pactId);
  return new Map(pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((operational) => [operational.code, operational.id] as const))));
}

function counts(db: Db, callId: number, openCallId: number | null): Omit<DemoLoadResult, 'status'> {
  const list = (id: number) => listApplications(db, { callId: id }, { sort: 'title', descending: false }, { limit: 5000, offset: 0 }).items;
  const items = list(callId);
  const session = listSessions(db, callId).find((candidate) => candidate.isDemo);
  const drafted = db.select({ n: count() }).from(conventions).innerJoin(applications, eq(applications.id, conventions.applicationId)).where(eq(applications.callId, callId)).get()?.n ?? 0;
  const open = openCallId === null ? [] : list(openCallId);
  return {
    callId,
    providers: new Set(items.map((item) => item.providerId)).size,
    applications: items.length,
    sessionId: session?.id ?? null,
    jurors: session?.memberCount ?? 0,
    conventions: drafted,
    openCall: openCallId === null ? null : { callId: openCallId, applications: open.length, recevable: open.filter((item) => item.status === 'recevable').length },
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

/** Records the file's applications of a call as deposited by their providers (or left in draft). */
function recordApplications(db: Db, list: readonly DemoApplication[], references: References, now: string): void {
  for (const application of list) {
    const id = saveApplication(db, applicationFields(application, references), now, DEMO_ACTOR, { isDemo: true });
    if (application.status === 'brouillon') continue;
    // Through the same history as a user's change, so that the file's status reads as any other.
    const problem = statusChangeProblem('brouillon', application.status, DEMO_STATUS_REASON);
    if (problem) throw new Error(`Demo data, application "${application.title}": ${problem}`);
    changeApplicationStatus(db, { id, from: 'brouillon', to: application.status, reason: DEMO_STATUS_REASON, actor: DEMO_ACTOR, at: now });
  }
}

/** The demo call marked and titled as the file's, if it is in the database. */
function demoCallId(db: Db, title: string): number | null {
  return listCalls(db).find((call) => call.isDemo && call.title === title)?.id ?? null;
}

/** The main call of the year: its providers, applications, recevabilité, CAI session and conventions. */
function loadMainCall(context: ServiceContext, file: DemoFile): { callId: number; providers: Map<string, number> } {
  const { db } = context;
  const instants = fileInstants(file);
  const pactId = resolvePactId(db, file.call.pactId, file.call.year);
  const callId = saveCall(db, { ...file.call, pactId, isDemo: true }, instants.call);
  const references: References = { callId, providers: new Map(), objectives: operationalObjectiveIds(db, pactId), territories: territoryIds(db) };
  for (const { key, ...fields } of file.providers) {
    if (references.providers.has(key)) throw new Error(`Demo data: provider key "${key}" used twice.`);
    references.providers.set(key, saveProvider(db, parseOrThrow(providerCreateSchema, fields, `provider "${key}"`), instants.records, undefined, true));
  }
  recordApplications(db, file.applications, references, instants.records);
  loadDemoYear(context, callId, references.providers);
  return { callId, providers: references.providers };
}

function territoryIds(db: Db): Map<string, number> {
  return new Map(listTerritories(db, true).map((territory) => [territory.code, territory.id]));
}

/** The providers of the main file, found again by SIRET when the main call was loaded by an earlier version. */
function recordedProviders(db: Db, file: DemoFile): Map<string, number> {
  const found = new Map<string, number>();
  for (const provider of file.providers) {
    const id = provider.siret ? findBySiret(db, provider.siret)?.id : undefined;
    if (id !== undefined) found.set(provider.key, id);
  }
  return found;
}

/** The open call: its applications deposited by providers of the main file, then examined and recevable. */
function loadOpenCall(context: ServiceContext, file: DemoOpenCallFile, providers: Map<string, number>): number {
  const { db } = context;
  const opensOn = file.call.opensOn ?? `${file.call.year - 1}-09-01`;
  const pactId = resolvePactId(db, file.call.pactId, file.call.year);
  const callId = saveCall(db, { ...file.call, pactId, isDemo: true }, `${opensOn}T08:00:00.000Z`);
  recordApplications(db, file.applications, { callId, providers, objectives: operationalObjectiveIds(db, pactId), territories: territoryIds(db) }, DEMO_OPEN_CALL_RECORDED_AT);
  examineOpenCall(context, callId);
  return callId;
}

export function loadDemo(context: ServiceContext): DemoLoadResult {
  const { db } = context;
  const file = readDemoFile(context.resourcesDir);
  // One transaction: the nested saves become savepoints, and a failure anywhere leaves nothing behind.
  return db.transaction(() => {
    // Each demo call is recognised by its title and mark: loading twice must not duplicate anything,
    // and a database holding the demo of an earlier version gets only what it lacks.
    const existing = demoCallId(db, file.call.title);
    const main = existing === null ? loadMainCall(context, file) : { callId: existing, providers: recordedProviders(db, file) };
    const openFile = readDemoOpenCallFile(context.resourcesDir);
    const existingOpen = demoCallId(db, openFile.call.title);
    const openCallId = existingOpen ?? loadOpenCall(context, openFile, main.providers);
    const status = existing === null || existingOpen === null ? ('created' as const) : ('unchanged' as const);
    return { status, ...counts(db, main.callId, openCallId) };
  });
}

export const demoHandlers: Handlers<keyof typeof demoMethods> = {
  'demo.load': (_input, context) => loadDemo(context),
};
