// zod speaks French here (its own fr locale for the generic messages; our schemas carry their own),
// and its issues become the API's { path, message } list.
import { z } from 'zod';
import type { ErrorIssue } from '../domain/app-error.ts';

z.config(z.locales.fr());

export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // zod reports extra keys on their parent object; point at each key instead, so that a field can show it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: `Clé non reconnue : « ${key} ».` }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

export function describeIssues(issues: ErrorIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} : ${issue.message}` : issue.message)).join(' ; ');
}
