// The import screen's state: the file read once, previewed again whenever what it joins changes,
// then committed with the same bytes the person saw previewed.
import { useRef, useState } from 'react';
import type { ImportReport } from '../../../../core/service/api.ts';
import type { ImportKind } from './import-labels.ts';
import { readFileAsBase64 } from './file-base64.ts';
import { useImportCommit, useImportPreview } from './use-imports.ts';

// The host's limit (imports-api.ts); said here before sending 20 Mo over for nothing.
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Loaded = { fileName: string; contentBase64: string };

export const isCsv = (file: File | null) => file !== null && file.name.toLowerCase().endsWith('.csv');

/** A guess only, from the name people usually give such files; the control beside the file corrects it. */
const guessCsvKind = (fileName: string): ImportKind => (/prestataire|porteur/iu.test(fileName) ? 'providers' : 'applications');

export function useImportFlow(initialCallId: string | null) {
  const preview = useImportPreview();
  const commit = useImportCommit();
  const [callId, setCallId] = useState<string | null>(initialCallId);
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [csvKind, setCsvKind] = useState<ImportKind>('applications');
  const [validOnly, setValidOnly] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  // Clears the hidden <input type="file">, so that choosing the same file again reads it again.
  const resetInput = useRef<() => void>(null);

  const runPreview = (next: { loaded: Loaded | null; callId: string | null; csvKind: ImportKind }) => {
    commit.reset();
    if (!next.loaded) return;
    preview.mutate({ ...next.loaded, callId: next.callId === null ? undefined : Number(next.callId), csvKind: next.csvKind });
  };

  const clear = () => {
    preview.reset();
    commit.reset();
    setFile(null);
    setLoaded(null);
    setValidOnly(false);
    setReadError(null);
    resetInput.current?.();
  };

  const chooseFile = async (chosen: File | null) => {
    clear();
    if (!chosen) return;
    setFile(chosen);
    if (chosen.size > MAX_FILE_BYTES) {
      setReadError('Fichier trop volumineux : 20 Mo au plus.');
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(chosen);
    } catch {
      setReadError('Ce fichier n’a pas pu être lu. Vérifiez qu’il est accessible, puis réessayez.');
      return;
    }
    const next = { fileName: chosen.name, contentBase64 };
    const kind = isCsv(chosen) ? guessCsvKind(chosen.name) : csvKind;
    setLoaded(next);
    setCsvKind(kind);
    runPreview({ loaded: next, callId, csvKind: kind });
  };

  const chooseCall = (value: string | null) => {
    setCallId(value);
    runPreview({ loaded, callId: value, csvKind });
  };

  const chooseCsvKind = (value: ImportKind) => {
    setCsvKind(value);
    runPreview({ loaded, callId, csvKind: value });
  };

  const runCommit = () => {
    if (!loaded) return;
    commit.mutate({ ...loaded, callId: callId === null ? undefined : Number(callId), csvKind, validOnly });
  };

  // A refused commit (the base changed since the preview) brings a fresher report: it replaces the preview.
  const report: ImportReport | undefined = commit.data ?? preview.data;
  const done = commit.data?.committed === true;

  return {
    file,
    callId,
    csvKind,
    validOnly,
    setValidOnly,
    readError,
    resetInput,
    preview,
    commit,
    report,
    done,
    chooseFile,
    chooseCall,
    chooseCsvKind,
    runCommit,
    clear,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
