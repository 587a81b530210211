// The filtered audit log as a file an auditor opens in a spreadsheet: .csv (French Excel's flavour)
// or .xlsx (real dates in the French format, the filters applied on a second sheet).
import ExcelJS from 'exceljs';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { csvBytes } from '../imports/write-csv.ts';
import { auditActionLabel, auditEntityLabel, type AuditExport, type AuditExportFormat, type AuditFilters, type AuditLogEntry } from './audit-api.ts';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ['N°', 'Date et heure', 'Par', 'Opération', 'Code de l’opération', 'Objet', 'N° de l’objet', 'Détails', 'Empreinte'];

const pad = (value: number) => String(value).padStart(2, '0');

/** "03/12/2026 14:05:09": the instant on this computer's clock, as the audit screen shows it. */
export function frenchDateTime(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The local wall-clock time as a UTC date: a spreadsheet cell has no time zone and shows what it is given. */
function wallClock(iso: string): Date {
  const date = new Date(iso);
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()));
}

function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function detailsText(details: unknown): string {
  return details === null || details === undefined ? '' : JSON.stringify(details);
}

function textRow(entry: AuditLogEntry): string[] {
  return [String(entry.seq), frenchDateTime(entry.at), entry.actor, auditActionLabel(entry.action), entry.action, auditEntityLabel(entry.entity), entry.entityId ?? '', detailsText(entry.details), entry.hash];
}

/** The filters as a person reads them, on the second sheet: an export says what it holds. */
function filterLines(filters: AuditFilters, count: number, exportedAt: Date): [string, string][] {
  return [
    ['Exporté le', frenchDateTime(exportedAt.toISOString())],
    ['Entrées', String(count)],
    ['Du', filters.from ? formatFrenchDate(filters.from) : '—'],
    ['Au', filters.to ? formatFrenchDate(filters.to) : '—'],
    ['Personne', filters.actor ?? 'toutes'],
    ['Opération', filters.action ? auditActionLabel(filters.action) : 'toutes'],
    ['Objet', filters.entity ? auditEntityLabel(filters.entity) : 'tous'],
    ['Recherche', filters.search ?? '—'],
  ];
}

async function workbookBytes(entries: readonly AuditLogEntry[], filters: AuditFilters, exportedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pacte CAI';
  const sheet = workbook.addWorksheet('Journal d’audit', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [8, 20, 36, 40, 26, 22, 12, 80, 20];
  sheet.columns = HEADERS.map((header, index) => ({ header, width: widths[index] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  for (const entry of entries) {
    const [, , actor, label, action, entity, entityId, details, hash] = textRow(entry);
    sheet.addRow([entry.seq, wallClock(entry.at), actor, label, action, entity, entityId, details, hash]);
  }
  sheet.getColumn(2).numFmt = 'dd/mm/yyyy hh:mm:ss';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, entries.length + 1), column: HEADERS.length } };
  const about = workbook.addWorksheet('Filtres');
  about.columns = [{ width: 14 }, { width: 60 }];
  for (const line of filterLines(filters, entries.length, exportedAt)) about.addRow(line);
  about.getColumn(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function buildAuditExport(entries: readonly AuditLogEntry[], filters: AuditFilters, format: AuditExportFormat, exportedAt: Date): Promise<AuditExport> {
  const base = `journal-audit-${localIsoDate(exportedAt)}`;
  if (format === 'csv') {
    const bytes = csvBytes([HEADERS, ...entries.map(textRow)]);
    return { fileName: `${base}.csv`, mediaType: 'text/csv;charset=utf-8', contentBase64: Buffer.from(bytes).toString('base64'), count: entries.length };
  }
  const bytes = await workbookBytes(entries, filters, exportedAt);
  return { fileName: `${base}.xlsx`, mediaType: XLSX_MEDIA_TYPE, contentBase64: Buffer.from(bytes).toString('base64'), count: entries.length };
}
