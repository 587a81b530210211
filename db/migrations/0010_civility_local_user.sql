CREATE TABLE `local_user` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "local_user_single_row" CHECK("local_user"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE `providers` ADD `representative_civility` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `signatories` ADD `civility` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `jurors` ADD `civility` text DEFAULT '' NOT NULL;