// Who uses this computer: one row, read on every call to name who acted.
import type { Db } from '../../../db/open-database.ts';
import { localUser } from '../../../db/schema/settings.ts';
import type { Handlers } from '../handlers.ts';
import type { LocalUser, localUserMethods } from './local-user-api.ts';

export function readLocalUser(db: Db): LocalUser | null {
  return db.select({ name: localUser.name, role: localUser.role }).from(localUser).get() ?? null;
}

/** "Claire Dubois (chargée de mission insertion)", or the name alone when no role is set. */
export function localUserLabel(user: LocalUser): string {
  return user.role === '' ? user.name : `${user.name} (${user.role})`;
}

export const localUserHandlers: Handlers<keyof typeof localUserMethods> = {
  // The call's actor is already the local user's label, or the system account when there is none.
  'settings.localUser': (_input, { db, actor }) => ({ user: readLocalUser(db), recordedAs: actor }),
  'settings.saveLocalUser': ({ name, role }, { db, now }) => {
    const updatedAt = now().toISOString();
    db.insert(localUser).values({ id: 1, name, role, updatedAt }).onConflictDoUpdate({ target: localUser.id, set: { name, role, updatedAt } }).run();
    return { name, role };
  },
};
