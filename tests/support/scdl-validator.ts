// Checks a CSV against the SCDL "subventions" 2.1.1 table schema, written from the schema and its
// documentation (datagouv/schema.data.gouv.fr site/scdl/subventions/2.1.1, CHANGELOG 2.1.0) and from
// Validata's custom checks, never from the app's exporter: nothing here imports core/.
// Where it runs: tests and benchmarks only.
import Papa from 'papaparse';

type FieldRule = {
  name: string;
  type: 'string' | 'date' | 'number' | 'boolean';
  required?: boolean;
  pattern?: RegExp;
  enum?: readonly string[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  trueValues?: readonly string[];
  falseValues?: readonly string[];
  /** Validata's `french-siret-value` custom check. */
  siret?: boolean;
};

// schema.json 2.1.1, field by field, in its order. Missing values are "" (missingValues [""]).
const FIELDS: readonly FieldRule[] = [
  { name: 'nomAttribuant', type: 'string', required: true },
  { name: 'idAttribuant', type: 'string', required: true, pattern: /^\d{14}$/u, siret: true },
  { name: 'dateConvention', type: 'date', required: true },
  { name: 'referenceDecision', type: 'string' },
  { name: 'nomBeneficiaire', type: 'string', required: true },
  { name: 'idBeneficiaire', type: 'string', siret: true },
  { name: 'rnaBeneficiaire', type: 'string', pattern: /^W\d{9}$/u },
  { name: 'objet', type: 'string', required: true, maxLength: 256 },
  { name: 'montant', type: 'number', required: true },
  {
    name: 'nature',
    type: 'string',
    required: true,
    enum: ['aide en numéraire', 'aide en nature', 'aide en numéraire;aide en nature', 'aide en nature;aide en numéraire'],
  },
  { name: 'conditionsVersement', type: 'string', required: true, maxLength: 256 },
  { name: 'datesPeriodeVersement', type: 'string', required: true, pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}(\/[0-9]{4}-[0-9]{2}-[0-9]{2})?$/u },
  { name: 'idRAE', type: 'string', maxLength: 5 },
  { name: 'notificationUE', type: 'boolean', required: true, trueValues: ['oui'], falseValues: ['non'] },
  { name: 'pourcentageSubvention', type: 'number', required: true, minimum: 0.01, maximum: 1 },
  { name: 'dispositifAide', type: 'string' },
];

/** The custom check added in 2.1.0: a row names its beneficiary by SIRET, by RNA, or both. */
const ONE_OF_REQUIRED = ['idBeneficiaire', 'rnaBeneficiaire'] as const;

export type ScdlRule =
  | 'encoding'
  | 'bom'
  | 'csv-syntax'
  | 'header'
  | 'blank-row'
  | 'field-count'
  | 'required'
  | 'pattern'
  | 'date'
  | 'number'
  | 'enum'
  | 'boolean'
  | 'minimum'
  | 'maximum'
  | 'max-length'
  | 'french-siret-value'
  | 'one-of-required'
  | 'period-dates';

/** row: the record's number with the header as 1 (the first data row is 2); null for the file. */
export type ScdlValidationError = { row: number | null; column: string | null; rule: ScdlRule; message: string };

export type ScdlValidationOptions = {
  /**
   * Beyond the schema, whose pattern accepts "2017-30-05": each date of datesPeriodeVersement must
   * exist and a period must not end before it starts. Off by default: the official "valid" example
   * file itself breaks it.
   */
  checkPeriodDates?: boolean;
};

export const SCDL_SCHEMA_FIELD_NAMES: readonly string[] = FIELDS.map((field) => field.name);

// Luhn as python-stdnum writes it (stdnum.luhn), the library behind Validata's SIRET check.
function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    sum += Math.floor(doubled / 10) + (doubled % 10);
  });
  return sum % 10 === 0;
}

/** stdnum.fr.siret.is_valid: 14 digits, Luhn (La Poste: digit sum a multiple of 5), and a valid SIREN. */
export function stdnumSiretValid(value: string): boolean {
  if (!/^[0-9]{14}$/u.test(value)) return false;
  const sirenValid = luhnValid(value.slice(0, 9));
  if (value.startsWith('356000000') && value !== '35600000000048') {
    const digitSum = [...value].reduce((sum, char) => sum + Number(char), 0);
    return digitSum % 5 === 0 && sirenValid;
  }
  return luhnValid(value) && sirenValid;
}

/** A real calendar date written AAAA-MM-JJ (table-schema `date`, default format). */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// table-schema `number` with decimalChar "." and no groupChar. Stricter than frictionless (which also
// takes "1e3", "NaN" or "INF"): an amount published by a CCAS has no business being written so.
const NUMBER = /^[+-]?\d+(\.\d+)?$/u;

