// The import of returned workbooks, file by file: a dry run of each first (nothing written), then the import
// of those that passed, each all or nothing on its own, with the count done so far for the progress bar.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { BilanWorkbookImport } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { readFileAsBase64 } from '../imports/file-base64.ts';

export type ImportPhase = 'choose' | 'checking' | 'checked' | 'importing' | 'done';
export type FileOutcome = { fileName: string; report: BilanWorkbookImport };
export type Expected = { conventionId: number; year: number };

function failedReport(fileName: string, message: string, dryRun: boolean): BilanWorkbookImport {
  return { fileName, ok: false, dryRun, conventionId: null, conventionNumber: null, year: null, bilanId: null, changed: false, valueCount: 0, lineCount: 0, problems: [{ message }] };
}

export function useBilanImportFlow(expected?: Expected) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<ImportPhase>('choose');
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [checked, setChecked] = useState<FileOutcome[]>([]);
  const [imported, setImported] = useState<FileOutcome[]>([]);
  const contents = useRef(new Map<string, string>());

  const run = useCallback(
    async (file: File, dryRun: boolean): Promise<FileOutcome> => {
      try {
        const contentBase64 = contents.current.get(file.name) ?? (await readFileAsBase64(file));
        contents.current.set(file.name, contentBase64);
        const report = await client.call('bilans.importWorkbook', { fileName: file.name, contentBase64, dryRun, ...(expected ? { expected } : {}) });
        return { fileName: file.name, report };
      } catch (error) {
        return { fileName: file.name, report: failedReport(file.name, errorMessage(error), dryRun) };
      }
    },
    [expected],
  );

  const check = useCallback(async () => {
    setPhase('checking');
    setProgress({ done: 0, total: files.length });
    const outcomes: FileOutcome[] = [];
    // One after the other: the host reads one workbook at a time, and the bar says where it is.
    for (const file of files) {
      outcomes.push(await run(file, true));
      setProgress({ done: outcomes.length, total: files.length });
    }
    setChecked(outcomes);
    setPhase('checked');
  }, [files, run]);

  const commit = useCallback(async () => {
    const accepted = files.filter((file) => checked.find((outcome) => outcome.fileName === file.name)?.report.ok);
    setPhase('importing');
    setProgress({ done: 0, total: accepted.length });
    const outcomes: FileOutcome[] = [];
    for (const file of accepted) {
      outcomes.push(await run(file, false));
      setProgress({ done: outcomes.length, total: accepted.length });
    }
    const refusedAtCheck = checked.filter((outcome) => !outcome.report.ok);
    setImported([...outcomes, ...refusedAtCheck]);
    setPhase('done');
    if (outcomes.some((outcome) => outcome.report.changed)) await queryClient.invalidateQueries();
  }, [checked, files, queryClient, run]);

  const reset = useCallback(() => {
    setPhase('choose');
    setFiles([]);
    setChecked([]);
    setImported([]);
    setProgress({ done: 0, total: 0 });
    contents.current.clear();
  }, []);

  return { phase, files, setFiles, progress, checked, imported, check, commit, reset };
}
