// Mutations of a CSV that still look like a spreadsheet someone saved: rows duplicated or dropped,
// huge or hostile cells, headers renamed, another separator, quotes left open, another encoding.
import Papa from 'papaparse';
import { encodeWindows1252 } from '../../fixtures/imports/import-fixtures.ts';
import { BYTE_MUTATIONS, mutateBytes, type ByteMutation } from './byte-mutations.ts';
import type { Random } from './seeded-random.ts';

export const CSV_MUTATIONS = [
  'duplicate-rows',
  'many-rows',
  'drop-row',
  'shuffle-rows',
  'huge-cell',
  'hostile-cell',
  'swap-cells',
  'drop-column',
  'wide-row',
  'rename-header',
  'drop-header',
  'separator',
  'open-quote',
  'control-chars',
  'line-ends',
  ...BYTE_MUTATIONS,
] as const;
export type CsvMutation = (typeof CSV_MUTATIONS)[number];

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252', 'latin1', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'double-utf-8'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Values a person, a formula or a broken export puts in a cell. */
export const HOSTILE_VALUES = [
  '',
  ' ',
  '0',
  '-1',
  '-0',
  '1e308',
  '1e15',
  '9007199254740993',
  'NaN',
  'Infinity',
  '12 34,5',
  '3,5',
  '1.000.000,00',
  '31/02/2018',
  '00/00/0000',
  '99/99/9999',
  '01/01/10000',
  '2018-13-45',
  '=HYPERLINK("http://x","y")',
  '=1+1',
  '@SUM(A1)',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '<script>alert(1)</script>',
  "'; drop table providers; --",
  'NA',
  'n/a',
  'oui',
  'non',
  'W000000000',
  '00000000000000',
  '443 061 841 00047',
  '+33 6 12 34 56 78',
  'a@b',
  '🚲🚲🚲',
  'e\u0301cole',
  '\u202eetats',
  'tab\there',
  'ligne\nsuivante',
  'x'.repeat(300),
  'Ç'.repeat(2001),
] as const;

const CONTROL = ['\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '\ufeff', '\ud800', '\u202e', '\u00a0', '\u202f'] as const;

export type CsvGrid = { rows: string[][]; delimiter: string; lineEnd: string; rawEdits: ((text: string) => string)[]; byteEdits: ((bytes: Uint8Array) => Uint8Array)[] };

export function parseGrid(text: string): CsvGrid {
  const clean = text.replace(/^\uFEFF/u, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: true });
  return { rows: parsed.data, delimiter: parsed.meta.delimiter || ';', lineEnd: '\r\n', rawEdits: [], byteEdits: [] };
}

function cellOf(grid: CsvGrid, random: Random): { row: number; column: number } {
  const row = grid.rows.length === 0 ? 0 : random.int(grid.rows.length);
  return { row, column: random.int(grid.rows[row]?.length ?? 1) };
}

function setCell(grid: CsvGrid, place: { row: number; column: number }, value: string): void {
  const row = grid.rows[place.row];
  if (row) row[place.column] = value;
}

export function mutateGrid(grid: CsvGrid, kind: CsvMutation, random: Random): void {
  const data = grid.rows.length - 1;
  const dataRow = () => 1 + random.int(Math.max(1, data));
  switch (kind) {
    case 'duplicate-rows': {
      const row = grid.rows[dataRow()];
      if (row) grid.rows.splice(dataRow(), 0, ...Array.from({ length: 1 + random.int(20) }, () => [...row]));
      return;
    }
    case 'many-rows': {
      const row = grid.rows[dataRow()];
      // Distinct titles, so that the rows are new ones and not the same row again.
      if (row) for (let index = 0; index < random.pick([200, 1000, 3000]); index += 1) grid.rows.push(row.map((cell, column) => (column === 2 ? `${cell} ${index}` : cell)));
      return;
    }
    case 'drop-row':
      grid.rows.splice(random.int(grid.rows.length), 1);
      return;
    case 'shuffle-rows':
      for (let index = grid.rows.length - 1; index > 1; index -= 1) {
        const other = 1 + random.int(index);
        [grid.rows[index], grid.rows[other]] = [grid.rows[other] ?? [], grid.rows[index] ?? []];
      }
      return;
    case 'huge-cell':
      setCell(grid, cellOf(grid, random), random.pick(['x', 'é', '€']).repeat(random.pick([2_001, 20_001, 32_767, 32_768, 100_000])));
      return;
    case 'hostile-cell':
      setCell(grid, cellOf(grid, random), random.pick(HOSTILE_VALUES));
      return;
    case 'swap-cells': {
      const row = grid.rows[random.int(grid.rows.length)];
      if (row && row.length > 1) {
        const left = random.int(row.length);
        const right = random.int(row.length);
        [row[left], row[right]] = [row[right] ?? '', row[left] ?? ''];
      }
      return;
    }
    case 'drop-column': {
      const column = random.int(grid.rows[0]?.length ?? 1);
      for (const row of grid.rows) row.splice(column, 1);
      return;
    }
    case 'wide-row': {
      const row = grid.rows[random.int(grid.rows.length)];
      if (row) row.push(...Array.from({ length: random.pick([5, 180, 250]) }, (_, index) => (random.chance(0.1) ? `v${index}` : '')));
      return;
    }
    case 'rename-header': {
      const header = grid.rows[0];
      if (!header) return;
      const column = random.int(header.length);
      const name = header[column] ?? '';
      header[column] = random.pick([name.toUpperCase(), name.normalize('NFD'), `${name} `, `${name}*`, header[random.int(header.length)] ?? '', '', 'Colonne inconnue', name.slice(0, 3)]);
      return;
    }
    case 'drop-header':
      grid.rows.shift();
      return;
    case 'separator':
      grid.delimiter = random.pick([',', '\t', '|']);
      return;
    case 'open-quote':
      grid.rawEdits.push((text) => {
        const at = random.int(text.length);
        return `${text.slice(0, at)}"${text.slice(at)}`;
      });
      return;
    case 'control-chars':
      setCell(grid, cellOf(grid, random), `${random.pick(CONTROL)}${grid.rows[0]?.[0] ?? ''}${random.pick(CONTROL)}`);
      return;
    case 'line-ends':
      grid.lineEnd = random.pick(['\n', '\r', '\r\r\n', '\n\n']);
      return;
    default: {
      const byteKind: ByteMutation = kind;
      grid.byteEdits.push((bytes) => mutateBytes(bytes, byteKind, random));
    }
  }
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const little = Buffer.from(text, 'utf16le');
  return bigEndian ? Uint8Array.from(little, (_byte, index) => little[index ^ 1] ?? 0) : little;
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'windows-1252':
      // Characters that code page lacks become '?', as Excel writes them.
      return encodeWindows1252([...text].map((character) => (safeWindows1252(character) ? character : '?')).join(''));
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]);
    case 'utf-16le':
      return utf16(text, false);
    case 'double-utf-8':
      return Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8');
  }
}

function safeWindows1252(character: string): boolean {
  try {
    encodeWindows1252(character);
    return true;
  } catch {
    return false;
  }
}

export function serializeGrid(grid: CsvGrid, encoding: Encoding): Uint8Array {
  let text = Papa.unparse(grid.rows, { delimiter: grid.delimiter, newline: grid.lineEnd });
  for (const edit of grid.rawEdits) text = edit(text);
  let bytes = encodeText(`${text}${grid.lineEnd}`, encoding);
  for (const edit of grid.byteEdits) bytes = edit(bytes);
  return bytes;
}
