// Offline laptops: the jury packs the chair hands out, and on a juror's laptop the one pack it holds.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { jurors } from './jury.ts';
import { caiSessions } from './sessions.ts';

/**
 * Chair side: every jury pack exported, for whom, by whom, when. A score pack is accepted only as the
 * answer to one of these (same pack id, same session and juror, same jury pack content).
 */
export const juryPackExports = sqliteTable(
  'jury_pack_exports',
  {
    /** Random, 32 hex digits: part of the binding secret's derivation. */
    packId: text('pack_id').primaryKey(),
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'restrict' }),
    jurorId: integer('juror_id').notNull().references(() => jurors.id, { onDelete: 'restrict' }),
    /** SHA-256 of the pack's body (before encryption): the score pack names the body it answers. */
    bodySha256: text('body_sha256').notNull(),
    /** Always true since pack format 2 (a passphrase is required); false on packs exported before. */
    isEncrypted: integer('is_encrypted', { mode: 'boolean' }).notNull(),
    exportedAt: text('exported_at').notNull(),
    exportedBy: text('exported_by').notNull(),
  },
  (t) => [index('jury_pack_exports_session_juror').on(t.sessionId, t.jurorId)],
);

/**
 * Laptop side: the jury pack this database was made from. One row at most: a jury database holds one
 * juror's pack and nothing else, so that nothing of another juror or session can leak into a score pack.
 */
export const openedJuryPack = sqliteTable(
  'opened_jury_pack',
  {
    id: integer('id').primaryKey(),
    packId: text('pack_id').notNull(),
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'restrict' }),
    jurorId: integer('juror_id').notNull().references(() => jurors.id, { onDelete: 'restrict' }),
    /** Key of the score packs, sealed with the pack's passphrase (`sealed$iv$ciphertext$tag`): never in clear on the laptop. */
    binding: text('binding').notNull(),
    bodySha256: text('body_sha256').notNull(),
    /** scrypt verifier of the pack's passphrase (`scrypt$131072$8$1$salt$verifier`); null only on packs of format 1. */
    passphraseHash: text('passphrase_hash'),
    openedAt: text('opened_at').notNull(),
    openedBy: text('opened_by').notNull(),
  },
  (t) => [check('opened_jury_pack_single_row', sql`${t.id} = 1`)],
);
