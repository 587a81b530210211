CREATE TABLE `avenants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`convention_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`changes` text NOT NULL,
	`reason` text NOT NULL,
	`previous_total_cents` integer NOT NULL,
	`new_total_cents` integer NOT NULL,
	`ca_deliberation_ref` text,
	`ca_deliberation_on` text,
	`signed_on` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `avenants_rank` ON `avenants` (`convention_id`,`rank`);--> statement-breakpoint
CREATE TABLE `convention_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`convention_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`summary` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `convention_events_convention` ON `convention_events` (`convention_id`);--> statement-breakpoint
CREATE TABLE `convention_years` (
	`convention_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`bilan_accepted_on` text,
	PRIMARY KEY(`convention_id`, `year`),
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "convention_years_amount" CHECK("convention_years"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `convention_years_year` ON `convention_years` (`year`);--> statement-breakpoint
CREATE TABLE `conventions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`application_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`instrument` text DEFAULT 'convention' NOT NULL,
	`duration` text DEFAULT 'annuelle' NOT NULL,
	`object` text NOT NULL,
	`open_data_object` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`total_cents` integer NOT NULL,
	`eligible_cost_cents` integer DEFAULT 0 NOT NULL,
	`conditions` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'brouillon' NOT NULL,
	`ca_deliberation_ref` text,
	`ca_deliberation_on` text,
	`signed_provider_on` text,
	`signed_ccas_on` text,
	`advance_bp` integer NOT NULL,
	`template_version` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "conventions_total_non_negative" CHECK("conventions"."total_cents" >= 0),
	CONSTRAINT "conventions_dates_ordered" CHECK("conventions"."starts_on" <= "conventions"."ends_on"),
	CONSTRAINT "conventions_advance_bp" CHECK("conventions"."advance_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conventions_number` ON `conventions` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `conventions_application` ON `conventions` (`application_id`);--> statement-breakpoint
CREATE INDEX `conventions_provider` ON `conventions` (`provider_id`);--> statement-breakpoint
CREATE INDEX `conventions_status` ON `conventions` (`status`);--> statement-breakpoint
CREATE INDEX `conventions_session` ON `conventions` (`session_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`convention_id` integer NOT NULL,
	`schedule_line_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text NOT NULL,
	`mandate_ref` text DEFAULT '' NOT NULL,
	`ordered_on` text,
	`paid_on` text,
	`override_reason` text DEFAULT '' NOT NULL,
	`cancel_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`schedule_line_id`) REFERENCES `schedule_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "payments_amount_positive" CHECK("payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `payments_convention` ON `payments` (`convention_id`);--> statement-breakpoint
CREATE INDEX `payments_line` ON `payments` (`schedule_line_id`);--> statement-breakpoint
CREATE TABLE `recoveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`convention_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`cause` text NOT NULL,
	`decision_ref` text NOT NULL,
	`due_on` text,
	`received_on` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "recoveries_amount_positive" CHECK("recoveries"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `recoveries_convention` ON `recoveries` (`convention_id`);--> statement-breakpoint
CREATE TABLE `schedule_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`convention_id` integer NOT NULL,
	`year` integer NOT NULL,
	`rank` integer NOT NULL,
	`kind` text NOT NULL,
	`percent_bp` integer,
	`planned_cents` integer NOT NULL,
	`trigger` text NOT NULL,
	`planned_on` text,
	`superseded_by_avenant_id` integer,
	`created_by_avenant_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`superseded_by_avenant_id`) REFERENCES `avenants`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_avenant_id`) REFERENCES `avenants`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "schedule_lines_planned" CHECK("schedule_lines"."planned_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `schedule_lines_convention` ON `schedule_lines` (`convention_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `schedule_lines_rank` ON `schedule_lines` (`convention_id`,`rank`);--> statement-breakpoint
ALTER TABLE `organisation` ADD `siret` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisation` ADD `convention_advance_bp` integer DEFAULT 7000 NOT NULL;