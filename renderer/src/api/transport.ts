// What the typed client needs from a transport: send one call, get its envelope back, never throw.
import type { ApiError, Result } from '../../../core/service/result.ts';

export type Transport = {
  readonly kind: 'ipc' | 'http';
  send(method: string, input: unknown): Promise<Result<unknown>>;
};

export function failure(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** The host is trusted but the wire is not typed: anything that is not an envelope becomes an error. */
export function asResult(body: unknown): Result<unknown> | null {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return null;
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (body.ok === false && 'error' in body && isApiError(body.error)) return { ok: false, error: body.error };
  return null;
}

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
