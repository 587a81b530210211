// The stored copies of attached files: attachmentsDir/<2 first hex digits>/<sha256>, one copy per content.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Two hex digits of fan-out keep every folder small, whatever the number of files. */
export function storedCopyPath(attachmentsDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/u.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
  return path.join(attachmentsDir, sha256.slice(0, 2), sha256);
}

/** The stored bytes when they still hash to sha256; null when the copy is missing, unreadable or changed. */
export function readVerifiedCopy(attachmentsDir: string, sha256: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(storedCopyPath(attachmentsDir, sha256));
  } catch {
    return null;
  }
  return sha256Hex(bytes) === sha256 ? bytes : null;
}

/**
 * Makes sure a good copy of these bytes is stored; true when this call wrote it. The bytes go to a
 * temporary file in the same folder, flushed, then renamed over the final name: a crash leaves either
 * no copy or a whole one, never half a file under a name that promises the full content.
 * An existing copy that no longer matches its name is replaced, which repairs it.
 */
export function storeCopy(attachmentsDir: string, bytes: Uint8Array, sha256: string): boolean {
  if (readVerifiedCopy(attachmentsDir, sha256)) return false;
  const target = storedCopyPath(attachmentsDir, sha256);
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}

export function deleteCopy(attachmentsDir: string, sha256: string): void {
  rmSync(storedCopyPath(attachmentsDir, sha256), { force: true });
}
