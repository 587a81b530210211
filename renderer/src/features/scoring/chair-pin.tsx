// The chair's PIN, asked by every act only the chair may do (reveal, paper sheets, reopening), and the
// way a refused act's issues land under their fields.
import { TextInput } from '@mantine/core';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';

type Props = { value: string; onChange: (value: string) => void; error?: string | undefined; autoFocus?: boolean };

export function ChairPinInput({ value, onChange, error, autoFocus = false }: Props) {
  return (
    <TextInput
      label="Code PIN du président"
      description="Pour confirmer l’opération."
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      maw={260}
      withAsterisk
      aria-required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data-autofocus={autoFocus || undefined}
      data-testid="chair-pin"
    />
  );
}

/** Null when the PIN has the right form; the host checks the rest. */
export function chairPinProblem(pin: string): string | null {
  return /^\d{4,8}$/u.test(pin) ? null : 'Le code PIN compte 4 à 8 chiffres.';
}

/** The host's message for a field (issues carry a path such as "chairPin" or "answers.mobilite"). */
export function issueAt(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  return error.issues.find((issue) => issue.path === path)?.message;
}

/** The message of a refused act when no field shows it: the sentence itself, or nothing. */
export function generalError(error: unknown, fieldPaths: (path: string) => boolean): string | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiCallError && error.issues.length > 0 && error.issues.every((issue) => fieldPaths(issue.path))) return null;
  return errorMessage(error);
}
