-- Custom migration (drizzle-kit generate --custom): the history of a convention and its superseded
-- schedule lines are the trace of public-money decisions; the app appends, never rewrites.
CREATE TRIGGER `convention_events_no_update` BEFORE UPDATE ON `convention_events`
BEGIN
  SELECT RAISE(ABORT, 'L''historique d''une convention ne se modifie pas : il est en ajout seul.');
END;
--> statement-breakpoint
CREATE TRIGGER `convention_events_no_delete` BEFORE DELETE ON `convention_events`
BEGIN
  SELECT RAISE(ABORT, 'L''historique d''une convention ne se supprime pas : il est en ajout seul.');
END;
--> statement-breakpoint
CREATE TRIGGER `schedule_lines_superseded_stay` BEFORE UPDATE OF `superseded_by_avenant_id` ON `schedule_lines`
WHEN OLD.`superseded_by_avenant_id` IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'Une ligne d''échéancier remplacée par un avenant reste telle quelle.');
END;
