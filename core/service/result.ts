// The envelope every API call returns across IPC, HTTP and the CLI (browser-safe).

export type ApiError = {
  /** Stable, for code: 'validation', 'not_found', 'unknown_method', 'conflict', 'internal'… */
  code: string;
  /** French, for a person. */
  message: string;
  /** Where the problem is, when there is a place to point at (field paths of a payload, rows of a file). */
  issues?: { path: string; message: string }[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error a user can act on; its message is shown as is. Anything else is an internal error. */
export class AppError extends Error {
  readonly code: string;
  readonly issues: ApiError['issues'];

  constructor(code: string, message: string, issues?: ApiError['issues']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}
