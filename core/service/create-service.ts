// Wires the handlers to the API map; `call` is the single door every transport goes through.
import { AppError } from '../domain/app-error.ts';
import { appendAudit, auditActor, auditDetails, isWriteMethod, resultEntityId, totalChanges } from './audit/audit-log.ts';
import { api, type MethodName, type MethodOutput, type MethodInput } from './api.ts';
import { appHandlers } from './app/app-handlers.ts';
import { applicationsHandlers } from './applications/applications-handlers.ts';
import { attachmentsHandlers } from './attachments/attachments-handlers.ts';
import { auditHandlers } from './audit/audit-handlers.ts';
import { callsHandlers } from './calls/calls-handlers.ts';
import { conventionDocumentsHandlers } from './conventions/convention-documents-handlers.ts';
import { conventionsHandlers } from './conventions/conventions-handlers.ts';
import type { ServiceContext } from './context.ts';
import { demoHandlers } from './demo/demo-handlers.ts';
import { documentsHandlers } from './documents/documents-handlers.ts';
import { eligibilityHandlers } from './eligibility/eligibility-handlers.ts';
import type { Handler, Handlers } from './handlers.ts';
import { importsHandlers } from './imports/imports-handlers.ts';
import { jurorsHandlers } from './jurors/jurors-handlers.ts';
import { packsHandlers } from './packs/packs-handlers.ts';
import { pactHandlers } from './pact/pact-handlers.ts';
import { providersHandlers } from './providers/providers-handlers.ts';
import type { Result } from './result.ts';
import { scoringHandlers } from './scoring/scoring-handlers.ts';
import { searchHandlers } from './search/search-handlers.ts';
import { sessionsHandlers } from './sessions/sessions-handlers.ts';
import { settingsHandlers } from './settings/settings-handlers.ts';
import { territoriesHandlers } from './territories/territories-handlers.ts';
import { describeIssues, zodIssues } from './validation.ts';

const handlers: Handlers<MethodName> = { ...appHandlers, ...applicationsHandlers, ...attachmentsHandlers, ...auditHandlers, ...callsHandlers, ...conventionsHandlers, ...conventionDocumentsHandlers, ...demoHandlers, ...documentsHandlers, ...eligibilityHandlers, ...importsHandlers, ...jurorsHandlers, ...packsHandlers, ...pactHandlers, ...providersHandlers, ...scoringHandlers, ...searchHandlers, ...sessionsHandlers, ...settingsHandlers, ...territoriesHandlers };

export type Service = {
  /** Untrusted entry: any name, any payload; always resolves to an envelope. */
  call: (method: string, input: unknown) => Promise<Result<unknown>>;
  /** Typed entry for trusted code (CLI, tests); throws AppError on failure. */
  invoke: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
  context: ServiceContext;
};

export type InternalErrorReporter = (method: string, error: unknown) => void;

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

export function createService(context: ServiceContext, reportInternalError: InternalErrorReporter = defaultReporter): Service {
  async function call(method: string, input: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Opération inconnue : « ${String(method).slice(0, 80)} ».` } };
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      return { ok: false, error: { code: 'validation', message: `Données invalides : ${describeIssues(issues)}`, issues } };
    }
    try {
      const handler = handlers[method] as Handler<MethodName>;
      if (!isWriteMethod(method, parsed.data)) return { ok: true, value: await handler(parsed.data as never, context) };
      const audit = (result: unknown) =>
        appendAudit(context.db, { at: context.now().toISOString(), actor: auditActor(context.db, context.actor, parsed.data), action: method, entityId: resultEntityId(result, parsed.data), details: auditDetails(parsed.data) });
      const before = totalChanges(context.db);
      let pending: Promise<unknown> | null = null;
      // A synchronous write and its audit entry land together or not at all; a write that changed nothing leaves no entry.
      let value = context.db.transaction(() => {
        const result = handler(parsed.data as never, context);
        if (result instanceof Promise) {
          pending = result;
          return undefined;
        }
        if (totalChanges(context.db) !== before) audit(result);
        return result;
      });
      if (pending !== null) {
        // Reading a workbook is asynchronous: such a handler commits its own transaction, then its entry follows.
        value = await pending;
        if (totalChanges(context.db) !== before) context.db.transaction(() => audit(value));
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
      }
      reportInternalError(method, error);
      return { ok: false, error: { code: 'internal', message: "Erreur interne de l'application ; l'opération n'a pas été faite. Le détail est dans le journal." } };
    }
  }

  async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await call(method, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
    return result.value as MethodOutput<M>;
  }

  return { call, invoke, context };
}

function defaultReporter(method: string, error: unknown): void {
  console.error(`[pacte] internal error in ${method}:`, error);
}
