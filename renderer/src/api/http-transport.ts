// Transport of the browser mode: POST api/<method> on the host that served the page. The host's
// session cookie (HttpOnly, set when the printed URL was opened) authenticates the call: the page
// never sees the token.
import { asResult, failure } from './transport.ts';
import type { Transport } from './transport.ts';

export function createHttpTransport(baseUrl: string = document.baseURI): Transport {
  return {
    kind: 'http',
    async send(method, input) {
      let response: Response;
      try {
        response = await fetch(new URL(`api/${encodeURIComponent(method)}`, baseUrl), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return failure('network', 'Le serveur Pacte CAI ne répond pas. Vérifiez qu’il est lancé puis réessayez.');
      }
      // The host answers every status (400, 403, 500…) with an envelope: read it whatever the status.
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = null;
      }
      return (
        asResult(body) ??
        failure('bad_response', `Réponse illisible du serveur Pacte CAI (HTTP ${response.status}).`)
      );
    },
  };
}
