// zod speaks French here (its own fr locale for the generic messages; our schemas carry their own),
// and its issues become the API's { path, message } list.
import { z } from 'zod';
import type { ErrorIssue } from '../domain/app-error.ts';

z.config(z.locales.fr());

export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function describeIssues(issues: ErrorIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} : ${issue.message}` : issue.message)).join(' ; ');
}