function cellErrors(field: FieldRule, value: string, row: number): ScdlValidationError[] {
  const error = (rule: ScdlRule, message: string): ScdlValidationError => ({ row, column: field.name, rule, message });
  if (value === '') return field.required ? [error('required', `${field.name} is required`)] : [];
  const errors: ScdlValidationError[] = [];
  if (field.type === 'date' && !isRealDate(value)) errors.push(error('date', `${field.name} "${value}" is not a real date AAAA-MM-JJ`));
  if (field.type === 'number') {
    if (!NUMBER.test(value)) errors.push(error('number', `${field.name} "${value}" is not a number with a decimal point`));
    else {
      const number = Number(value);
      if (field.minimum !== undefined && number < field.minimum) errors.push(error('minimum', `${field.name} ${value} < ${field.minimum}`));
      if (field.maximum !== undefined && number > field.maximum) errors.push(error('maximum', `${field.name} ${value} > ${field.maximum}`));
    }
  }
  if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value)) {
    errors.push(error('boolean', `${field.name} "${value}" is neither ${[...(field.trueValues ?? []), ...(field.falseValues ?? [])].join(' nor ')}`));
  }
  if (field.pattern && !field.pattern.test(value)) errors.push(error('pattern', `${field.name} "${value}" does not match ${field.pattern.source}`));
  if (field.enum && !field.enum.includes(value)) errors.push(error('enum', `${field.name} "${value}" is not one of ${field.enum.join(' | ')}`));
  // Python counts code points: an emoji is one character, not two UTF-16 units.
  const length = [...value].length;
  if (field.maxLength !== undefined && length > field.maxLength) errors.push(error('max-length', `${field.name} has ${length} characters > ${field.maxLength}`));
  if (field.siret && !stdnumSiretValid(value)) errors.push(error('french-siret-value', `${field.name} "${value}" is not a valid SIRET`));
  return errors;
}

function periodErrors(value: string, row: number): ScdlValidationError[] {
  const dates = value.split('/');
  const error = (message: string): ScdlValidationError => ({ row, column: 'datesPeriodeVersement', rule: 'period-dates', message });
  const unreal = dates.filter((date) => !isRealDate(date));
  if (unreal.length > 0) return [error(`not real dates: ${unreal.join(', ')}`)];
  const [first = '', last = first] = dates;
  return last < first ? [error(`period ends before it starts: ${value}`)] : [];
}

function decode(input: string | Uint8Array): { text: string; errors: ScdlValidationError[] } {
  if (typeof input === 'string') {
    return { text: input, errors: input.startsWith('\uFEFF') ? [{ row: null, column: null, rule: 'bom', message: 'the file starts with a BOM' }] : [] };
  }
  const errors: ScdlValidationError[] = [];
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) errors.push({ row: null, column: null, rule: 'bom', message: 'the file starts with a UTF-8 BOM' });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input), errors };
  } catch {
    return { text: '', errors: [...errors, { row: null, column: null, rule: 'encoding', message: 'the file is not valid UTF-8' }] };
  }
}

/** Every way `input` (the text, or the bytes of a file) breaks the SCDL subventions 2.1.1 schema; [] when valid. */
export function validateScdlCsv(input: string | Uint8Array, options: ScdlValidationOptions = {}): ScdlValidationError[] {
  const decoded = decode(input);
  const errors = [...decoded.errors];
  if (errors.some((error) => error.rule === 'encoding')) return errors;
  const text = decoded.text.replace(/^\uFEFF/u, '');
  // The delimiter is fixed: a ';' file must fail on its header, not be read kindly.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', quoteChar: '"', escapeChar: '"', header: false, skipEmptyLines: false });
  for (const parseError of parsed.errors) {
    errors.push({ row: parseError.row === undefined ? null : parseError.row + 1, column: null, rule: 'csv-syntax', message: `${parseError.code}: ${parseError.message}` });
  }
  const records = parsed.data;
  // A final line break ends the last record; it does not open an empty one.
  if (/\r?\n$/u.test(text) && records.length > 0 && records[records.length - 1]?.length === 1 && records[records.length - 1]?.[0] === '') records.pop();
  const [header = [], ...body] = records;

  FIELDS.forEach((field, index) => {
    const found = header[index];
    if (found !== field.name) {
      errors.push({ row: 1, column: field.name, rule: 'header', message: `column ${index + 1} should be "${field.name}", found ${found === undefined ? 'nothing' : `"${found}"`}` });
    }
  });
  header.slice(FIELDS.length).forEach((extra, offset) => {
    errors.push({ row: 1, column: extra, rule: 'header', message: `extra column ${FIELDS.length + offset + 1} "${extra}"` });
  });

  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length === 1 && cells[0] === '') {
      errors.push({ row, column: null, rule: 'blank-row', message: 'blank row' });
      return;
    }
    if (cells.length !== header.length || cells.length !== FIELDS.length) {
      errors.push({ row, column: null, rule: 'field-count', message: `${cells.length} fields, the header has ${header.length} and the schema ${FIELDS.length}` });
      return;
    }
    FIELDS.forEach((field, column) => errors.push(...cellErrors(field, cells[column] ?? '', row)));
    if (ONE_OF_REQUIRED.every((name) => (cells[SCDL_SCHEMA_FIELD_NAMES.indexOf(name)] ?? '') === '')) {
      errors.push({ row, column: ONE_OF_REQUIRED.join('|'), rule: 'one-of-required', message: 'neither idBeneficiaire nor rnaBeneficiaire is given' });
    }
    const period = cells[SCDL_SCHEMA_FIELD_NAMES.indexOf('datesPeriodeVersement')] ?? '';
    if (options.checkPeriodDates && period !== '' && !errors.some((e) => e.row === row && e.column === 'datesPeriodeVersement')) {
      errors.push(...periodErrors(period, row));
    }
  });
  return errors;
}
