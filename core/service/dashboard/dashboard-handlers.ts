// The dashboard: one read of everything the home page shows for a year.
import { countBilansByStatus } from '../../../db/queries/bilan-read.ts';
import { callCount, callYears, dashboardMoney, latestPactReview, yearLevers } from '../../../db/queries/dashboard-queries.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import type { Dashboard, dashboardMethods } from './dashboard-api.ts';
import { dashboardIndicators } from './dashboard-indicators.ts';
import { dashboardTodo } from './dashboard-todo.ts';

/** The year shown when none is asked: the latest with a call, else the current one. */
export function defaultDashboardYear(years: readonly number[], today: string): number {
  return years[0] ?? Number(today.slice(0, 4));
}

export function readDashboard(context: ServiceContext, requestedYear: number | undefined): Dashboard {
  const { db } = context;
  const today = context.now().toISOString().slice(0, 10);
  const years = callYears(db);
  const year = requestedYear ?? defaultDashboardYear(years, today);
  const levers = yearLevers(db, year);
  return {
    year,
    years,
    today,
    callCount: callCount(db, year),
    money: dashboardMoney(db, year, levers),
    bilans: countBilansByStatus(db, year, today),
    indicators: dashboardIndicators(db, year, levers),
    pact: latestPactReview(db, year),
    todo: dashboardTodo(db, today),
  };
}

export const dashboardHandlers: Handlers<keyof typeof dashboardMethods> = {
  'dashboard.get': ({ year }, context) => readDashboard(context, year),
};
