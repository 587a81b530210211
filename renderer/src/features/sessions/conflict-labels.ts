// How a conflict of interest names what it bears on, in the table and in the withdraw modal.
import type { Conflict } from '../../../../core/service/api.ts';

/** "le dossier « Vélo-école »", "le prestataire « Mobiliclés »". */
export function conflictSubject(conflict: Pick<Conflict, 'applicationTitle' | 'providerName' | 'applicationId' | 'providerId'>): string {
  if (conflict.applicationId !== null) return `le dossier « ${conflict.applicationTitle ?? `n° ${conflict.applicationId}`} »`;
  return `le prestataire « ${conflict.providerName ?? `n° ${String(conflict.providerId)}`} »`;
}
