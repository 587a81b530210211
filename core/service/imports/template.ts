// The import template handed to providers and managers: an .xlsx with one sheet per kind of row and a
// help sheet, or a .csv of the applications columns. Built from the same column list the import reads.
import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import { DURATION_LABELS, PUBLIC_LABELS } from '../applications/applications-api.ts';
import { LEGAL_FORM_LABELS } from '../providers/providers-api.ts';
import { COLUMNS, HELP_SHEET_NAME, SHEET_NAMES, templateHeader, type CellKind, type ImportColumn, type SheetKind } from './columns.ts';
import { csvBytes } from './write-csv.ts';

export type TemplateFile = { fileName: string; mediaType: string; bytes: Uint8Array };

/** What the help sheet lists besides the columns: values that depend on this installation. */
export type TemplateReferences = { territories: readonly { code: string; name: string }[] };

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Rows prepared with formats and drop-down lists; beyond them Excel still accepts typing.
const PREPARED_ROWS = 500;

// Text format on code columns: without it Excel drops the leading zero of 05000 and writes a
// SIRET as 4,43062E+13.
const NUMBER_FORMATS: Readonly<Record<CellKind, string | undefined>> = { text: '@', code: '@', count: '0', date: 'dd/mm/yyyy', money: '#,##0.00' };

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  legalForm: Object.values(LEGAL_FORM_LABELS),
  isRenewal: ['oui', 'non'],
  duration: Object.values(DURATION_LABELS),
};

function boldHeader(worksheet: Worksheet): void {
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  worksheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

/**
 * One validation over a whole range. exceljs types only per-cell validations, and merges those by
 * sorting addresses as text (B10 before B2), which writes overlapping ranges Excel then "repairs".
 */
function rangeValidations(worksheet: Worksheet): { add: (range: string, validation: DataValidation) => void } {
  return (worksheet as unknown as { dataValidations: { add: (range: string, validation: DataValidation) => void } }).dataValidations;
}

function addDataSheet(workbook: ExcelJS.Workbook, kind: SheetKind): void {
  const columns: readonly ImportColumn[] = COLUMNS[kind];
  const worksheet = workbook.addWorksheet(SHEET_NAMES[kind]);
  worksheet.columns = columns.map((column) => ({ header: templateHeader(column), key: column.key, width: column.width, style: { numFmt: NUMBER_FORMATS[column.kind] ?? 'General' } }));
  boldHeader(worksheet);
  columns.forEach((column, index) => {
    worksheet.getCell(1, index + 1).note = `${column.help}\n${column.format}`;
    const choices = CHOICES[column.key];
    if (!choices) return;
    const letter = worksheet.getColumn(index + 1).letter;
    rangeValidations(worksheet).add(`${letter}2:${letter}${PREPARED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: column.label,
      error: `Choisissez une valeur de la liste : ${choices.join(', ')}.`,
    });
  });
}

function addHelpSheet(workbook: ExcelJS.Workbook, references: TemplateReferences): void {
  const worksheet = workbook.addWorksheet(HELP_SHEET_NAME);
  worksheet.columns = [
    { header: 'Feuille', key: 'sheet', width: 14 },
    { header: 'Colonne', key: 'column', width: 34 },
    { header: 'Obligatoire', key: 'required', width: 12 },
    { header: 'Signification', key: 'help', width: 60 },
    { header: 'Format', key: 'format', width: 50 },
    { header: 'Exemple', key: 'example', width: 30 },
  ];
  boldHeader(worksheet);
  for (const kind of ['providers', 'applications'] as const) {
    for (const column of COLUMNS[kind]) {
      worksheet.addRow({ sheet: SHEET_NAMES[kind], column: templateHeader(column), required: column.required === true ? 'oui' : 'non', help: column.help, format: column.format, example: column.example });
    }
  }
  const notes = [
    'Une ligne par prestataire dans « Prestataires », une ligne par action dans « Dossiers ». Les colonnes marquées * sont obligatoires.',
    'Les en-têtes peuvent être réordonnés ; majuscules, accents et espaces n’y comptent pas. Une colonne inconnue est signalée et ignorée.',
    'Un prestataire est reconnu par son SIRET (à défaut, par son nom) ; un dossier par l’appel à projets, le prestataire et l’intitulé. Importer deux fois le même fichier ne crée rien de plus.',
    'Une colonne absente du fichier laisse la donnée enregistrée telle quelle ; une cellule vide d’une colonne présente l’efface (sauf le SIRET).',
    'Tout le fichier est vérifié avant l’import : s’il y a une erreur, rien n’est importé, sauf si vous choisissez d’importer les seules lignes valides.',
  ];
  worksheet.addRow([]);
  for (const note of notes) worksheet.addRow({ sheet: 'À savoir', help: note });
  worksheet.addRow([]);
  const values: [string, string][] = [
    ...Object.values(LEGAL_FORM_LABELS).map((label): [string, string] => ['Forme juridique', label]),
    ...Object.entries(PUBLIC_LABELS).map(([key, label]): [string, string] => ['Publics', `${label} (ou « ${key} »)`]),
    ...Object.values(DURATION_LABELS).map((label): [string, string] => ['Durée', label]),
    ...references.territories.map(({ code, name }): [string, string] => ['Territoires', `${name} (ou « ${code} »)`]),
  ];
  const heading = worksheet.addRow({ sheet: 'Valeurs admises', column: 'Colonne', help: 'Valeur' });
  heading.font = { bold: true };
  for (const [column, value] of values) worksheet.addRow({ column, help: value });
  worksheet.getColumn('help').alignment = { wrapText: true, vertical: 'top' };
  worksheet.getColumn('format').alignment = { wrapText: true, vertical: 'top' };
}

export async function buildTemplate(format: 'xlsx' | 'csv', references: TemplateReferences): Promise<TemplateFile> {
  if (format === 'csv') {
    return { fileName: 'modele-import-dossiers.csv', mediaType: 'text/csv;charset=utf-8', bytes: csvBytes([COLUMNS.applications.map(templateHeader)]) };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pacte CAI';
  addDataSheet(workbook, 'providers');
  addDataSheet(workbook, 'applications');
  addHelpSheet(workbook, references);
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: 'modele-import-pacte-cai.xlsx', mediaType: XLSX_MEDIA_TYPE, bytes: new Uint8Array(buffer) };
}
