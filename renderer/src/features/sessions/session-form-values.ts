// Between the session form (selects speak in strings, numbers may be blank) and the API's input. The API's
// own schema judges the converted input and its issues are moved onto the form's fields.
import { z } from 'zod';
import type { GridSummary, Juror, SessionDetail, SessionInput } from '../../../../core/service/api.ts';
import { sessionFieldsSchema } from '../../../../core/service/sessions/sessions-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';

export type SessionFormValues = {
  /** '' until a call is chosen. */
  callId: string;
  title: string;
  /** ISO date from <input type="date">, '' when not set. */
  heldOn: string;
  place: string;
  /** '' only while no grid exists (the host then takes the shipped one). */
  gridId: string;
  quorumKind: 'majority_of_permanent' | 'minimum_present';
  /** NumberInput gives '' while the field is empty. */
  quorumCount: number | string;
  disagreementThreshold: number | string;
  jurorIds: string[];
  /** '' for no chair yet. */
  chairJurorId: string;
};

const FIELDS = ['callId', 'title', 'heldOn', 'place', 'gridId', 'quorumKind', 'quorumCount', 'disagreementThreshold', 'jurorIds', 'chairJurorId'] as const;

/** The latest version of the shipped grid, else the latest version of any: what a new session scores with. */
export function defaultGrid(grids: GridSummary[]): GridSummary | undefined {
  const latest = (family: string) => grids.filter((grid) => grid.family === family).sort((a, b) => b.version - a.version)[0];
  return latest('pacte-defaut') ?? [...grids].sort((a, b) => b.id - a.id)[0];
}

/** The juror who chairs by role (responsable des dispositifs d'insertion), among those convened. */
export function likelyChair(jurorIds: string[], jurors: Juror[]): string {
  const chair = jurors.find((juror) => juror.role === 'responsable_dispositifs' && jurorIds.includes(String(juror.id)));
  return chair ? String(chair.id) : '';
}

export function toFormValues(session: SessionDetail | undefined, grids: GridSummary[], prefillCallId: number | null): SessionFormValues {
  if (!session) {
    const grid = defaultGrid(grids);
    return {
      callId: prefillCallId === null ? '' : String(prefillCallId),
      title: '',
      heldOn: '',
      place: '',
      gridId: grid ? String(grid.id) : '',
      quorumKind: 'majority_of_permanent',
      quorumCount: 3,
      disagreementThreshold: 5,
      jurorIds: [],
      chairJurorId: '',
    };
  }
  return {
    callId: String(session.callId),
    title: session.title,
    heldOn: session.heldOn,
    place: session.place,
    gridId: String(session.gridId),
    quorumKind: session.quorumRule.kind,
    quorumCount: session.quorumRule.kind === 'minimum_present' ? session.quorumRule.count : 3,
    disagreementThreshold: session.disagreementThreshold,
    jurorIds: session.members.map((member) => String(member.id)),
    chairJurorId: session.chairJurorId === null ? '' : String(session.chairJurorId),
  };
}

const toNumber = (value: number | string): number => (typeof value === 'number' ? value : Number.NaN);

export function toSessionInput(values: SessionFormValues): SessionInput {
  return {
    // Placeholders where nothing was chosen: the form's own messages replace the schema's.
    callId: values.callId === '' ? 0 : Number(values.callId),
    title: values.title,
    heldOn: values.heldOn,
    place: values.place,
    ...(values.gridId === '' ? {} : { gridId: Number(values.gridId) }),
    quorumRule: values.quorumKind === 'minimum_present' ? { kind: 'minimum_present', count: toNumber(values.quorumCount) } : { kind: 'majority_of_permanent' },
    disagreementThreshold: toNumber(values.disagreementThreshold),
    jurorIds: values.jurorIds.map(Number),
    chairJurorId: values.chairJurorId === '' ? null : Number(values.chairJurorId),
  };
}

/** Where an API issue path sits in the form ("quorumRule.count" → quorumCount), if anywhere. */
function toFormPath(apiPath: string): string | null {
  if (apiPath.startsWith('quorumRule.count')) return 'quorumCount';
  if (apiPath.startsWith('quorumRule')) return 'quorumKind';
  if (apiPath.startsWith('jurorIds')) return 'jurorIds';
  return (FIELDS as readonly string[]).includes(apiPath) ? apiPath : null;
}

function formIssues(values: SessionFormValues): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (values.callId === '') issues.push({ path: 'callId', message: 'Choisissez l’appel à projets.' });
  if (values.heldOn === '') issues.push({ path: 'heldOn', message: 'La date de la séance est requise.' });
  if (values.quorumKind === 'minimum_present' && values.quorumCount === '') issues.push({ path: 'quorumCount', message: 'Indiquez le nombre de membres requis.' });
  if (values.disagreementThreshold === '') issues.push({ path: 'disagreementThreshold', message: 'Indiquez le seuil de désaccord (5 par défaut).' });
  if (values.chairJurorId !== '' && !values.jurorIds.includes(values.chairJurorId)) {
    issues.push({ path: 'chairJurorId', message: 'Le président doit faire partie des membres du jury convoqués.' });
  }
  const checked = sessionFieldsSchema.safeParse(toSessionInput(values));
  for (const issue of checked.success ? [] : checked.error.issues) {
    const path = toFormPath(issue.path.map(String).join('.'));
    if (path !== null && !issues.some((known) => known.path === path)) issues.push({ path, message: issue.message });
  }
  return issues;
}

/** For schemaResolver: the values judged by formIssues, issues at the form's own paths. */
export const sessionFormSchema = z.custom<SessionFormValues>().superRefine((values, ctx) => {
  for (const issue of formIssues(values)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});

/** Host issues naming a field go under it; the rest are listed above the form. */
export function splitIssues(error: unknown): { fieldErrors: Record<string, string>; otherMessages: string[] } {
  const fieldErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  if (!(error instanceof ApiCallError)) return { fieldErrors, otherMessages };
  for (const issue of error.issues) {
    const path = toFormPath(issue.path);
    if (path === null) otherMessages.push(issue.message);
    else fieldErrors[path] ??= issue.message;
  }
  return { fieldErrors, otherMessages };
}
