// Writes what an import decided, all of it or none of it: one transaction around every provider and
// application of the file, so that an unexpected failure halfway leaves the database as it was.
import type { ApplicationFields } from '../../core/service/applications/applications-api.ts';
import type { ProviderFields } from '../../core/service/providers/providers-api.ts';
import type { Db } from '../open-database.ts';
import { saveApplication } from './application-write.ts';
import { saveProvider } from './provider-queries.ts';

/** Every provider the import names, in plan order; those `unchanged` are only there to be referred to. */
export type ProviderWrite = { existingId: number | null; unchanged: boolean; fields: ProviderFields };
/** `provider` is a stored provider's id, or the index of a provider this import creates. */
export type ApplicationWrite = { existingId: number | null; provider: { id: number } | { planIndex: number }; fields: ApplicationFields };

export function writeImport(db: Db, writes: { providers: ProviderWrite[]; applications: ApplicationWrite[] }, now: string, actor: string): void {
  // saveProvider and saveApplication open their own transactions on the same connection;
  // better-sqlite3 turns those nested ones into savepoints of this one.
  db.transaction(() => {
    const providerIds = writes.providers.map((write) => (write.unchanged && write.existingId !== null ? write.existingId : saveProvider(db, write.fields, now, write.existingId ?? undefined)));
    for (const write of writes.applications) {
      const providerId = 'id' in write.provider ? write.provider.id : providerIds[write.provider.planIndex];
      if (providerId === undefined) throw new Error(`Import plan refers to provider #${'planIndex' in write.provider ? write.provider.planIndex : '?'} that it does not write.`);
      saveApplication(db, { ...write.fields, providerId }, now, actor, write.existingId === null ? {} : { id: write.existingId });
    }
  });
}
