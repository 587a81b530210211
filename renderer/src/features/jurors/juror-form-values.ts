// Between the juror form (every field a string) and the API's input; the API's own schema judges it,
// its issues land on the form's fields, so the form and the host speak with one voice.
import { z } from 'zod';
import type { Civility } from '../../../../core/domain/french-gender.ts';
import type { Juror, JurorInput, JurorRole } from '../../../../core/service/api.ts';
import { jurorFieldsSchema } from '../../../../core/service/jurors/jurors-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';

export type JurorFormValues = {
  name: string;
  civility: Civility;
  /** '' until a role is chosen (the Select gives null). */
  role: JurorRole | '';
  organisation: string;
  /** 'titulaire' | 'suppleant': a radio group speaks in strings. */
  standing: 'titulaire' | 'suppleant';
  email: string;
};

const FIELDS = ['name', 'civility', 'role', 'organisation', 'email'] as const;
const isField = (path: string): path is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(path);

export function toFormValues(juror: Juror | undefined): JurorFormValues {
  if (!juror) return { name: '', civility: '', role: '', organisation: '', standing: 'titulaire', email: '' };
  return { name: juror.name, civility: juror.civility, role: juror.role, organisation: juror.organisation, standing: juror.isPermanent ? 'titulaire' : 'suppleant', email: juror.email ?? '' };
}

export function toJurorInput(values: JurorFormValues): JurorInput {
  return {
    name: values.name,
    civility: values.civility,
    // An empty choice is left for the schema to refuse; the form gives its own message.
    role: (values.role === '' ? undefined : values.role) as JurorRole,
    organisation: values.organisation,
    isPermanent: values.standing === 'titulaire',
    email: values.email.trim() === '' ? null : values.email.trim(),
  };
}

/** For schemaResolver: the values judged by the API's schema, issues at the form's own paths. */
export const jurorFormSchema = z.custom<JurorFormValues>().superRefine((values, ctx) => {
  if (values.role === '') ctx.addIssue({ code: 'custom', path: ['role'], message: 'Choisissez le rôle du membre.' });
  const checked = jurorFieldsSchema.safeParse(toJurorInput(values));
  for (const issue of checked.success ? [] : checked.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path === 'role' && values.role === '') continue;
    if (isField(path)) ctx.addIssue({ code: 'custom', path: [path], message: issue.message });
  }
});

/** Host issues naming a field go under it; the rest are listed above the form. */
export function splitIssues(error: unknown): { fieldErrors: Record<string, string>; otherMessages: string[] } {
  const fieldErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  if (!(error instanceof ApiCallError)) return { fieldErrors, otherMessages };
  for (const issue of error.issues) {
    if (isField(issue.path)) fieldErrors[issue.path] ??= issue.message;
    else otherMessages.push(issue.message);
  }
  return { fieldErrors, otherMessages };
}
