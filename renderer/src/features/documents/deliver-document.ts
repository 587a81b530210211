// Hands a generated file to the person (a PDF, a juror's pack): the native "Enregistrer sous" in the desktop
// app, a download in the browser mode (the browser then asks where, or puts it in its downloads folder).
import type { GeneratedDocument } from '../../../../core/service/api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { downloadBase64 } from '../imports/download-base64.ts';

export type Delivery = { kind: 'saved'; path: string; files: string[] } | { kind: 'downloaded'; files: string[] } | { kind: 'cancelled' };

function unwrap<T>(channel: string, result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new ApiCallError(channel, result.error);
  return result.value;
}

export type DeliveredFile = { fileName: string; contentBase64: string };

/** One file through "Enregistrer sous", several into a chosen folder; mediaType matters to the browser download only. */
export async function deliverFiles(files: readonly DeliveredFile[], mediaType: string): Promise<Delivery> {
  const copies = files.map((file) => ({ fileName: file.fileName, contentBase64: file.contentBase64 }));
  if (window.pacte) {
    const saved = unwrap('save', copies.length === 1 && copies[0] ? await window.pacte.saveFile(copies[0]) : await window.pacte.saveFiles(copies));
    return saved.saved ? { kind: 'saved', path: saved.path, files: saved.files } : { kind: 'cancelled' };
  }
  for (const file of copies) downloadBase64(file.fileName, mediaType, file.contentBase64);
  return { kind: 'downloaded', files: copies.map((file) => file.fileName) };
}

export function deliverDocuments(documents: readonly GeneratedDocument[]): Promise<Delivery> {
  return deliverFiles(documents, 'application/pdf');
}

/** Desktop app only: the system's file manager opens on the saved file. */
export async function showInFolder(path: string): Promise<void> {
  if (!window.pacte) return;
  unwrap('showInFolder', await window.pacte.showInFolder(path));
}
