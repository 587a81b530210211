// Wires the handlers to the API map; `call` is the single door every transport goes through.
import { AppError } from '../domain/app-error.ts';
import { RecordedRefusal } from './recorded-refusal.ts';
import { storageFailure } from '../domain/storage-errors.ts';
import { effectiveActor } from './audit/audit-actor.ts';
import { appendAudit, auditDetails, auditTarget, isWriteMethod, totalChanges } from './audit/audit-log.ts';
import { sealsBefore, withDecisionDigests, type SealsBefore } from './audit/decision-digests.ts';
import { api, type MethodName, type MethodOutput, type MethodInput } from './api.ts';
import { appHandlers } from './app/app-handlers.ts';
import { applicationsHandlers } from './applications/applications-handlers.ts';
import { attachmentsHandlers } from './attachments/attachments-handlers.ts';
import { auditHandlers } from './audit/audit-handlers.ts';
import { backupHandlers } from './backup/backup-handlers.ts';
import { bilansHandlers } from './bilans/bilans-handlers.ts';
import { callsHandlers } from './calls/calls-handlers.ts';
import { conventionDocumentsHandlers } from './conventions/convention-documents-handlers.ts';
import { conventionsHandlers } from './conventions/conventions-handlers.ts';
import type { ServiceContext } from './context.ts';
import { DeferredWrite } from './deferred-write.ts';
import { dashboardHandlers } from './dashboard/dashboard-handlers.ts';
import { demoHandlers } from './demo/demo-handlers.ts';
import { documentsHandlers } from './documents/documents-handlers.ts';
import { eligibilityHandlers } from './eligibility/eligibility-handlers.ts';
import { exportsHandlers } from './exports/exports-handlers.ts';
import type { Handler, Handlers } from './handlers.ts';
import { importsHandlers } from './imports/imports-handlers.ts';
import { indicatorsHandlers } from './indicators/indicators-handlers.ts';
import { jurorsHandlers } from './jurors/jurors-handlers.ts';
import { packsHandlers } from './packs/packs-handlers.ts';
import { pactHandlers } from './pact/pact-handlers.ts';
import { providersHandlers } from './providers/providers-handlers.ts';
import type { Result } from './result.ts';
import { scoringHandlers } from './scoring/scoring-handlers.ts';
import { searchHandlers } from './search/search-handlers.ts';
import { sessionsHandlers } from './sessions/sessions-handlers.ts';
import { settingsHandlers } from './settings/settings-handlers.ts';
import { localUserHandlers } from './settings/local-user-handlers.ts';
import { territoriesHandlers } from './territories/territories-handlers.ts';
import { pactReviewsHandlers } from './pact-reviews/pact-reviews-handlers.ts';
import { rollupsHandlers } from './rollups/rollups-handlers.ts';
import { bilanContentHandlers } from './bilans/bilan-content-handlers.ts';
import { controlCharacterIssues, describeIssues, zodIssues } from './validation.ts';

const handlers: Handlers<MethodName> = { ...appHandlers, ...bilansHandlers, ...applicationsHandlers, ...attachmentsHandlers, ...auditHandlers, ...backupHandlers, ...callsHandlers, ...conventionsHandlers, ...conventionDocumentsHandlers, ...dashboardHandlers, ...demoHandlers, ...documentsHandlers, ...eligibilityHandlers, ...exportsHandlers, ...importsHandlers, ...indicatorsHandlers, ...jurorsHandlers, ...packsHandlers, ...pactHandlers, ...providersHandlers, ...scoringHandlers, ...searchHandlers, ...sessionsHandlers, ...settingsHandlers, ...localUserHandlers, ...territoriesHandlers, ...pactReviewsHandlers, ...rollupsHandlers, ...bilanContentHandlers };

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
    const hidden = controlCharacterIssues(parsed.data);
    if (hidden.length > 0) return { ok: false, error: { code: 'validation', message: `Données invalides : ${describeIssues(hidden)}`, issues: hidden } };
    try {
      const handler = handlers[method] as Handler<MethodName>;
      // Per call: the histories the handler writes and the audit entry name the same person.
      const callContext: ServiceContext = { ...context, actor: effectiveActor(context.db, context.actor, parsed.data) };
      if (!isWriteMethod(method, parsed.data)) return { ok: true, value: await handler(parsed.data as never, callContext) };
      const audit = (result: unknown, seals: SealsBefore) =>
        appendAudit(context.db, { at: context.now().toISOString(), actor: callContext.actor, action: method, ...auditTarget(method, result, parsed.data), details: withDecisionDigests(context.db, seals, method, parsed.data, result, auditDetails(parsed.data)) });
      // A write and its audit entry land together or not at all; a write that changed nothing leaves no entry.
      const inTransaction = (write: () => unknown) =>
        context.db.transaction(() => {
          const before = totalChanges(context.db);
          // The digests of the decisions it may change, as they stand before it writes (decision-digests.ts).
          const seals = sealsBefore(context.db, method, parsed.data);
          const result = write();
          if (totalChanges(context.db) !== before) audit(result, seals);
          return result;
        });
      let pending: Promise<unknown> | null = null;
      let value = inTransaction(() => {
        const result = handler(parsed.data as never, callContext);
        if (!(result instanceof Promise)) return result;
        pending = result;
        return undefined;
      });
      if (pending !== null) {
        // An asynchronous handler has read and checked everything; its write, if any, runs now with its entry.
        const resolved: unknown = await pending;
        value = resolved instanceof DeferredWrite ? inTransaction(resolved.write) : resolved;
      }
      return { ok: true, value };
    } catch (error) {
      return failure(method, parsed.data, error);
    }
  }

  /** The answer to a call that threw: the person's error in French, a storage refusal, or an internal error. */
  function failure(method: string, input: unknown, error: unknown): Result<unknown> {
    try {
      if (error instanceof RecordedRefusal) recordRefusal(method, input, error);
    } catch (recordError) {
      // The refusal stands; its trace could not be written (full disk…): say why rather than lose both.
      return failure(method, input, recordError);
    }
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    }
    const storage = storageFailure(error);
    if (storage) return { ok: false, error: { code: storage.code, message: storage.message } };
    reportInternalError(method, error);
    return { ok: false, error: { code: 'internal', message: "Erreur interne de l'application ; l'opération n'a pas été faite. Le détail est dans le journal." } };
  }

  /** The refused call rolled back; what the refusal must keep (failure count, audit entry) commits now. */
  function recordRefusal(method: string, input: unknown, refusal: RecordedRefusal): void {
    const { action, entity, entityId, details, write } = refusal.record;
    // A wrong chair's PIN proves nothing about who typed it: the entry names the person at the computer.
    const { chairPin: _unproven, ...attributable } = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    context.db.transaction(() => {
      write();
      appendAudit(context.db, { at: context.now().toISOString(), actor: effectiveActor(context.db, context.actor, attributable), action, entity, entityId, details: { ...(details as object), refusedCall: method } });
    });
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
