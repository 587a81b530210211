// The organisation that runs the CAI: one row, the identity every document carries.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CIVILITIES } from './jury.ts';

export const organisation = sqliteTable(
  'organisation',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    department: text('department').notNull().default(''),
    address: text('address').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    logoDataUrl: text('logo_data_url'),
    /** The CCAS's SIRET (Luhn-checked): parties of the conventions and idAttribuant of the SCDL export. */
    siret: text('siret').notNull().default(''),
    /** The default advance paid at signature, in basis points of the year's amount (7000 = 70 %). */
    conventionAdvanceBp: integer('convention_advance_bp').notNull().default(7000),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('organisation_single_row', sql`${t.id} = 1`)],
);

export const signatories = sqliteTable('signatories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  position: integer('position').notNull(),
  civility: text('civility', { enum: CIVILITIES }).notNull().default(''),
  name: text('name').notNull(),
  role: text('role').notNull(),
});

/**
 * Who uses this computer (one row): asked on first start, every act done without a PIN is attributed
 * to this person rather than to the operating-system account.
 */
export const localUser = sqliteTable(
  'local_user',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('local_user_single_row', sql`${t.id} = 1`)],
);

/** Where this installation keeps its backups (one row); none means the folder beside the database. */
export const backupSettings = sqliteTable(
  'backup_settings',
  {
    id: integer('id').primaryKey(),
    folder: text('folder').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('backup_settings_single_row', sql`${t.id} = 1`)],
);
