// Typed text is never thrown away without asking: leaving a page, closing a modal or a drawer, or
// closing the browser tab while a form holds unsaved changes first asks "Abandonner les modifications ?".
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { client } from '../api/client.ts';

export type DiscardGuard = {
  /** True while the question is on screen. */
  asking: boolean;
  /** "Continuer la saisie": stay, with everything typed. */
  keepEditing: () => void;
  /** "Abandonner": go on with the navigation or the close that was held. */
  discard: () => void;
  /** For a modal or a drawer: closes at once when nothing is unsaved, else asks first. */
  requestClose: (close: () => void) => void;
  /** Call just before navigating after a successful save: that navigation throws nothing away. */
  allowLeaving: () => void;
};

function useBeforeUnload(dirty: boolean): void {
  useEffect(() => {
    // Under Electron a beforeunload refusal cancels the window's close without a word; only the
    // browser mode asks through the browser's own dialog.
    if (!dirty || client.transport !== 'http') return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/** Held closes of a modal or a drawer; no router blocker, so it can sit inside a guarded page. */
export function useCloseGuard(dirty: boolean): DiscardGuard {
  const [pendingClose, setPendingClose] = useState<(() => void) | null>(null);
  useBeforeUnload(dirty);
  const requestClose = useCallback(
    (close: () => void) => {
      if (!dirty) return close();
      // A second Escape while the question is open must not stack another one.
      setPendingClose((current) => current ?? close);
    },
    [dirty],
  );
  return {
    asking: pendingClose !== null,
    keepEditing: () => setPendingClose(null),
    discard: () => {
      const close = pendingClose;
      setPendingClose(null);
      close?.();
    },
    requestClose,
    allowLeaving: () => undefined,
  };
}

/**
 * A page's form: in-app navigation to another address is held while dirty (the router allows one
 * blocker at a time, so only pages use this one; their modals use useCloseGuard).
 */
export function useLeaveGuard(dirty: boolean): DiscardGuard {
  // Read when a navigation starts: a ref set at commit, so a click right after typing is held too
  // (the router takes a new blocker function only in a later effect).
  const dirtyNow = useRef(dirty);
  useLayoutEffect(() => {
    dirtyNow.current = dirty;
  }, [dirty]);
  const leavingAllowed = useRef(false);
  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }: { currentLocation: { pathname: string }; nextLocation: { pathname: string } }) =>
        dirtyNow.current && !leavingAllowed.current && currentLocation.pathname !== nextLocation.pathname,
      [],
    ),
  );
  const closeGuard = useCloseGuard(dirty);
  return {
    asking: blocker.state === 'blocked' || closeGuard.asking,
    keepEditing: () => {
      if (blocker.state === 'blocked') blocker.reset();
      closeGuard.keepEditing();
    },
    discard: () => {
      if (blocker.state === 'blocked') blocker.proceed();
      closeGuard.discard();
    },
    requestClose: closeGuard.requestClose,
    allowLeaving: () => {
      leavingAllowed.current = true;
    },
  };
}

/**
 * For a form living inside a modal or a drawer that another component owns: tells the owner whether
 * something unsaved is on screen, and that nothing is once the form is gone.
 */
export function useDirtyReport(dirty: boolean, report: ((dirty: boolean) => void) | undefined): void {
  // At commit, not after paint: an Escape pressed right after typing must already find the owner dirty.
  useLayoutEffect(() => {
    report?.(dirty);
    return () => report?.(false);
  }, [dirty, report]);
}
