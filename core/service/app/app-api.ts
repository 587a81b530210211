// Facts about the running app and its database (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type AppInfo = { name: string; version: string; databaseFile: string; schemaVersion: number };

export const appMethods = {
  'app.info': defineMethod<AppInfo>()(z.object({}).strict()),
};
