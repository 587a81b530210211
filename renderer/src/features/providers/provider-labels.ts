// Addresses and French wording of the provider screens, kept in one place so list, form and detail agree.
import { formatSiret } from '../../../../core/domain/identifiers.ts';
import type { ProbableDuplicate } from '../../../../core/service/api.ts';

export const PROVIDERS_PATH = '/prestataires';
export const NEW_PROVIDER_PATH = `${PROVIDERS_PATH}/nouveau`;
export const providerPath = (id: number) => `${PROVIDERS_PATH}/${id}`;
export const providerEditPath = (id: number) => `${PROVIDERS_PATH}/${id}/modifier`;

export const DUPLICATE_REASON_LABELS: Record<ProbableDuplicate['reason'], string> = {
  siret: 'même SIRET',
  name: 'nom très proche',
};

/** The SIRET as INSEE prints it ("732 829 320 00074"), or null when the provider has none. */
export function displaySiret(siret: string | null): string | null {
  return siret ? formatSiret(siret) : null;
}

/** "1 prestataire", "2 000 prestataires" (French groups thousands with a narrow no-break space). */
export function providerCount(total: number): string {
  return `${total.toLocaleString('fr-FR')} prestataire${total > 1 ? 's' : ''}`;
}

/** What the detail page says after a save, carried in the router state from the form. */
export type ProviderSavedNotice = { providerId: number; kind: 'created' | 'updated'; probableDuplicates: ProbableDuplicate[] };

export function isSavedNotice(state: unknown): state is ProviderSavedNotice {
  return typeof state === 'object' && state !== null && 'providerId' in state && 'kind' in state && 'probableDuplicates' in state && Array.isArray(state.probableDuplicates);
}
