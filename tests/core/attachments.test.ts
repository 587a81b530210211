// Attachments through the service, on a real database and a real storage folder: the bytes are stored
// under their SHA-256 and given back only while they still match it; removal keeps the trace; the
// required documents follow the provider's legal form and the renewal of the action.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileSize, guessMediaType } from '../../core/domain/attachment-file.ts';
import { attachmentPath } from '../../core/service/attachments/attachment-files.ts';
import type { Service } from '../../core/service/create-service.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService } from '../support/test-app.ts';

const PDF = Buffer.from('%PDF-1.4\n% statuts de l’association Mobiliclés\n%%EOF\n', 'utf8');
const RIB = Buffer.from('RIB : FR76 3000 4000 0500 0012 3456 789\n', 'utf8');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function seed(service: Service, options: { legalForm?: 'association' | 'entreprise'; isRenewal?: boolean } = {}) {
  const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 50_000_000 });
  const { provider } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: options.legalForm ?? 'association' });
  const application = await service.invoke('applications.create', { callId: call.id, providerId: provider.id, title: 'Vélo-école', isRenewal: options.isRenewal ?? false });
  return application.id;
}

function add(service: Service, applicationId: number, bytes: Buffer, fields: { documentType?: 'statuts' | 'rib' | 'budget' | 'autre'; fileName?: string; mediaType?: string } = {}) {
  return service.invoke('attachments.add', {
    applicationId,
    documentType: fields.documentType ?? 'statuts',
    fileName: fields.fileName ?? 'statuts.pdf',
    ...(fields.mediaType !== undefined ? { mediaType: fields.mediaType } : {}),
    contentBase64: bytes.toString('base64'),
  });
}

/** Every stored copy under the storage folder, as paths relative to it (the pending-copies markers aside). */
function storedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => !entry.startsWith('.en-cours') && statSync(path.join(dir, entry)).isFile())
    .sort();
}

