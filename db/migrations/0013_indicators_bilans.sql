CREATE TABLE `bilan_indicator_values` (
	`bilan_id` integer NOT NULL,
	`code` text NOT NULL,
	`dimension` text NOT NULL,
	`category` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`bilan_id`, `code`, `dimension`, `category`),
	FOREIGN KEY (`bilan_id`) REFERENCES `bilans`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "bilan_indicator_values_non_negative" CHECK("bilan_indicator_values"."value" >= 0)
);
--> statement-breakpoint
CREATE INDEX `bilan_indicator_values_code_dimension` ON `bilan_indicator_values` (`code`,`dimension`);--> statement-breakpoint
CREATE TABLE `bilans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`convention_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'attendu' NOT NULL,
	`outcome` text,
	`due_on` text NOT NULL,
	`received_on` text,
	`qualitative` text DEFAULT '' NOT NULL,
	`appraisal` text DEFAULT '' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`decided_on` text,
	`decided_by` text,
	`source_sha256` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bilans_convention_year` ON `bilans` (`convention_id`,`year`);--> statement-breakpoint
CREATE INDEX `bilans_year_status` ON `bilans` (`year`,`status`);--> statement-breakpoint
CREATE TABLE `convention_indicator_targets` (
	`convention_id` integer NOT NULL,
	`year` integer NOT NULL,
	`code` text NOT NULL,
	`target_value` real NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`convention_id`, `year`, `code`),
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "convention_indicator_targets_non_negative" CHECK("convention_indicator_targets"."target_value" >= 0)
);
--> statement-breakpoint
CREATE INDEX `convention_indicator_targets_year_code` ON `convention_indicator_targets` (`year`,`code`);--> statement-breakpoint
CREATE TABLE `financial_report_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bilan_id` integer NOT NULL,
	`side` text NOT NULL,
	`position` integer NOT NULL,
	`account` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`planned_cents` integer NOT NULL,
	`actual_cents` integer NOT NULL,
	FOREIGN KEY (`bilan_id`) REFERENCES `bilans`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "financial_report_lines_non_negative" CHECK("financial_report_lines"."planned_cents" >= 0 and "financial_report_lines"."actual_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `financial_report_lines_bilan` ON `financial_report_lines` (`bilan_id`);--> statement-breakpoint
CREATE TABLE `indicator_definitions` (
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`catalogue_key` text NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`unit` text NOT NULL,
	`kind` text NOT NULL,
	`aggregation` text NOT NULL,
	`numerator_code` text,
	`denominator_code` text,
	`derived_from_json` text DEFAULT '[]' NOT NULL,
	`breakdowns_json` text DEFAULT '[]' NOT NULL,
	`subset_of_code` text,
	`exclusive_group` text,
	`definition` text DEFAULT '' NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`imported_at` text NOT NULL,
	PRIMARY KEY(`code`, `version`)
);
--> statement-breakpoint
CREATE INDEX `indicator_definitions_catalogue` ON `indicator_definitions` (`catalogue_key`);--> statement-breakpoint
CREATE TABLE `pact_action_progress` (
	`review_id` integer NOT NULL,
	`pact_action_id` integer NOT NULL,
	`status` text DEFAULT 'non_engagee' NOT NULL,
	`on_time` integer DEFAULT true NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`review_id`, `pact_action_id`),
	FOREIGN KEY (`review_id`) REFERENCES `pact_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pact_action_id`) REFERENCES `pact_actions`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "pact_action_progress_abandon_reason" CHECK("pact_action_progress"."status" <> 'abandonnee' or length(trim("pact_action_progress"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE `pact_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pact_id` integer NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`held_on` text,
	`status` text DEFAULT 'brouillon' NOT NULL,
	`corrective_measures` text DEFAULT '' NOT NULL,
	`priorities` text DEFAULT '' NOT NULL,
	`decisions` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`pact_id`) REFERENCES `pacts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pact_reviews_kind_year` ON `pact_reviews` (`pact_id`,`kind`,`year`);--> statement-breakpoint
CREATE TABLE `territory_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`territory_id` integer NOT NULL,
	`flag` text DEFAULT 'qpv' NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `territory_flags_territory` ON `territory_flags` (`territory_id`);--> statement-breakpoint
INSERT INTO `territory_flags` (`territory_id`, `flag`, `valid_from`) SELECT `id`, 'qpv', '2015-01-01' FROM `territories` WHERE `is_priority` = 1;
