// Attached files as a person sees them: a name to keep as given, a type guessed from it, a size to read.

/** The formats the commission receives; anything else is stored as opaque bytes. */
const MEDIA_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
  txt: 'text/plain',
};

export const UNKNOWN_MEDIA_TYPE = 'application/octet-stream';

/** "type/sous-type" only: parameters (charset…) say nothing the stored bytes do not. */
export const MEDIA_TYPE_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/u;

export function guessMediaType(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return UNKNOWN_MEDIA_TYPE;
  return MEDIA_TYPES_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? UNKNOWN_MEDIA_TYPE;
}

/**
 * Whether the desktop app may hand the file to the system's viewer: documents only. An attached
 * "facture.exe" or ".bat" would run, not open; such a file can still be saved and examined apart.
 */
export function isViewableDocument(fileName: string): boolean {
  return guessMediaType(fileName) !== UNKNOWN_MEDIA_TYPE;
}

/**
 * Null when the name can be kept, else why not, in French. The name is shown and given back when the
 * file is saved again: a folder in it would let a saved copy land outside the folder the person chose.
 */
export function fileNameProblem(fileName: string): string | null {
  if (/[/\\]/u.test(fileName)) return 'Le nom du fichier ne doit contenir ni « / » ni « \\ » : donnez le nom seul, sans dossier.';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
  if (/[\u0000-\u001f\u007f]/u.test(fileName)) return 'Le nom du fichier contient des caractères invisibles.';
  if (fileName === '.' || fileName === '..') return 'Nom de fichier invalide.';
  return null;
}

const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "512 octets", "12,3 ko", "1,2 Mo" (binary multiples, as the 20 Mo limit is counted). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octet${bytes > 1 ? 's' : ''}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'ko'] : [bytes / (1024 * 1024), 'Mo'];
  // A no-break space everywhere: Intl's narrow one is missing from some fonts, and "Mo" must not wrap alone.
  return `${ONE_DECIMAL.format(value)}\u00A0${unit}`.replace(/[\u202F\u00A0]/gu, '\u00A0');
}
