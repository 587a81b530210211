ALTER TABLE `session_members` ADD `pin_failures` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `session_members` ADD `pin_locked_until` text;