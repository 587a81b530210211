// Writes CSV the way French Excel reads it without asking: ';' between fields, CRLF line ends, UTF-8
// with a BOM (without it, Excel reads UTF-8 as Windows-1252 and garbles every accent).

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * A field quoted when it holds a separator (either: a comma left bare in a ';' file misleads tools
 * that guess the separator), a quote or a line break; quotes doubled.
 */
export function csvField(value: string): string {
  return /[;,"\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function csvText(rows: readonly (readonly string[])[], separator: ';' | ',' = ';'): string {
  return rows.map((row) => `${row.map(csvField).join(separator)}\r\n`).join('');
}

export function csvBytes(rows: readonly (readonly string[])[], separator: ';' | ',' = ';'): Uint8Array {
  const body = new TextEncoder().encode(csvText(rows, separator));
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}
