// The pack file format as the fuzz needs it (format 2, core/service/packs/pack-file.ts): take a genuine
// pack apart and seal a mutated body again the way the app does, so that the body's own checks are
// reached. The only fuzz file that knows the format: adapt it here when the format changes.
//
//   PACTE-PACK/2\n {header JSON}\n ciphertext + 16-byte GCM tag   (the two first lines are the GCM AAD)
import { packBinding, scorePackKey } from '../../../core/service/packs/pack-binding.ts';
import { openWithKey, openWithPassphrase, PACK_FORMATS, readPackFile, writePackFile, type PackLabel } from '../../../core/service/packs/pack-file.ts';
import { TEST_PACK_KDF_COST } from '../../support/test-app.ts';

export type PackKind = keyof typeof PACK_FORMATS;

/** How a pack is opened: a jury pack with its passphrase, a score pack with the key of its binding. */
export type PackSeal = { kind: 'jury'; passphrase: string } | { kind: 'score'; packId: string; key: Buffer };

export function openPack(bytes: Buffer, seal: PackSeal): { payload: Buffer; label: PackLabel } {
  const pack = readPackFile(bytes, PACK_FORMATS[seal.kind]);
  const payload = seal.kind === 'jury' ? openWithPassphrase(pack, seal.passphrase) : openWithKey(pack, seal.key);
  if (payload === null) throw new Error('the score pack does not open with its key');
  return { payload, label: pack.header.label };
}

/** The chair's key for a score pack: from its session's secret and the jury pack it answers. */
export function scorePackSeal(bytes: Buffer, chair: { packSecret: string; sessionId: number; jurorId: number }): PackSeal {
  const { key } = readPackFile(bytes, PACK_FORMATS.score).header;
  if (key.name !== 'binding') throw new Error('a score pack without a binding key');
  return { kind: 'score', packId: key.packId, key: scorePackKey(packBinding(chair.packSecret, chair.sessionId, chair.jurorId, key.packId)) };
}

export function sealPack(payload: Buffer, label: PackLabel, seal: PackSeal): Buffer {
  // A mutated jury pack is sealed at the lowest cost its reader accepts: at the app's own (half a second
  // of scrypt) a run would leave room for a handful of inputs. The reader's path is the same.
  const key = seal.kind === 'score' ? { packId: seal.packId, key: seal.key } : { passphrase: seal.passphrase, cost: TEST_PACK_KDF_COST };
  return writePackFile(PACK_FORMATS[seal.kind], payload, label, key);
}

/** The header line, to mutate it on its own (the tag then refuses it, unless the reader refuses it first). */
export function splitHeader(bytes: Buffer): { before: Buffer; header: string; after: Buffer } | null {
  const start = bytes.indexOf(0x0a) + 1;
  const end = bytes.indexOf(0x0a, start);
  if (start <= 0 || end < 0) return null;
  return { before: bytes.subarray(0, start), header: bytes.subarray(start, end).toString('utf8'), after: bytes.subarray(end) };
}

export function joinHeader(parts: { before: Buffer; header: string; after: Buffer }): Buffer {
  return Buffer.concat([parts.before, Buffer.from(parts.header, 'utf8'), parts.after]);
}
