// Saves a binary file the host produced (an .xlsx workbook, a CSV with its own BOM) exactly as sent.
import { base64ToBytes } from './file-base64.ts';

export function downloadBase64(fileName: string, mediaType: string, contentBase64: string): void {
  // Bytes, not text: a workbook is a zip, and the CSV already carries its BOM, so no charset is added.
  const blob = new Blob([base64ToBytes(contentBase64)], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking within the same task can cancel the download in some browsers; the next one is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
