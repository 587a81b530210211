// An error a person can act on: a stable code for code, a French message for the person.

export type ErrorIssue = { path: string; message: string };

export class AppError extends Error {
  readonly code: string;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: string, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}
