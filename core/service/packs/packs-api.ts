// Offline laptops (browser-safe): the chair exports a jury pack for one juror; the juror's laptop opens it in
// a jury database of its own, scores in jury mode (jury.* methods) and exports a score pack; the chair imports it.
import { z } from 'zod';
import { defineMethod } from '../define.ts';
import { sealedContent } from '../sealed-content.ts';

/** A pack as a file: what to save it as, and its bytes. */
export type PackFile = { fileName: string; contentBase64: string };

export type JuryPackExport = PackFile & { packId: string; sessionId: number; jurorId: number; jurorName: string; applicationCount: number; attachmentCount: number; isEncrypted: boolean };

/** The jury pack a jury database holds: what the laptop's screen needs to go straight to jury mode (jury.open). */
export type OpenedJuryPack = {
  status: 'created' | 'unchanged';
  packId: string;
  sessionId: number;
  sessionTitle: string;
  heldOn: string;
  jurorId: number;
  jurorName: string;
  applicationCount: number;
  isEncrypted: boolean;
  openedAt: string;
};

export type ScorePackExport = PackFile & { sessionId: number; jurorId: number; savedAt: string; sheetCount: number; submittedCount: number; isEncrypted: boolean };

export type ScorePackImport = {
  /** 'unchanged': this very pack was imported before; nothing was written. */
  status: 'imported' | 'unchanged';
  sessionId: number;
  jurorId: number;
  jurorName: string;
  savedAt: string;
  /** Sheets written (replacing the juror's earlier ones for the same applications). */
  sheetCount: number;
  submittedCount: number;
  /** The earlier score pack of this juror this one replaces, if any. */
  replacedSavedAt: string | null;
  /** Sheets left out, each with why (an application now in conflict, or off the agenda): never written, never counted. */
  skipped: { applicationId: number; title: string; reason: string }[];
};

/** A jury pack handed out by the chair: for whom, when, by whom (the app’s user), encrypted or not (a pack of format 1 could be in clear). */
export type JuryPackHandover = { packId: string; jurorId: number; jurorName: string; isEncrypted: boolean; exportedAt: string; exportedBy: string };

/** A score pack received back from a juror's laptop. */
export type ScorePackReturn = { jurorId: number; jurorName: string; savedAt: string; importedAt: string; importedBy: string };

/** The offline road of a session as recorded, the latest first: packs handed out, notes received back. */
export type SessionPackRecords = { handovers: JuryPackHandover[]; returns: ScorePackReturn[] };

const id = z.number().int().positive();
const passphrase = z.string().max(1000, '1 000 caractères au plus.');
const requiredPassphrase = z
  .string({ error: 'Indiquez une phrase de passe : le paquet du juré est toujours chiffré.' })
  .min(1, 'Indiquez une phrase de passe : le paquet du juré est toujours chiffré.')
  .max(1000, '1 000 caractères au plus.');
// A pack carries the agenda's attachments: up to some hundreds of megabytes.
const packContent = z
  .string()
  .min(1, 'Le fichier est vide.')
  .max(480_000_000, 'Paquet trop volumineux pour être ouvert en une fois.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Contenu du fichier mal encodé (base64 attendu).');

export const packsMethods = {
  /**
   * Chair side, session in notation: the pack of one juror (session, grid, agenda with attachments, that
   * juror's identity, a check of their PIN and their conflicts, a binding secret), always encrypted with the
   * passphrase (12 characters or 4 words at least, passphrase-api.ts), which the chair hands over apart from
   * the file. In clear, only the session's title and the juror's name. A write: the export is recorded and logged.
   */
  'juryPack.create': defineMethod<JuryPackExport>()(z.object({ sessionId: id, jurorId: id, passphrase: requiredPassphrase }).strict()),
  /** Chair side: who received a jury pack of this session and when, and whose notes came back. */
  'juryPack.list': defineMethod<SessionPackRecords>()(z.object({ sessionId: id }).strict()),
  /**
   * Laptop side: fills this database — a dedicated, empty jury database — from the pack. The same pack again
   * changes nothing; another pack, or a database that already holds calls or applications, is refused.
   */
  'juryPack.open': defineMethod<OpenedJuryPack>()(z.object({ contentBase64: packContent, passphrase: passphrase.optional() }).strict()),
  /** Laptop side: the pack this database holds; null when it holds none (then it is not a jury database). */
  'juryPack.info': defineMethod<{ pack: OpenedJuryPack | null }>()(z.object({}).strict()),
  /**
   * Laptop side: the juror's sheets as they stand, encrypted with the key of the jury pack's binding. The
   * passphrase of the jury pack is required: the binding is kept sealed with it on the laptop.
   */
  'scorePack.export': defineMethod<ScorePackExport>()(z.object({ passphrase: passphrase.optional() }).strict()),
  /**
   * Chair side: checks everything first (whole file, decrypted with the binding of this session's pack for
   * this juror, dated between the hand-over and now and before the reveal, not older than the juror's last
   * import, every sheet valid against the grid), then writes all of it or nothing. No passphrase: the key
   * comes from this machine's secret. sessionId, when given, must be the pack's session. The audit log keeps
   * nothing of the file (sealed-content.ts).
   */
  'scorePack.import': defineMethod<ScorePackImport>()(z.object({ contentBase64: sealedContent(packContent), sessionId: id.optional() }).strict()),
};
