// The error a failed API call throws: carries the host's code, French message and field issues.
import type { ApiError } from '../../../core/service/result.ts';

export class ApiCallError extends Error {
  readonly code: string;
  readonly method: string;
  readonly issues: NonNullable<ApiError['issues']>;

  constructor(method: string, error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.method = method;
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** Any thrown value as a sentence a person can read (a programming error stays generic, in French). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, relancez Pacte CAI.';
}
