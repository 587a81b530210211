CREATE TABLE `backup_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`folder` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "backup_settings_single_row" CHECK("backup_settings"."id" = 1)
);
