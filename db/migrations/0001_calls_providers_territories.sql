CREATE TABLE `call_lever_envelopes` (
	`call_id` integer NOT NULL,
	`lever_id` integer NOT NULL,
	`envelope_cents` integer NOT NULL,
	PRIMARY KEY(`call_id`, `lever_id`),
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lever_id`) REFERENCES `pact_levers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "call_lever_envelopes_non_negative" CHECK("call_lever_envelopes"."envelope_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE `calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`pact_id` integer NOT NULL,
	`opens_on` text,
	`closes_on` text,
	`envelope_cents` integer NOT NULL,
	`priorities` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'preparation' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "calls_envelope_non_negative" CHECK("calls"."envelope_cents" >= 0),
	CONSTRAINT "calls_dates_ordered" CHECK("calls"."opens_on" is null or "calls"."closes_on" is null or "calls"."opens_on" <= "calls"."closes_on")
);
--> statement-breakpoint
CREATE TABLE `providers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`legal_form` text NOT NULL,
	`siret` text,
	`rna` text,
	`address` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`representative_name` text DEFAULT '' NOT NULL,
	`representative_role` text DEFAULT '' NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`search_name` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `providers_siret` ON `providers` (`siret`) WHERE "providers"."siret" is not null;--> statement-breakpoint
CREATE INDEX `providers_search_name` ON `providers` (`search_name`);--> statement-breakpoint
CREATE TABLE `territories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`is_priority` integer DEFAULT false NOT NULL,
	`parent_id` integer,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `territories_code_unique` ON `territories` (`code`);