// Providers (prestataires / porteurs): the bodies that run collective actions and apply for funding.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { CIVILITIES } from './jury.ts';

export const LEGAL_FORMS = ['association', 'siae', 'entreprise', 'etablissement_public', 'autre'] as const;

export const providers = sqliteTable(
  'providers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    legalForm: text('legal_form', { enum: LEGAL_FORMS }).notNull(),
    /** 14 digits, Luhn-checked before it is stored; the identity of a provider across imports. */
    siret: text('siret'),
    /** Associations only: W + 9 digits. */
    rna: text('rna'),
    address: text('address').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    representativeCivility: text('representative_civility', { enum: CIVILITIES }).notNull().default(''),
    representativeName: text('representative_name').notNull().default(''),
    representativeRole: text('representative_role').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** toSearchText of the name: duplicate warnings and search compare on it. */
    searchName: text('search_name').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('providers_siret').on(t.siret).where(sql`${t.siret} is not null`), index('providers_search_name').on(t.searchName)],
);
