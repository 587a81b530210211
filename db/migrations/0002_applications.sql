CREATE TABLE `application_budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`position` integer NOT NULL,
	`account` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "application_budget_lines_non_negative" CHECK("application_budget_lines"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `application_budget_lines_application` ON `application_budget_lines` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`target` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_indicators_application` ON `application_indicators` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_objectives` (
	`application_id` integer NOT NULL,
	`operational_objective_id` integer NOT NULL,
	`is_primary` integer NOT NULL,
	PRIMARY KEY(`application_id`, `operational_objective_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`operational_objective_id`) REFERENCES `pact_operational_objectives`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `application_objectives_one_primary` ON `application_objectives` (`application_id`) WHERE "application_objectives"."is_primary" = 1;--> statement-breakpoint
CREATE INDEX `application_objectives_objective` ON `application_objectives` (`operational_objective_id`);--> statement-breakpoint
CREATE TABLE `application_publics` (
	`application_id` integer NOT NULL,
	`public_key` text NOT NULL,
	PRIMARY KEY(`application_id`, `public_key`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `application_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `application_status_changes_application` ON `application_status_changes` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_territories` (
	`application_id` integer NOT NULL,
	`territory_id` integer NOT NULL,
	PRIMARY KEY(`application_id`, `territory_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `application_territories_territory` ON `application_territories` (`territory_id`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`title` text NOT NULL,
	`title_key` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`public_other` text DEFAULT '' NOT NULL,
	`expected_participants` integer DEFAULT 0 NOT NULL,
	`expected_rsa_participants` integer DEFAULT 0 NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`is_renewal` integer DEFAULT false NOT NULL,
	`duration` text DEFAULT 'annuelle' NOT NULL,
	`mobility` text DEFAULT '' NOT NULL,
	`charges_cents` integer DEFAULT 0 NOT NULL,
	`income_cents` integer DEFAULT 0 NOT NULL,
	`requested_cents` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'brouillon' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "applications_participants" CHECK("applications"."expected_participants" >= 0 and "applications"."expected_rsa_participants" >= 0 and "applications"."expected_rsa_participants" <= "applications"."expected_participants"),
	CONSTRAINT "applications_dates_ordered" CHECK("applications"."starts_on" is null or "applications"."ends_on" is null or "applications"."starts_on" <= "applications"."ends_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_identity` ON `applications` (`call_id`,`provider_id`,`title_key`);--> statement-breakpoint
CREATE INDEX `applications_call_status` ON `applications` (`call_id`,`status`);--> statement-breakpoint
CREATE INDEX `applications_provider` ON `applications` (`provider_id`);