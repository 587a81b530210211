-- Custom migration (drizzle-kit generate --custom): FTS5 indexes cannot be declared in the drizzle schema.
-- The indexed text is core/domain/text.ts toSearchText() of each field (accents, case and ligatures
-- folded by the app, so that indexing and querying agree); rowid is the application's or provider's id.
-- The app writes these rows in the same transaction as the rows they index.
CREATE VIRTUAL TABLE `application_search` USING fts5(title, summary, description, provider_name, tokenize = 'unicode61');
--> statement-breakpoint
CREATE VIRTUAL TABLE `provider_search` USING fts5(name, siret, tokenize = 'unicode61');
--> statement-breakpoint
INSERT INTO `provider_search` (rowid, name, siret) SELECT id, search_name, coalesce(siret, '') FROM providers;
