CREATE TABLE `application_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`document_type` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text NOT NULL,
	`removed_at` text,
	`removed_by` text,
	`removed_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "application_attachments_size" CHECK("application_attachments"."size_bytes" >= 0),
	CONSTRAINT "application_attachments_sha256" CHECK(length("application_attachments"."sha256") = 64)
);
--> statement-breakpoint
CREATE INDEX `application_attachments_application` ON `application_attachments` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`is_checked` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `application_checks_application` ON `application_checks` (`application_id`,`item_key`);--> statement-breakpoint
CREATE TABLE `call_checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `call_checklist_items_position` ON `call_checklist_items` (`call_id`,`position`);