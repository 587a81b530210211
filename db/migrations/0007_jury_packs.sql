CREATE TABLE `jury_pack_exports` (
	`pack_id` text PRIMARY KEY NOT NULL,
	`session_id` integer NOT NULL,
	`juror_id` integer NOT NULL,
	`body_sha256` text NOT NULL,
	`is_encrypted` integer NOT NULL,
	`exported_at` text NOT NULL,
	`exported_by` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `jury_pack_exports_session_juror` ON `jury_pack_exports` (`session_id`,`juror_id`);--> statement-breakpoint
CREATE TABLE `opened_jury_pack` (
	`id` integer PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`session_id` integer NOT NULL,
	`juror_id` integer NOT NULL,
	`binding` text NOT NULL,
	`body_sha256` text NOT NULL,
	`passphrase_hash` text,
	`opened_at` text NOT NULL,
	`opened_by` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `cai_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`juror_id`) REFERENCES `jurors`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "opened_jury_pack_single_row" CHECK("opened_jury_pack"."id" = 1)
);
