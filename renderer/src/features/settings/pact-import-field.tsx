// Imports a referential from a JSON file: the host validates it and adds it beside the others, or refuses it whole.
import { Alert, FileInput, Loader, Stack, Text } from '@mantine/core';
import { IconCheck, IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ComponentProps } from 'react';
import type { PactImportReport } from '../../../../core/service/api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { usePactImport } from '../pact/use-pact-queries.ts';
import { PactImportError } from './pact-import-error.tsx';

// Non-breaking spaces inside the guillemets, as French typography wants: a line never starts with "»".
const IMPORT_HINT = 'Au format des référentiels de Pacte CAI, comme le fichier que produit «\u00a0Exporter › JSON\u00a0» dans «\u00a0Le Pacte\u00a0».';

export function PactImportField() {
  const importPact = usePactImport();
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // Clears the hidden <input type="file">, so that choosing the same file again imports it again.
  const resetInput = useRef<() => void>(null);

  const choose = async (chosen: File | null) => {
    importPact.reset();
    setReadError(null);
    setFile(chosen);
    if (!chosen) return;
    let content: string;
    try {
      content = await chosen.text();
    } catch {
      setReadError('Ce fichier n’a pas pu être lu. Vérifiez qu’il est accessible, puis réessayez.');
      resetInput.current?.();
      return;
    }
    importPact.mutate(content, { onSettled: () => resetInput.current?.() });
  };

  return (
    <Stack gap="sm" maw={880}>
      <FileInput
        label="Importer un référentiel (fichier JSON)"
        description={IMPORT_HINT}
        placeholder="Choisir un fichier JSON…"
        accept=".json,application/json"
        value={file}
        onChange={(chosen) => void choose(chosen)}
        disabled={importPact.isPending}
        leftSection={<IconFileImport size={18} aria-hidden />}
        rightSection={importPact.isPending ? <Loader size="xs" aria-label="Import en cours" /> : undefined}
        clearable={false}
        resetRef={resetInput}
        // The real <input type="file"> is hidden behind the button; tests attach files to it.
        fileInputProps={{ 'data-testid': 'pact-import-file' } as ComponentProps<'input'>}
        maw={480}
      />
      <div role="status" aria-live="polite">
        {importPact.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} data-testid="pact-import-result">
            <Text size="sm">{importNotice(importPact.data)}</Text>
          </Alert>
        )}
      </div>
      {(importPact.isError || readError) && (
        <PactImportError
          message={readError ?? errorMessage(importPact.error)}
          issues={importPact.error instanceof ApiCallError ? importPact.error.issues : []}
        />
      )}
    </Stack>
  );
}

function importNotice(report: PactImportReport): string {
  return report.status === 'created'
    ? `Référentiel ${report.code} importé. Il est consultable dans «\u00a0Le Pacte\u00a0».`
    : `Référentiel ${report.code} déjà présent à l’identique : rien n’a changé.`;
}
