// Windows-1252, the code page of French Excel's "CSV (séparateur : point-virgule)". Node 20's
// TextDecoder('windows-1252') decodes it as ISO-8859-1 (nodejs/node#56542): bytes 0x80–0x9F come out
// as control characters instead of ’ € œ « – …, so those 32 bytes are mapped here, by the WHATWG table.

/** The characters of bytes 0x80–0x9F; the five bytes the code page leaves undefined keep their control character. */
export const WINDOWS_1252_HIGH_CONTROL_RANGE = [
  '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
  '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
] as const;

/** Every byte decodes: the rest of the code page is ISO-8859-1, byte value = code point. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // Chunks keep String.fromCharCode's argument list short on large files.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH_CONTROL_RANGE[byte - 0x80] ?? '').charCodeAt(0) : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}
