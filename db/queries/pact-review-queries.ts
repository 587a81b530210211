// Reads and writes the reviews of the pact's action plan. Completion rates are counted in SQL over every
// action of the pact (an action nobody touched yet is "non engagée", an abandoned one stays counted), and
// the conventions serving an action are found through its operational objective, never typed.
import { AppError } from '../../core/domain/app-error.ts';
import type {
  LeverCompletion,
  LeverProgress,
  LinkedConvention,
  PactActionProgressRow,
  PactActionStatus,
  PactReviewDetail,
  PactReviewKind,
  PactReviewStatus,
  PactReviewSummary,
} from '../../core/domain/pact-review.ts';
import type { Db } from '../open-database.ts';

type ReviewRow = {
  id: number;
  pactId: number;
  pactCode: string;
  pactTitle: string;
  periodStart: number;
  periodEnd: number;
  kind: PactReviewKind;
  year: number;
  heldOn: string | null;
  status: PactReviewStatus;
  correctiveMeasures: string;
  priorities: string;
  decisions: string;
  createdAt: string;
  updatedAt: string;
};

const REVIEW_COLUMNS = `r.id, r.pact_id as pactId, p.code as pactCode, p.title as pactTitle, p.period_start as periodStart, p.period_end as periodEnd,
  r.kind, r.year, r.held_on as heldOn, r.status, r.corrective_measures as correctiveMeasures, r.priorities, r.decisions,
  r.created_at as createdAt, r.updated_at as updatedAt`;

/** Counts per lever; `rate` is a ratio computed by SQLite, the same figure the screen and the PDFs print. */
const LEVER_COMPLETION = `
  select l.id as leverId, l.number, l.title, count(a.id) as actions,
    coalesce(sum((case when a.id is null then null else coalesce(g.status, 'non_engagee') end) = 'realisee'), 0) as realisees,
    coalesce(sum((case when a.id is null then null else coalesce(g.status, 'non_engagee') end) = 'en_cours'), 0) as enCours,
    coalesce(sum((case when a.id is null then null else coalesce(g.status, 'non_engagee') end) = 'non_engagee'), 0) as nonEngagees,
    coalesce(sum((case when a.id is null then null else coalesce(g.status, 'non_engagee') end) = 'abandonnee'), 0) as abandonnees,
    coalesce(sum(coalesce(g.on_time, 1) = 0), 0) as late,
    case when count(a.id) = 0 then null else 1.0 * sum((case when a.id is null then null else coalesce(g.status, 'non_engagee') end) = 'realisee') / count(a.id) end as rate
  from pact_levers l
  left join pact_objectives o on o.lever_id = l.id
  left join pact_operational_objectives oo on oo.objective_id = o.id
  left join pact_actions a on a.operational_objective_id = oo.id
  left join pact_action_progress g on g.pact_action_id = a.id and g.review_id = :reviewId
  where l.pact_id = :pactId
  group by l.id
  order by l.number`;

function reviewRow(db: Db, id: number): ReviewRow {
  const row = db.$client.prepare(`select ${REVIEW_COLUMNS} from pact_reviews r join pacts p on p.id = r.pact_id where r.id = ?`).get(id) as ReviewRow | undefined;
  if (!row) throw new AppError('not_found', `Aucune revue du plan d’action n° ${id}.`);
  return row;
}

export function leverCompletion(db: Db, reviewId: number): LeverCompletion[] {
  const { pactId } = reviewRow(db, reviewId);
  return db.$client.prepare(LEVER_COMPLETION).all({ reviewId, pactId }) as LeverCompletion[];
}

type ActionRow = {
  leverId: number;
  objectiveId: number;
  objectiveCode: string;
  objectiveTitle: string;
  operationalId: number;
  operationalCode: string;
  operationalTitle: string;
  id: number;
  code: string;
  title: string;
  status: PactActionStatus | null;
  onTime: number | null;
  reason: string | null;
  comment: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
};

type LinkRow = LinkedConvention & { actionId: number; isPrimary: number };

/**
 * The conventions that serve each action of the pact, by the years the review looks at: its own year for
 * an annual review, the pact's years up to it for an evaluation.
 */
