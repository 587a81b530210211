// Offline laptops (browser-safe): the chair exports a jury pack for one juror; the juror's laptop opens it in
// a jury database of its own, scores in jury mode (jury.* methods) and exports a score pack; the chair imports it.
import { z } from 'zod';
import { defineMethod } from '../define.ts';

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

/** A jury pack handed out by the chair: for whom, when, by whom (the app's user), encrypted or not. */
export type JuryPackHandover = { packId: string; jurorId: number; jurorName: string; isEncrypted: boolean; exportedAt: string; exportedBy: string };

/** A score pack received back from a juror's laptop. */
export type ScorePackReturn = { jurorId: number; jurorName: string; savedAt: string; importedAt: string; importedBy: string };

/** The offline road of a session as recorded, the latest first: packs handed out, notes received back. */
export type SessionPackRecords = { handovers: JuryPackHandover[]; returns: ScorePackReturn[] };

const id = z.number().int().positive();
const passphrase = z.string().max(1000, '1 000 caractères au plus.');
// A pack carries the agenda's attachments: up to some hundreds of megabytes.
const packContent = z
  .string()
  .min(1, 'Le fichier est vide.')
  .max(480_000_000, 'Paquet trop volumineux pour être ouvert en une fois.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Contenu du fichier mal encodé (base64 attendu).');

export const packsMethods = {
  /**
   * Chair side, session in notation: the pack of one juror (session, grid, agenda with attachments, that
   * juror's identity, PIN hash and conflicts, a binding secret). Encrypted when a passphrase is given (8
   * characters at least). A write: the export is recorded and logged, since the file holds names and contacts.
   */
  'juryPack.create': defineMethod<JuryPackExport>()(z.object({ sessionId: id, jurorId: id, passphrase: passphrase.optional() }).strict()),
  /** Chair side: who received a jury pack of this session and when, and whose notes came back. */
  'juryPack.list': defineMethod<SessionPackRecords>()(z.object({ sessionId: id }).strict()),
  /**
   * Laptop side: fills this database — a dedicated, empty jury database — from the pack. The same pack again
   * changes nothing; another pack, or a database that already holds calls or applications, is refused.
   */
  'juryPack.open': defineMethod<OpenedJuryPack>()(z.object({ contentBase64: packContent, passphrase: passphrase.optional() }).strict()),
  /** Laptop side: the pack this database holds; null when it holds none (then it is not a jury database). */
  'juryPack.info': defineMethod<{ pack: OpenedJuryPack | null }>()(z.object({}).strict()),
  /** Laptop side: the juror's sheets as they stand, signed; encrypted with the jury pack's passphrase (required then), or with the one given. */
  'scorePack.export': defineMethod<ScorePackExport>()(z.object({ passphrase: passphrase.optional() }).strict()),
  /**
   * Chair side: checks everything first (whole file, signature of this session's pack for this juror, not
   * older than the juror's last import, every sheet valid against the grid), then writes all of it or nothing.
   * sessionId, when given, must be the pack's session.
   */
  'scorePack.import': defineMethod<ScorePackImport>()(z.object({ contentBase64: packContent, passphrase: passphrase.optional(), sessionId: id.optional() }).strict()),
};