describe('attachments', () => {
  it('are copied to <2 hex>/<sha256> in the storage folder, with their size, guessed type, author and date', async () => {
    const { service } = openTestService({ now: () => new Date('2018-03-01T09:30:00.000Z') });
    const applicationId = await seed(service);
    const item = await add(service, applicationId, PDF);
    const hash = sha256(PDF);
    expect(item).toMatchObject({ applicationId, documentType: 'statuts', fileName: 'statuts.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: hash, addedAt: '2018-03-01T09:30:00.000Z', isRemoved: false, removedAt: null });
    expect(item.addedBy).not.toBe('');
    const stored = path.join(service.context.attachmentsDir, hash.slice(0, 2), hash);
    expect(readFileSync(stored)).toEqual(PDF);
    expect(statSync(stored).size).toBe(PDF.length);
    // No temporary file is left beside the copy.
    expect(storedFiles(service.context.attachmentsDir)).toEqual([path.join(hash.slice(0, 2), hash)]);
    expect(attachmentPath(service.context, item.id)).toBe(stored);
  });

  it('keep one stored copy for the same bytes attached twice, and give the content back byte for byte', async () => {
    const { service } = openTestService();
    const applicationId = await seed(service);
    const first = await add(service, applicationId, PDF);
    const second = await add(service, applicationId, PDF, { documentType: 'autre', fileName: 'copie des statuts.pdf' });
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(storedFiles(service.context.attachmentsDir)).toHaveLength(1);

    const content = await service.invoke('attachments.content', { id: second.id });
    expect(content).toEqual({ fileName: 'copie des statuts.pdf', mediaType: 'application/pdf', contentBase64: PDF.toString('base64') });
    expect(Buffer.from(content.contentBase64, 'base64')).toEqual(PDF);
  });

  it('refuse to give back, or to open, a stored copy that was changed or deleted (code integrity)', async () => {
    const { service } = openTestService();
    const applicationId = await seed(service);
    const item = await add(service, applicationId, PDF);
    const stored = attachmentPath(service.context, item.id);

    writeFileSync(stored, Buffer.concat([PDF, Buffer.from('ajout')]));
    const changed = expectFailure(await service.call('attachments.content', { id: item.id }));
    expect(changed.code).toBe('integrity');
    expect(changed.message).toMatch(/^Le fichier « statuts\.pdf » a été modifié ou supprimé du stockage/);
    expect(() => attachmentPath(service.context, item.id)).toThrow(expect.objectContaining({ code: 'integrity' }));

    rmSync(stored);
    expect(expectFailure(await service.call('attachments.content', { id: item.id })).code).toBe('integrity');
    expect(() => attachmentPath(service.context, item.id)).toThrow(/modifié ou supprimé/);

    // Attaching the same file again restores a good copy, and the first row reads again.
    await add(service, applicationId, PDF);
    expect((await service.invoke('attachments.content', { id: item.id })).contentBase64).toBe(PDF.toString('base64'));
  });

  it('are withdrawn with a reason only: the row stays, flagged, with who, when and why', async () => {
    const { service, database } = openTestService({ now: () => new Date('2018-04-02T10:00:00.000Z') });
    const applicationId = await seed(service);
    const item = await add(service, applicationId, RIB, { documentType: 'rib', fileName: 'rib.txt' });
    expect(item.mediaType).toBe('text/plain');

    const before = snapshotTables(database.sqlite);
    for (const reason of ['', '   ']) {
      const error = expectFailure(await service.call('attachments.remove', { id: item.id, reason }));
      expect(error).toMatchObject({ code: 'validation', issues: [{ path: 'reason', message: 'Indiquez le motif du retrait.' }] });
    }
    expect(expectFailure(await service.call('attachments.remove', { id: item.id })).code).toBe('validation');
    expect(snapshotTables(database.sqlite)).toEqual(before);

    const removed = await service.invoke('attachments.remove', { id: item.id, reason: 'RIB d’un autre compte' });
    expect(removed).toMatchObject({ id: item.id, isRemoved: true, removedAt: '2018-04-02T10:00:00.000Z', removedReason: 'RIB d’un autre compte' });
    expect(removed.removedBy).toBe(service.context.actor);
    const list = await service.invoke('attachments.list', { applicationId });
    expect(list.items).toEqual([removed]);
    expect(list.required.find((line) => line.documentType === 'rib')).toMatchObject({ isRequired: true, isPresent: false });
    // The bytes of a withdrawn file are kept: the history can still show what was filed.
    expect((await service.invoke('attachments.content', { id: item.id })).contentBase64).toBe(RIB.toString('base64'));

    const again = expectFailure(await service.call('attachments.remove', { id: item.id, reason: 'encore' }));
    expect(again.code).toBe('conflict');
    expect(again.message).toMatch(FRENCH);
    expect(expectFailure(await service.call('attachments.remove', { id: 999, reason: 'x' })).code).toBe('not_found');
  });

  it('list the required documents: statuts, RIB and budget always; the CER for an association; the financial report for a renewal', async () => {
    const required = async (options: Parameters<typeof seed>[1]) => {
      const { service } = openTestService();
      const applicationId = await seed(service, options);
      await add(service, applicationId, PDF, { documentType: 'statuts' });
      const list = await service.invoke('attachments.list', { applicationId });
      return Object.fromEntries(list.required.map((line) => [line.documentType, [line.isRequired, line.isPresent]]));
    };
    expect(await required({ legalForm: 'entreprise', isRenewal: false })).toEqual({
      statuts: [true, true],
      rib: [true, false],
      budget: [true, false],
      contrat_engagement_republicain: [false, false],
      compte_rendu_financier: [false, false],
    });
    expect(await required({ legalForm: 'association', isRenewal: true })).toMatchObject({
      contrat_engagement_republicain: [true, false],
      compte_rendu_financier: [true, false],
    });
    const { service } = openTestService();
    const applicationId = await seed(service);
    const labels = (await service.invoke('attachments.list', { applicationId })).required.map((line) => line.label);
    expect(labels).toEqual(['Statuts', 'RIB', 'Budget prévisionnel', "Contrat d'engagement républicain signé", 'Compte rendu financier du dernier financement']);
  });

  it('write nothing, neither row nor file, for an unknown application, an empty file or a name with a folder', async () => {
    const { service, database } = openTestService();
    const applicationId = await seed(service);
    const before = snapshotTables(database.sqlite);
    const attempt = (fields: Record<string, unknown>) =>
      service.call('attachments.add', { applicationId, documentType: 'rib', fileName: 'rib.pdf', contentBase64: RIB.toString('base64'), ...fields });

    const unknown = expectFailure(await attempt({ applicationId: 999 }));
    expect(unknown).toMatchObject({ code: 'validation', issues: [{ path: 'applicationId', message: 'Dossier inconnu.' }] });
    expect(unknown.message).toMatch(/^Aucun dossier n° 999/);
    const empty = expectFailure(await attempt({ contentBase64: '' }));
    expect(empty.issues).toEqual([{ path: 'contentBase64', message: 'Le fichier est vide.' }]);
    for (const fileName of ['../../etc/passwd', 'C:\\Users\\rib.pdf', 'dossier/rib.pdf']) {
      const error = expectFailure(await attempt({ fileName }));
      expect(error.issues?.[0]).toMatchObject({ path: 'fileName', message: expect.stringMatching(/ni « \/ » ni « \\ »/) as unknown as string });
    }
    expect(expectFailure(await attempt({ contentBase64: 'pas du base64 !' })).issues?.[0]?.path).toBe('contentBase64');
    expect(expectFailure(await attempt({ documentType: 'attestation' })).issues?.[0]).toMatchObject({ path: 'documentType', message: 'Type de pièce inconnu.' });
    expect(expectFailure(await attempt({ mediaType: 'pdf' })).issues?.[0]?.path).toBe('mediaType');

    expect(snapshotTables(database.sqlite)).toEqual(before);
    expect(storedFiles(service.context.attachmentsDir)).toEqual([]);
    expect(expectFailure(await service.call('attachments.list', { applicationId: 999 })).code).toBe('not_found');
    expect(expectFailure(await service.call('attachments.content', { id: 999 })).code).toBe('not_found');
  });

  it('keep a media type given by the page, and guess it from the extension otherwise', async () => {
    const { service } = openTestService();
    const applicationId = await seed(service);
    expect((await add(service, applicationId, PDF, { fileName: 'scan', mediaType: 'Image/PNG' })).mediaType).toBe('image/png');
    expect((await add(service, applicationId, PDF, { fileName: 'budget.XLSX', mediaType: '' })).mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(guessMediaType('compte-rendu.odt')).toBe('application/vnd.oasis.opendocument.text');
    expect(guessMediaType('photo.JPG')).toBe('image/jpeg');
    expect(guessMediaType('archive.zip')).toBe('application/octet-stream');
    expect(guessMediaType('.pdf')).toBe('application/octet-stream');
  });

  it('read their sizes the French way', () => {
    expect(formatFileSize(0)).toBe('0 octet');
    expect(formatFileSize(512)).toBe('512 octets');
    expect(formatFileSize(12_595)).toBe('12,3\u00A0ko');
    expect(formatFileSize(1_258_291)).toBe('1,2\u00A0Mo');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20\u00A0Mo');
  });
});
