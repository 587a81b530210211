// The whole API: every method's name, input schema and result type (browser-safe; the renderer imports its types).
import type { z } from 'zod';
import { appMethods } from './app/app-api.ts';
import { applicationsMethods } from './applications/applications-api.ts';
import { attachmentsMethods } from './attachments/attachments-api.ts';
import { auditMethods } from './audit/audit-api.ts';
import { callsMethods } from './calls/calls-api.ts';
import { mergeMethods } from './define.ts';
import { demoMethods } from './demo/demo-api.ts';
import { documentsMethods } from './documents/documents-api.ts';
import { eligibilityMethods } from './eligibility/eligibility-api.ts';
import { importsMethods } from './imports/imports-api.ts';
import { jurorsMethods } from './jurors/jurors-api.ts';
import './validation.ts';
import { pactMethods } from './pact/pact-api.ts';
import { providersMethods } from './providers/providers-api.ts';
import { scoringMethods } from './scoring/scoring-api.ts';
import { searchMethods } from './search/search-api.ts';
import { sessionsMethods } from './sessions/sessions-api.ts';
import { settingsMethods } from './settings/settings-api.ts';
import { territoriesMethods } from './territories/territories-api.ts';

export const api = mergeMethods(appMethods, applicationsMethods, attachmentsMethods, auditMethods, callsMethods, demoMethods, documentsMethods, eligibilityMethods, importsMethods, jurorsMethods, pactMethods, providersMethods, scoringMethods, searchMethods, sessionsMethods, settingsMethods, territoriesMethods);

export type Api = typeof api;
export type MethodName = keyof Api & string;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Api[M]['output']>;

export type { ApiError, Result } from './result.ts';
export type * from './pact/pact-api.ts';
export type * from './settings/settings-api.ts';
export type * from './app/app-api.ts';
export type * from './calls/calls-api.ts';
export type * from './territories/territories-api.ts';
export type * from './providers/providers-api.ts';
export type * from './applications/applications-api.ts';
export type * from './search/search-api.ts';
export type * from './demo/demo-api.ts';
export type * from './imports/imports-api.ts';
export type * from './eligibility/eligibility-api.ts';
export type * from './documents/documents-api.ts';
export type * from './attachments/attachments-api.ts';
export type * from './audit/audit-api.ts';
export type * from './jurors/jurors-api.ts';
export type * from './sessions/sessions-api.ts';
export type * from './scoring/scoring-api.ts';
