// Organisation settings.
import { readOrganisation, saveOrganisation } from '../../../db/queries/settings-queries.ts';
import type { Handlers } from '../handlers.ts';
import type { settingsMethods } from './settings-api.ts';

export const settingsHandlers: Handlers<keyof typeof settingsMethods> = {
  'settings.getOrganisation': (_input, { db }) => readOrganisation(db),
  'settings.saveOrganisation': (input, { db, now }) => saveOrganisation(db, input, now().toISOString()),
};
