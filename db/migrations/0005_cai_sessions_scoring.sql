CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`details` text NOT NULL,
	`previous_hash` text,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `evaluation_grids` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`family` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`definition` text NOT NULL,
	`frozen_at` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	CONSTRAINT "evaluation_grids_version_positive" CHECK("evaluation_grids"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_grids_version` ON `evaluation_grids` (`family`,`version`);--> statement-breakpoint
CREATE TABLE `jurors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`is_permanent` integer DEFAULT true NOT NULL,
	`email` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `avis` (
	`session_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`conditions` text DEFAULT '' NOT NULL,
	`reasons` text DEFAULT '' NOT NULL,
	`motivation` text DEFAULT '' NOT NULL,
	`proposed_cents` integer DEFAULT 0 NOT NULL,
	`decided_by` text NOT NULL,
	`decided_at` text NOT NULL,
	PRIMARY KEY(`session_id`, `application_id`),
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "avis_proposed_non_negative" CHECK("avis"."proposed_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE `score_answers` (
	`sheet_id` integer NOT NULL,
	`criterion_key` text NOT NULL,
	`score` integer,
	`is_not_applicable` integer DEFAULT false NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`sheet_id`, `criterion_key`),
	FOREIGN KEY (`sheet_id`) REFERENCES `score_sheets`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "score_answers_na" CHECK(not ("score_answers"."is_not_applicable" and "score_answers"."score" is not null))
);
--> statement-breakpoint
CREATE TABLE `score_pack_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`juror_id` integer NOT NULL,
	`pack_sha256` text NOT NULL,
	`saved_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `score_pack_imports_pack` ON `score_pack_imports` (`session_id`,`juror_id`,`pack_sha256`);--> statement-breakpoint
CREATE TABLE `score_sheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`juror_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`source` text DEFAULT 'app' NOT NULL,
	`submitted_at` text,
	`pack_saved_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `score_sheets_identity` ON `score_sheets` (`session_id`,`juror_id`,`application_id`);--> statement-breakpoint
CREATE INDEX `score_sheets_application` ON `score_sheets` (`application_id`);--> statement-breakpoint
CREATE TABLE `cai_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`grid_id` integer NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'preparation' NOT NULL,
	`quorum_rule` text NOT NULL,
	`disagreement_threshold` real DEFAULT 5 NOT NULL,
	`chair_juror_id` integer,
	`revealed_at` text,
	`revealed_by` text,
	`pack_secret` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`grid_id`) REFERENCES `evaluation_grids`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`chair_juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "cai_sessions_threshold" CHECK("cai_sessions"."disagreement_threshold" >= 0 and "cai_sessions"."disagreement_threshold" <= 20)
);
--> statement-breakpoint
CREATE INDEX `cai_sessions_call` ON `cai_sessions` (`call_id`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`juror_id` integer NOT NULL,
	`application_id` integer,
	`provider_id` integer,
	`type` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`declared_by` text NOT NULL,
	`is_pinned` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`withdrawn_at` text,
	`withdrawn_by` text,
	`withdrawn_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "conflicts_target" CHECK(("conflicts"."application_id" is null) <> ("conflicts"."provider_id" is null))
);
--> statement-breakpoint
CREATE INDEX `conflicts_session_juror` ON `conflicts` (`session_id`,`juror_id`);--> statement-breakpoint
CREATE TABLE `session_agenda` (
	`session_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`session_id`, `application_id`),
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_agenda_position` ON `session_agenda` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `session_members` (
	`session_id` integer NOT NULL,
	`juror_id` integer NOT NULL,
	`attendance` text DEFAULT 'convoque' NOT NULL,
	`represented_by_juror_id` integer,
	`pin_hash` text,
	PRIMARY KEY(`session_id`, `juror_id`),
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`represented_by_juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict
);
