// Reads the pack file a person chose, with the French reason when there is none, it cannot be read, or it is empty.
import { readFileAsBase64 } from '../imports/file-base64.ts';

export type PackFileReading = { ok: true; contentBase64: string } | { ok: false; message: string };

export async function readPackFile(file: File | null, missingMessage: string): Promise<PackFileReading> {
  if (file === null) return { ok: false, message: missingMessage };
  let contentBase64: string;
  try {
    contentBase64 = await readFileAsBase64(file);
  } catch {
    return { ok: false, message: 'Ce fichier n’a pas pu être lu : choisissez-le de nouveau.' };
  }
  return contentBase64 === '' ? { ok: false, message: 'Le fichier est vide.' } : { ok: true, contentBase64 };
}
