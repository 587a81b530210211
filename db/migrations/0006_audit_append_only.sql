-- Custom migration (drizzle-kit generate --custom): the audit log is append-only. The chain of hashes
-- (core/domain/jury/audit-chain.ts) shows any change made behind the app's back; these triggers stop
-- the app itself, or a careless script, from making one.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'Le journal d''audit ne se modifie pas : il est en ajout seul.');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'Le journal d''audit ne se supprime pas : il est en ajout seul.');
END;
