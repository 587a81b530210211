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

// C0 control characters and DEL, tab and line breaks aside: typed by nobody, they come from a pasted
// binary or a crafted request, print as nothing (or break a PDF line, a CSV row, a terminal), and a NUL
// cuts a name short in other programs reading the base.
// eslint-disable-next-line no-control-regex -- finding these characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** What to say of a text holding a control character (its code and position); null when it holds none. */
export function controlCharacterMessage(text: string): string | null {
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return null;
  const codePoint = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `Caractère de contrôle invisible (U+${codePoint}) à la position ${found.index + 1} : retirez-le (il vient souvent d’un copier-coller).`;
}

/** Every text of an input holding a control character, with its place; [] when there is none. */
export function controlCharacterIssues(value: unknown, path: string[] = []): ErrorIssue[] {
  if (typeof value === 'string') {
    const message = controlCharacterMessage(value);
    return message === null ? [] : [{ path: path.join('.'), message }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterIssues(item, [...path, String(index)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => controlCharacterIssues(item, [...path, key]));
  return [];
}
