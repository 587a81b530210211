// Facts about the running app and its database (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type AppInfo = { name: string; version: string; databaseFile: string; schemaVersion: number };

/** What the organisation's identity still lacks before documents can carry it. */
export type OrganisationGap = 'name' | 'address' | 'siret' | 'signatory';

/**
 * How far the first setup has gone, step by step, from the database's own rows (the "Pour commencer"
 * checklist of a first start): each step done or not, with what it holds or lacks.
 */
export type SetupStatus = {
  organisation: { done: boolean; missing: OrganisationGap[] };
  territories: { done: boolean; count: number; priorityCount: number };
  pact: { done: boolean; count: number; latest: { code: string; title: string; periodStart: number; periodEnd: number } | null };
  call: { done: boolean; count: number };
  jury: { done: boolean; count: number };
  /** Every step done: the checklist has nothing left to say. */
  complete: boolean;
  /** Demo calls are in the database (the checklist then stops offering to load them). */
  demoLoaded: boolean;
};

export const appMethods = {
  'app.info': defineMethod<AppInfo>()(z.object({}).strict()),
  'app.setupStatus': defineMethod<SetupStatus>()(z.object({}).strict()),
};
