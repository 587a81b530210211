// Checks an .xlsx archive before exceljs inflates it whole: the number of parts and the size of every
// part once inflated, counted while inflating (the sizes written in a zip's directory can lie), so a
// zip bomb is refused after reading at most MAX_UNCOMPRESSED_BYTES.
import JSZip from 'jszip';
import { AppError } from '../../domain/app-error.ts';
import { formatCount, MAX_ARCHIVE_ENTRIES, MAX_UNCOMPRESSED_BYTES } from './spreadsheet-limits.ts';

const UNREADABLE = 'Classeur Excel illisible : le fichier est abîmé ou n’est pas un vrai fichier .xlsx (un .xls renommé, par exemple).';
const TOO_LARGE_MB = Math.round(MAX_UNCOMPRESSED_BYTES / (1024 * 1024));

class InflateBudgetExceeded extends Error {}

export async function checkXlsxArchive(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new AppError('validation', UNREADABLE);
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ARCHIVE_ENTRIES) {
    throw new AppError('validation', `Classeur refusé : il contient ${formatCount(entries.length)} parties (${formatCount(MAX_ARCHIVE_ENTRIES)} au plus). Enregistrez à nouveau le classeur depuis Excel ou LibreOffice.`);
  }
  let inflated = 0;
  try {
    for (const entry of entries) {
      await new Promise<void>((resolve, reject) => {
        const stream = entry.nodeStream('nodebuffer');
        stream
          .on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > MAX_UNCOMPRESSED_BYTES) {
              stream.pause();
              reject(new InflateBudgetExceeded());
            }
          })
          .on('error', reject)
          .on('end', () => resolve());
      });
    }
  } catch (error) {
    if (error instanceof InflateBudgetExceeded) {
      throw new AppError('validation', `Classeur refusé : une fois décompressé il dépasse ${TOO_LARGE_MB} Mo, bien au-delà d’un classeur d’import (c’est la marque d’un fichier piégé ou d’un classeur plein de mise en forme inutile). Copiez les lignes utiles dans le modèle d’import.`);
    }
    throw new AppError('validation', UNREADABLE);
  }
}
