// What the pact page hands to its tab views through the router outlet.
import { useOutletContext } from 'react-router';
import type { PactDetail } from '../../../../core/service/api.ts';

export type PactOutletContext = { pact: PactDetail };

export function usePactOutlet(): PactOutletContext {
  return useOutletContext<PactOutletContext>();
}
