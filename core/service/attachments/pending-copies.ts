// A journal of the stored copies a write is about to make. Copies are written before the transaction that
// names them; a process killed between the two (or a commit that fails after the handler returned) would
// leave files no row names. Each write lists its hashes in a marker file first; the next start sweeps
// markers old enough that their writer is surely gone, deleting the copies that no row names.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { storedCopyPath } from './attachment-store.ts';

const PENDING_DIR = '.en-cours';

/** A writer still at work holds its marker for seconds; ten minutes leaves room for a slow disk and another process on the same base. */
export const PENDING_GRACE_MS = 10 * 60 * 1000;

/**
 * Lists the hashes (flushed to disk) before any of their copies is written. A write that fails and
 * removes its own copies calls `release()`; a write that succeeds keeps its marker, since its commit
 * can still fail after the handler returned: the next start's sweep keeps what rows name.
 */
export function recordPendingCopies(attachmentsDir: string, sha256s: readonly string[]): { release: () => void } {
  if (sha256s.length === 0) return { release: () => undefined };
  const dir = path.join(attachmentsDir, PENDING_DIR);
  mkdirSync(dir, { recursive: true });
  const marker = path.join(dir, `${Date.now()}-${process.pid}-${randomBytes(4).toString('hex')}.txt`);
  const fd = openSync(marker, 'wx');
  try {
    writeSync(fd, `${sha256s.join('\n')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { release: () => rmSync(marker, { force: true }) };
}

function removeCopyAndLeftovers(attachmentsDir: string, sha256: string): number {
  const target = storedCopyPath(attachmentsDir, sha256);
  const folder = path.dirname(target);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    // The copy itself, and the half-written temporary files storeCopy names `<sha256>.<random>.tmp`.
    if (name === sha256 || (name.startsWith(`${sha256}.`) && name.endsWith('.tmp'))) {
      rmSync(path.join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Deletes the copies listed by markers older than graceMs that no row names, then the markers.
 * Returns the number of files removed. Never throws: a sweep that cannot run leaves files, not errors.
 */
export function sweepPendingCopies(attachmentsDir: string, isReferenced: (sha256: string) => boolean, nowMs: number, graceMs = PENDING_GRACE_MS): number {
  const dir = path.join(attachmentsDir, PENDING_DIR);
  let markers: string[];
  try {
    markers = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const marker of markers) {
    const file = path.join(dir, marker);
    try {
      if (statSync(file).mtimeMs > nowMs - graceMs) continue;
      const hashes = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^[0-9a-f]{64}$/u.test(line));
      for (const sha256 of hashes) if (!isReferenced(sha256)) removed += removeCopyAndLeftovers(attachmentsDir, sha256);
      rmSync(file, { force: true });
    } catch {
      // Unreadable marker or folder: left for a later start.
    }
  }
  return removed;
}
