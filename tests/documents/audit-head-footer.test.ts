// Every document prints the audit log's head it was produced at ("Journal n° N · XXXX XXXX XXXX XXXX")
// beside the data's fingerprint, and carries the full SEQ:HASH in its PDF keywords: what
// `pacte audit verify --head` takes back. The same data and the same head give the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditHeadLine, formatAuditHead, shortAuditHash, type AuditChainHead } from '../../core/domain/audit-head.ts';
import { framedDocument } from '../../core/documents/document-frame.ts';
import type { GeneratedDocument } from '../../core/service/api.ts';
import { boardSession } from '../support/board-session.ts';
import { readPages } from '../support/pdf-pages.ts';
import { readPdf } from '../support/pdf-text.ts';
import { signedConvention } from '../support/signed-convention.ts';
import { openTestService } from '../support/test-app.ts';

function headOf(file: string): AuditChainHead {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as AuditChainHead;
  } finally {
    sqlite.close();
  }
}

const bytesOf = (document: GeneratedDocument) => Buffer.from(document.contentBase64, 'base64');

describe('the audit head on documents', () => {
  it('prints the head in every footer and the full SEQ:HASH in the keywords of the session’s documents', async () => {
    const { service, file } = openTestService();
    const setup = await boardSession(service);
    const head = headOf(file);
    const documents = [
      await service.invoke('documents.releve', { sessionId: setup.sessionId }),
      await service.invoke('documents.avis', { sessionId: setup.sessionId, applicationId: setup.applicationIds[0] ?? 0 }),
      await service.invoke('documents.rapportCa', { sessionId: setup.sessionId }),
      await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: setup.jurorIds[0] ?? 0, blank: false }),
    ];
    const series = await service.invoke('documents.avisAll', { sessionId: setup.sessionId, combined: true });
    if (!series.combined) throw new Error('Expected one combined file.');
    for (const document of [...documents, series.document]) {
      const pdf = readPdf(bytesOf(document), document.fileName);
      // One journal line per page, right under the fingerprint.
      expect(pdf.text.split(`Journal n° ${head.seq} · ${shortAuditHash(head.hash)}`).length - 1).toBe(pdf.pages);
      expect(pdf.text).toMatch(new RegExp(`Empreinte [0-9A-F]{4}( [0-9A-F]{4}){3} +Page 1 / \\d+\\n +Journal n° ${head.seq} · `, 'u'));
      expect(pdf.info).toMatch(new RegExp(`^Keywords:.*journal d’audit ${formatAuditHead(head)}$`, 'mu'));
    }
  });

  it('gives the same bytes for the same data and head; a later act moves the head, not the fingerprint', async () => {
    const { service, file } = openTestService();
    const setup = await boardSession(service);
    const first = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    expect((await service.invoke('documents.releve', { sessionId: setup.sessionId })).contentBase64).toBe(first.contentBase64);
    // Producing a document logs nothing: the head stays where it was.
    const before = headOf(file);
    await service.invoke('jurors.create', { name: 'Éric Invité', role: 'autre' });
    const after = headOf(file);
    expect(after.seq).toBe(before.seq + 1);
    const later = await service.invoke('documents.releve', { sessionId: setup.sessionId });
    expect(later.dataSha256).toBe(first.dataSha256);
    expect(later.contentBase64).not.toBe(first.contentBase64);
    const text = readPdf(bytesOf(later)).text;
    expect(text).toContain(auditHeadLine(after));
    expect(text).not.toContain(auditHeadLine(before));
  });

  it('prints it on the convention, the avenant and the payment certificate', async () => {
    const { service, file, database } = openTestService();
    const { id, paymentId } = await signedConvention(service, database.sqlite);
    const head = headOf(file);
    const documents = [
      await service.invoke('documents.convention', { conventionId: id }),
      await service.invoke('documents.avenant', { conventionId: id, rank: 1 }),
      await service.invoke('documents.certificat', { paymentId }),
    ];
    for (const document of documents) {
      const pdf = readPdf(bytesOf(document), document.fileName);
      expect(pdf.text.split(auditHeadLine(head)).length - 1).toBe(pdf.pages);
      expect(pdf.info).toMatch(new RegExp(`^Keywords:.*journal d’audit ${formatAuditHead(head)}$`, 'mu'));
    }
    // The page reader of the layout suites still tells the footer from the body.
    const pages = readPages(bytesOf(documents[0] as GeneratedDocument)).pages;
    expect(pages.flat().some((line) => line.includes('Journal n°') || line.includes('Empreinte'))).toBe(false);
    // Looked at by a person: the footer of the first page at 60 dpi.
    const shots = '/tmp/shots-tamper';
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', readPdf(bytesOf(documents[0] as GeneratedDocument), 'convention.pdf').file, `${shots}/convention-footer`]);
  });

  it('says an empty log, and prints no journal line where no head was given', () => {
    expect(auditHeadLine(null)).toBe('Journal vide');
    const frame = { organisation: { name: 'CCAS', department: '', address: '', postalCode: '', city: '', logoDataUrl: null }, title: 'T', sessionLine: '', reference: 'R', generatedOn: '2018-01-01', dataSha256: 'a'.repeat(64) };
    const footerText = (auditHead?: AuditChainHead | null) => {
      const definition = framedDocument(auditHead === undefined ? frame : { ...frame, auditHead }, []);
      return JSON.stringify(typeof definition.footer === 'function' ? definition.footer(1, 1, { width: 595, height: 842, orientation: 'portrait' }) : null);
    };
    expect(footerText()).not.toContain('Journal');
    expect(footerText(null)).toContain('Journal vide');
    expect(footerText({ seq: 1234, hash: '9f3a01c27b44d0e8'.padEnd(64, '0') })).toContain('Journal n° 1234 · 9F3A 01C2 7B44 D0E8');
  });
});
