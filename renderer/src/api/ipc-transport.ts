// Transport through the Electron preload bridge (window.pacte.invoke).
import { asResult, failure } from './transport.ts';
import type { Transport } from './transport.ts';

export function createIpcTransport(bridge: PacteBridge): Transport {
  return {
    kind: 'ipc',
    async send(method, input) {
      try {
        const result = asResult(await bridge.invoke(method, input));
        return result ?? failure('bad_response', "Réponse inattendue de l'application. Relancez Pacte CAI.");
      } catch {
        // A rejected invoke means the main process could not even build an envelope.
        return failure('ipc', "L'application n'a pas pu traiter la demande. Relancez Pacte CAI.");
      }
    },
  };
}
