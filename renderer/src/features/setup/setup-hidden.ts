// "Masquer" on the "Pour commencer" checklist, remembered in the browser's localStorage rather than in
// the database: it is one person's display preference on this computer, not a record of the CCAS — it
// has no place in the audit log, in the backups or on another computer opening the same file — and the
// schema stays as it is. The key names the database file, so that a new or another base shows the
// checklist again; in the browser mode the storage belongs to the address (127.0.0.1 and its port).

const PREFIX = 'pacte.pour-commencer.masque:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a locked-down profile): the checklist then simply shows while setup is incomplete.
    return null;
  }
}

export function isSetupHidden(databaseFile: string): boolean {
  return storage()?.getItem(`${PREFIX}${databaseFile}`) === '1';
}

export function setSetupHidden(databaseFile: string, hidden: boolean): void {
  const store = storage();
  if (!store) return;
  if (hidden) store.setItem(`${PREFIX}${databaseFile}`, '1');
  else store.removeItem(`${PREFIX}${databaseFile}`);
}
