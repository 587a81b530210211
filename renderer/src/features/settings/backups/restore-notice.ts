// What a restore says once done, kept across the page reload that follows it: every screen, form and cache
// then starts again from the restored base, and the Sauvegardes section still says what happened.
// sessionStorage: this tab only, gone with it; refused storage simply means no reload (caches dropped instead).

export type RestoreNotice = { title: string; contents: string; savedCurrent: string };

const KEY = 'pacte.sauvegardes.restauration';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** True when the notice will survive a reload. */
export function keepRestoreNotice(notice: RestoreNotice): boolean {
  try {
    const store = storage();
    if (store === null) return false;
    store.setItem(KEY, JSON.stringify(notice));
    return true;
  } catch {
    return false;
  }
}

export function readRestoreNotice(): RestoreNotice | null {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<RestoreNotice>;
    return typeof parsed.title === 'string' && typeof parsed.contents === 'string' && typeof parsed.savedCurrent === 'string'
      ? { title: parsed.title, contents: parsed.contents, savedCurrent: parsed.savedCurrent }
      : null;
  } catch {
    return null;
  }
}

/** Said once: a later visit to Paramètres does not repeat it. */
export function forgetRestoreNotice(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
