// Facts about the running app.
import type { Handlers } from '../handlers.ts';
import type { appMethods } from './app-api.ts';
import { setupStatus } from './setup-status.ts';

export const appHandlers: Handlers<keyof typeof appMethods> = {
  'app.info': (_input, context) => ({
    name: 'Pacte CAI',
    version: context.appVersion,
    databaseFile: context.databaseFile,
    schemaVersion: context.schemaVersion,
  }),
  'app.setupStatus': (_input, { db }) => setupStatus(db),
};
