// Writing a generated PDF where the CLI was told to, shared by the session and convention documents.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../core/domain/app-error.ts';
import { shortFingerprint } from '../../../core/documents/fingerprint.ts';
import type { GeneratedDocument } from '../../../core/service/api.ts';
import type { CliIo } from '../cli-io.ts';

export function positiveId(option: string) {
  return (value: string): number => {
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('validation', `${option} : « ${value} » n’est pas un numéro.`);
    return id;
  };
}

export function writeDocument(io: CliIo, out: string, document: GeneratedDocument, json: boolean | undefined): void {
  if (!out.toLowerCase().endsWith('.pdf')) throw new AppError('validation', `--out : « ${out} » doit se terminer par .pdf.`);
  const file = path.resolve(out);
  const bytes = Buffer.from(document.contentBase64, 'base64');
  writeFileSync(file, bytes);
  const summary = { file, bytes: bytes.length, reference: document.reference, dataSha256: document.dataSha256 };
  io.stdout(json ? `${JSON.stringify(summary, null, 2)}\n` : `Document écrit : ${file} (${bytes.length} octets, réf. ${document.reference}, empreinte ${shortFingerprint(document.dataSha256)}).\n`);
}

