// The whole API: every method's name, input schema and result type (browser-safe; the renderer imports its types).
import type { z } from 'zod';
import { appMethods } from './app/app-api.ts';
import { applicationsMethods } from './applications/applications-api.ts';
import { callsMethods } from './calls/calls-api.ts';
import { mergeMethods } from './define.ts';
import { demoMethods } from './demo/demo-api.ts';
import { importsMethods } from './imports/imports-api.ts';
import './validation.ts';
import { pactMethods } from './pact/pact-api.ts';
import { providersMethods } from './providers/providers-api.ts';
import { searchMethods } from './search/search-api.ts';
import { settingsMethods } from './settings/settings-api.ts';
import { territoriesMethods } from './territories/territories-api.ts';

export const api = mergeMethods(appMethods, applicationsMethods, callsMethods, demoMethods, importsMethods, pactMethods, providersMethods, searchMethods, settingsMethods, territoriesMethods);

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
