// What every handler is given: it never knows whether IPC, HTTP or the CLI called it.
import type { Db } from '../../db/open-database.ts';

export type ServiceContext = {
  db: Db;
  databaseFile: string;
  schemaVersion: number;
  appVersion: string;
  /** resources/ of the app: the shipped referential, later the grids and templates. */
  resourcesDir: string;
  /** Where the attached files of this database are copied, named by SHA-256 (one folder per database file). */
  attachmentsDir: string;
  now: () => Date;
  /** Who is acting, for the history of decisions: the session's user on this machine until the app has accounts. */
  actor: string;
  /**
   * scrypt cost (N) of the keys this installation writes into jury packs; unset, the packs' own
   * (131,072: half a second a guess). Only tests lower it, never below what a reader accepts (16,384):
   * a pack carries its cost, so what is written here changes no reader.
   */
  packKdfCost?: number;
};
