// Territories an action may cover (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type Territory = { id: number; code: string; name: string; isPriority: boolean; parentId: number | null; archived: boolean };

export const territoriesMethods = {
  'territories.list': defineMethod<Territory[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),
};
