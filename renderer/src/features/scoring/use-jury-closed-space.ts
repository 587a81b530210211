// Jury mode on the chair's computer as a closed space: Back and Forward never lead out of it. Two locks,
// since a history entry the router did not make (an address typed in the browser mode) cannot be blocked:
// an entry of jury mode pushed on top of the one the page arrived on, which Back pops (and which is pushed
// again), and the router's blocker for the entries it knows. Only `release` (the chair's PIN) opens them.
import { useEffect, useRef } from 'react';
import { useBlocker, useLocation, useNavigate } from 'react-router';

const GUARD = { juryClosedSpace: true } as const;

function isGuard(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { juryClosedSpace?: unknown }).juryClosedSpace === true;
}

/** closed: whether jury mode is closed now. Back and Forward then leave the screen as it is. */
export function useJuryClosedSpace(closed: boolean): { release: () => void } {
  const location = useLocation();
  const navigate = useNavigate();
  const releasedRef = useRef(false);
  const guarded = isGuard(location.state);
  const { pathname, search } = location;

  useEffect(() => {
    if (closed && !guarded && !releasedRef.current) void navigate({ pathname, search }, { state: GUARD });
  }, [closed, guarded, pathname, search, navigate]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => closed && !releasedRef.current && nextLocation.pathname !== currentLocation.pathname);
  // The navigation is refused, not postponed: the blocker never proceeds.
  useEffect(() => {
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);

  return {
    release: () => {
      releasedRef.current = true;
    },
  };
}