function linkedConventions(db: Db, review: ReviewRow): Map<number, { primary: LinkedConvention[]; secondary: LinkedConvention[] }> {
  const from = review.kind === 'annuelle' ? review.year : review.periodStart;
  const rows = db.$client
    .prepare(
      `select a.id as actionId, ao.is_primary as isPrimary, c.id, c.number, pr.name as providerName, app.title as applicationTitle, c.status, c.total_cents as totalCents
       from pact_actions a
       join application_objectives ao on ao.operational_objective_id = a.operational_objective_id
       join applications app on app.id = ao.application_id
       join conventions c on c.application_id = app.id
       join providers pr on pr.id = c.provider_id
       where a.pact_id = :pactId
         and exists (select 1 from convention_years y where y.convention_id = c.id and y.year between :from and :to)
       order by a.id, c.number`,
    )
    .all({ pactId: review.pactId, from, to: review.year }) as LinkRow[];
  const links = new Map<number, { primary: LinkedConvention[]; secondary: LinkedConvention[] }>();
  for (const { actionId, isPrimary, ...convention } of rows) {
    const entry = links.get(actionId) ?? { primary: [], secondary: [] };
    (isPrimary === 1 ? entry.primary : entry.secondary).push(convention);
    links.set(actionId, entry);
  }
  return links;
}

function actionRows(db: Db, review: ReviewRow): ActionRow[] {
  return db.$client
    .prepare(
      `select o.lever_id as leverId, o.id as objectiveId, o.code as objectiveCode, o.title as objectiveTitle,
         oo.id as operationalId, oo.code as operationalCode, oo.title as operationalTitle,
         a.id, a.code, a.title, g.status, g.on_time as onTime, g.reason, g.comment, g.updated_at as updatedAt, g.updated_by as updatedBy
       from pact_actions a
       join pact_operational_objectives oo on oo.id = a.operational_objective_id
       join pact_objectives o on o.id = oo.objective_id
       left join pact_action_progress g on g.pact_action_id = a.id and g.review_id = :reviewId
       where a.pact_id = :pactId
       order by o.position, oo.position, a.position`,
    )
    .all({ reviewId: review.id, pactId: review.pactId }) as ActionRow[];
}

export function getPactReview(db: Db, id: number): PactReviewDetail {
  const review = reviewRow(db, id);
  const completion = leverCompletion(db, id);
  const links = linkedConventions(db, review);
  const levers: LeverProgress[] = completion.map((lever) => ({ ...lever, abandoned: [], objectives: [] }));
  const byLever = new Map(levers.map((lever) => [lever.leverId, lever]));
  for (const row of actionRows(db, review)) {
    const lever = byLever.get(row.leverId);
    if (!lever) continue;
    let objective = lever.objectives.at(-1);
    if (objective?.id !== row.objectiveId) {
      objective = { id: row.objectiveId, code: row.objectiveCode, title: row.objectiveTitle, operational: [] };
      lever.objectives.push(objective);
    }
    let operational = objective.operational.at(-1);
    if (operational?.id !== row.operationalId) {
      operational = { id: row.operationalId, code: row.operationalCode, title: row.operationalTitle, actions: [] };
      objective.operational.push(operational);
    }
    const action: PactActionProgressRow = {
      id: row.id,
      code: row.code,
      title: row.title,
      status: row.status ?? 'non_engagee',
      onTime: row.onTime === null ? true : row.onTime === 1,
      reason: row.reason ?? '',
      comment: row.comment ?? '',
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
      conventions: links.get(row.id) ?? { primary: [], secondary: [] },
    };
    operational.actions.push(action);
    if (action.status === 'abandonnee') lever.abandoned.push({ code: action.code, title: action.title, reason: action.reason });
  }
  const sum = (pick: (lever: LeverCompletion) => number) => completion.reduce((total, lever) => total + pick(lever), 0);
  return { ...review, actions: sum((l) => l.actions), realisees: sum((l) => l.realisees), abandonnees: sum((l) => l.abandonnees), levers };
}

export function listPactReviews(db: Db): PactReviewSummary[] {
  return db.$client
    .prepare(
      `select r.id, r.pact_id as pactId, p.code as pactCode, r.kind, r.year, r.held_on as heldOn, r.status, r.created_at as createdAt, r.updated_at as updatedAt,
         (select count(*) from pact_actions a where a.pact_id = r.pact_id) as actions,
         (select count(*) from pact_action_progress g where g.review_id = r.id and g.status = 'realisee') as realisees,
         (select count(*) from pact_action_progress g where g.review_id = r.id and g.status = 'abandonnee') as abandonnees
       from pact_reviews r join pacts p on p.id = r.pact_id
       order by r.year desc, r.id desc`,
    )
    .all() as PactReviewSummary[];
}

