// One TanStack Query client for the app: local host, so failures are real answers, not flaky networks.
import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from '../api/api-call-error.ts';

/** Retrying a refused input or a missing record gives the same answer; only a lost host may come back. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiCallError && error.code !== 'network') return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
}
