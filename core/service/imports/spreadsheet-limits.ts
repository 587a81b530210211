// How much of a spreadsheet the import reads. A provider's file is untrusted: without bounds a 32 KB
// workbook with one cell in column XFD, or a zip bomb, was enough to exhaust the memory of the app.
// The bounds sit far above a year of applications (a few hundred rows, 40 columns in the template).

/** Data rows per sheet: 25 times the 2,000 applications the app is designed for. */
export const MAX_SHEET_ROWS = 50_000;
/** Columns read per row: the template has fewer than 40; a value beyond this column is reported. */
export const MAX_SHEET_COLUMNS = 200;
/** Characters per cell: Excel's own limit. */
export const MAX_CELL_CHARS = 32_767;
/** Bytes once the workbook's parts are inflated; a real 2,000-application workbook inflates to ~3 MB. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Parts in the archive: a workbook has a dozen plus one per sheet. */
export const MAX_ARCHIVE_ENTRIES = 2_000;

/** Excel's column letters for a 1-based column number: 1 → A, 28 → AB, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function formatCount(value: number): string {
  return value.toLocaleString('fr-FR').replace(/\u202f/gu, ' ');
}
