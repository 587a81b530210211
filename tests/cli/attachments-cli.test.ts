// `pacte applications attach|attachments`: a file joins an application from the command line; refusals are French.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttachmentList } from '../../core/service/api.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, openTestService, tempDir } from '../support/test-app.ts';

async function seed(db: string): Promise<number> {
  const { service, close } = openTestService({ file: db });
  const call = await service.invoke('calls.create', { year: 2018, title: 'Appel 2018', envelopeCents: 10_000_000 });
  const { provider } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
  const application = await service.invoke('applications.create', { callId: call.id, providerId: provider.id, title: 'Vélo-école' });
  close();
  return application.id;
}

describe('pacte applications attach and attachments', () => {
  it('attaches a file, then lists it with the documents still missing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const id = await seed(db);
    const file = path.join(dir, 'rib.pdf');
    writeFileSync(file, '%PDF-1.4 RIB');

    const attached = await pacte(['--db', db, 'applications', 'attach', String(id), file, '--type', 'rib']);
    expect(attached.code).toBe(0);
    expect(attached.stdout).toMatch(/^Pièce n° 1 jointe au dossier n° \d+ : rib\.pdf \(RIB, 12 octets, SHA-256 [0-9a-f]{64}\)\.\n$/u);

    const text = await pacte(['--db', db, 'applications', 'attachments', String(id)]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('[x] RIB\n');
    expect(text.stdout).toContain('[ ] Statuts (manquante)\n');
    expect(text.stdout).toContain('[-] Compte rendu financier du dernier financement (non demandée)\n');
    expect(text.stdout).toContain('\tRIB\trib.pdf\t12 octets\tajoutée le ');

    const json = JSON.parse((await pacte(['--db', db, 'applications', 'attachments', String(id), '--json'])).stdout) as AttachmentList;
    expect(json.items).toMatchObject([{ fileName: 'rib.pdf', documentType: 'rib', mediaType: 'application/pdf', sizeBytes: 12, isRemoved: false }]);
  });

  it('refuses in French (exit 1) an unknown type, a missing file or an unknown application, and attaches nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const id = await seed(db);
    const file = path.join(dir, 'statuts.pdf');
    writeFileSync(file, '%PDF-1.4 statuts');
    const runs = [
      await pacte(['--db', db, 'applications', 'attach', String(id), file, '--type', 'attestation']),
      await pacte(['--db', db, 'applications', 'attach', String(id), file]),
      await pacte(['--db', db, 'applications', 'attach', String(id), path.join(dir, 'absent.pdf'), '--type', 'statuts']),
      await pacte(['--db', db, 'applications', 'attach', '999', file, '--type', 'statuts']),
    ];
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(FRENCH);
    }
    expect(runs[2]?.stderr).toContain('fichier introuvable');
    expect(runs[3]?.stderr).toContain('Aucun dossier n° 999');
    const list = JSON.parse((await pacte(['--db', db, 'applications', 'attachments', String(id), '--json'])).stdout) as AttachmentList;
    expect(list.items).toEqual([]);
  });
});
