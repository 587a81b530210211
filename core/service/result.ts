// The envelope every API call returns across IPC, HTTP and the CLI (browser-safe).
import type { ErrorIssue } from '../domain/app-error.ts';

export type ApiError = {
  /** Stable, for code: 'validation', 'not_found', 'unknown_method', 'conflict', 'internal'… */
  code: string;
  /** French, for a person. */
  message: string;
  /** Where the problem is, when there is a place to point at (field paths of a payload, rows of a file). */
  issues?: ErrorIssue[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