export function findPactReview(db: Db, pactId: number, kind: PactReviewKind, year: number): number | null {
  const row = db.$client.prepare('select id from pact_reviews where pact_id = ? and kind = ? and year = ?').get(pactId, kind, year) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The review a new one starts from: the latest of the same pact up to its year (the same year: the one made before). */
export function previousPactReview(db: Db, pactId: number, year: number): number | null {
  const row = db.$client.prepare('select id from pact_reviews where pact_id = ? and year <= ? order by year desc, id desc limit 1').get(pactId, year) as { id: number } | undefined;
  return row?.id ?? null;
}

export function insertPactReview(db: Db, values: { pactId: number; kind: PactReviewKind; year: number; heldOn: string | null; at: string; actor: string }, startFrom: number | null): number {
  const { lastInsertRowid } = db.$client
    .prepare("insert into pact_reviews (pact_id, kind, year, held_on, status, created_at, created_by, updated_at) values (?, ?, ?, ?, 'brouillon', ?, ?, ?)")
    .run(values.pactId, values.kind, values.year, values.heldOn, values.at, values.actor, values.at);
  const id = Number(lastInsertRowid);
  if (startFrom !== null) {
    // Statuses, flags, reasons and comments carried over; who set them and when stay as they were.
    db.$client
      .prepare(
        `insert into pact_action_progress (review_id, pact_action_id, status, on_time, reason, comment, updated_at, updated_by)
         select ?, pact_action_id, status, on_time, reason, comment, updated_at, updated_by from pact_action_progress where review_id = ?`,
      )
      .run(id, startFrom);
  }
  return id;
}

export function reviewStatus(db: Db, id: number): { status: PactReviewStatus; pactId: number; kind: PactReviewKind; year: number } {
  const { status, pactId, kind, year } = reviewRow(db, id);
  return { status, pactId, kind, year };
}

export type StoredProgress = { status: PactActionStatus; onTime: boolean; reason: string; comment: string };

export function actionProgress(db: Db, reviewId: number, pactActionId: number): StoredProgress | null {
  const row = db.$client.prepare('select status, on_time as onTime, reason, comment from pact_action_progress where review_id = ? and pact_action_id = ?').get(reviewId, pactActionId) as
    | { status: PactActionStatus; onTime: number; reason: string; comment: string }
    | undefined;
  return row ? { ...row, onTime: row.onTime === 1 } : null;
}

/** Writes only what changed, so that saving the same values again leaves no trace in the log. */
export function saveActionProgress(db: Db, reviewId: number, pactActionId: number, progress: StoredProgress, at: string, actor: string): boolean {
  const current = actionProgress(db, reviewId, pactActionId) ?? { status: 'non_engagee', onTime: true, reason: '', comment: '' };
  if (current.status === progress.status && current.onTime === progress.onTime && current.reason === progress.reason && current.comment === progress.comment) return false;
  db.$client
    .prepare(
      `insert into pact_action_progress (review_id, pact_action_id, status, on_time, reason, comment, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (review_id, pact_action_id) do update set status = excluded.status, on_time = excluded.on_time, reason = excluded.reason,
         comment = excluded.comment, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .run(reviewId, pactActionId, progress.status, progress.onTime ? 1 : 0, progress.reason, progress.comment, at, actor);
  db.$client.prepare('update pact_reviews set updated_at = ? where id = ?').run(at, reviewId);
  return true;
}

export function actionOfPact(db: Db, pactId: number, pactActionId: number): { id: number; code: string } | null {
  return (db.$client.prepare('select id, code from pact_actions where pact_id = ? and id = ?').get(pactId, pactActionId) as { id: number; code: string } | undefined) ?? null;
}

export function updatePactReviewTexts(db: Db, id: number, texts: { heldOn: string | null; correctiveMeasures: string; priorities: string; decisions: string }, at: string): void {
  const current = reviewRow(db, id);
  if (current.heldOn === texts.heldOn && current.correctiveMeasures === texts.correctiveMeasures && current.priorities === texts.priorities && current.decisions === texts.decisions) return;
  db.$client
    .prepare('update pact_reviews set held_on = ?, corrective_measures = ?, priorities = ?, decisions = ?, updated_at = ? where id = ?')
    .run(texts.heldOn, texts.correctiveMeasures, texts.priorities, texts.decisions, at, id);
}

export function markPactReviewValidated(db: Db, id: number, at: string): void {
  db.$client.prepare("update pact_reviews set status = 'validee', updated_at = ? where id = ?").run(at, id);
}
