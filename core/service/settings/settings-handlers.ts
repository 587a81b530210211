// Organisation settings.
import { readOrganisation, saveOrganisation } from '../../../db/queries/settings-queries.ts';
import type { Handlers } from '../handlers.ts';
import { EMPTY_ORGANISATION, type OrganisationSettings, type settingsMethods } from './settings-api.ts';

const NEVER_SAVED: OrganisationSettings = { ...EMPTY_ORGANISATION, updatedAt: null };

export const settingsHandlers: Handlers<keyof typeof settingsMethods> = {
  'settings.getOrganisation': (_input, { db }) => readOrganisation(db) ?? NEVER_SAVED,
  'settings.saveOrganisation': (input, { db, now }) => saveOrganisation(db, input, now().toISOString()) ?? NEVER_SAVED,
};
