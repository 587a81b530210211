CREATE TABLE `pact_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`operational_objective_id` integer NOT NULL,
	`position` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`partners_json` text DEFAULT '[]' NOT NULL,
	`sources_json` text DEFAULT '[]' NOT NULL,
	`search_title` text NOT NULL,
	`search_partners` text NOT NULL,
	`search_sources` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`operational_objective_id`) REFERENCES `pact_operational_objectives`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pact_actions_pact_code` ON `pact_actions` (`pact_id`,`code`);--> statement-breakpoint
CREATE INDEX `pact_actions_operational_objective` ON `pact_actions` (`operational_objective_id`);--> statement-breakpoint
CREATE TABLE `pact_curation_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`position` integer NOT NULL,
	`location` text NOT NULL,
	`problem` text NOT NULL,
	`fix` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `pact_governance_bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`position` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`frequency` text NOT NULL,
	`role` text NOT NULL,
	`members_json` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `pact_key_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`year` integer,
	`note` text,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pact_key_figures_pact_key` ON `pact_key_figures` (`pact_id`,`key`);--> statement-breakpoint
CREATE TABLE `pact_levers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`number` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`search_text` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pact_levers_pact_number` ON `pact_levers` (`pact_id`,`number`);--> statement-breakpoint
CREATE TABLE `pact_objectives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`lever_id` integer NOT NULL,
	`position` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`search_text` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`lever_id`) REFERENCES `pact_levers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pact_objectives_pact_code` ON `pact_objectives` (`pact_id`,`code`);--> statement-breakpoint
CREATE INDEX `pact_objectives_lever` ON `pact_objectives` (`lever_id`);--> statement-breakpoint
CREATE TABLE `pact_operational_objectives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`objective_id` integer NOT NULL,
	`position` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`search_text` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`objective_id`) REFERENCES `pact_objectives`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pact_operational_objectives_pact_code` ON `pact_operational_objectives` (`pact_id`,`code`);--> statement-breakpoint
CREATE INDEX `pact_operational_objectives_objective` ON `pact_operational_objectives` (`objective_id`);--> statement-breakpoint
CREATE TABLE `pacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`subtitle` text DEFAULT '' NOT NULL,
	`territory` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`format_version` integer NOT NULL,
	`content_sha256` text NOT NULL,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pacts_code_unique` ON `pacts` (`code`);--> statement-breakpoint
CREATE TABLE `organisation` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`logo_data_url` text,
	`updated_at` text NOT NULL,
	CONSTRAINT "organisation_single_row" CHECK("organisation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `signatories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL
);
