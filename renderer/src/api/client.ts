// The typed API client the renderer uses; picks IPC under Electron, HTTP in a browser.
import type { MethodInput, MethodName, MethodOutput } from '../../../core/service/api.ts';
import { ApiCallError } from './api-call-error.ts';
import { createHttpTransport } from './http-transport.ts';
import { createIpcTransport } from './ipc-transport.ts';
import type { Transport } from './transport.ts';

export type ApiClient = {
  readonly transport: Transport['kind'];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
};

export function createClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await transport.send(method, input);
      if (!result.ok) throw new ApiCallError(method, result.error);
      // The host built the value from the same contract; the cast is where the wire becomes typed again.
      return result.value as MethodOutput<M>;
    },
  };
}

function chooseTransport(): Transport {
  if (typeof window !== 'undefined' && window.pacte) return createIpcTransport(window.pacte);
  return createHttpTransport();
}

/** Chosen once at start: the preload either exposed the bridge before the page ran, or it never will. */
export const client: ApiClient = createClient(chooseTransport());
