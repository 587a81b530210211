// Copies written before the transaction that names them: a process killed in between left files no row
// names (45 in 50 kills of a jury-pack open). The next start sweeps them, and only them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeCopy, storedCopyPath } from '../../core/service/attachments/attachment-store.ts';
import { PENDING_GRACE_MS, recordPendingCopies, sweepPendingCopies } from '../../core/service/attachments/pending-copies.ts';
import { attachmentsDirFor, openService } from '../../core/service/open-service.ts';
import { openTestService, repoRoot } from '../support/test-app.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function markersDir(attachmentsDir: string): string {
  return path.join(attachmentsDir, '.en-cours');
}

/** Ages every marker as if its writer had died long ago. */
function ageMarkers(attachmentsDir: string, ms = PENDING_GRACE_MS + 60_000): void {
  const when = new Date(Date.now() - ms);
  for (const name of readdirSync(markersDir(attachmentsDir))) utimesSync(path.join(markersDir(attachmentsDir), name), when, when);
}

/** What a write does before its transaction: the marker, then the copy (and a half-written temporary file beside it). */
function killedBeforeCommit(attachmentsDir: string, bytes: Buffer): string {
  const hash = sha256(bytes);
  recordPendingCopies(attachmentsDir, [hash]);
  storeCopy(attachmentsDir, bytes, hash);
  writeFileSync(`${storedCopyPath(attachmentsDir, hash)}.0a1b2c.tmp`, bytes.subarray(0, 3));
  return hash;
}

describe('copies left by a write that never committed', () => {
  it('are removed at the next start once their marker is old enough, with their half-written siblings and the marker', () => {
    const first = openTestService();
    const attachmentsDir = attachmentsDirFor(first.file);
    first.close();
    const hash = killedBeforeCommit(attachmentsDir, Buffer.from('pièce jamais enregistrée'));
    ageMarkers(attachmentsDir);
    const again = openTestService({ file: first.file });
    again.close();
    expect(existsSync(storedCopyPath(attachmentsDir, hash))).toBe(false);
    expect(readdirSync(path.dirname(storedCopyPath(attachmentsDir, hash)))).toEqual([]);
    expect(readdirSync(markersDir(attachmentsDir))).toEqual([]);
  });

  it('are kept while their marker is recent: another process may be about to commit them', () => {
    const first = openTestService();
    const attachmentsDir = attachmentsDirFor(first.file);
    first.close();
    const hash = killedBeforeCommit(attachmentsDir, Buffer.from('pièce en cours d’écriture'));
    openTestService({ file: first.file }).close();
    expect(existsSync(storedCopyPath(attachmentsDir, hash))).toBe(true);
    expect(readdirSync(markersDir(attachmentsDir))).toHaveLength(1);
  });

  it('never remove a copy that a row names, even from an old marker', async () => {
    const app = openTestService();
    const call = await app.service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 50_000_000 });
    const { provider } = await app.service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
    const application = await app.service.invoke('applications.create', { callId: call.id, providerId: provider.id, title: 'Vélo-école', isRenewal: false });
    const bytes = Buffer.from('%PDF-1.4\n% statuts\n%%EOF\n');
    await app.service.invoke('attachments.add', { applicationId: application.id, documentType: 'statuts', fileName: 'statuts.pdf', contentBase64: bytes.toString('base64') });
    const attachmentsDir = attachmentsDirFor(app.file);
    app.close();
    ageMarkers(attachmentsDir);
    const again = openService({ databaseFile: app.file, appRoot: repoRoot, pendingCopiesGraceMs: 0 });
    again.close();
    expect(existsSync(storedCopyPath(attachmentsDir, sha256(bytes)))).toBe(true);
    expect(readdirSync(markersDir(attachmentsDir))).toEqual([]);
  });

  it('a sweep over a folder that does not exist does nothing', () => {
    expect(sweepPendingCopies(path.join(openTestService().dir, 'absent'), () => false, Date.now(), 0)).toBe(0);
  });
});
