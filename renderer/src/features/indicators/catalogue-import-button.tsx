// "Importer un catalogue…": a JSON file of indicators sent to the host, which adds its new versions or
// refuses the whole file. The button sits in the tab's header; what was added, or every problem with its
// place, is said in French in the page under it (CatalogueImportOutcome).
import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileImport } from '@tabler/icons-react';
import { useRef, useState, type ComponentProps } from 'react';
import type { IndicatorImportReport } from '../../../../core/service/api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { useCatalogueImport } from './use-indicators.ts';

export type CatalogueImportFlow = ReturnType<typeof useCatalogueImportFlow>;

export function useCatalogueImportFlow() {
  const mutation = useCatalogueImport();
  const [readError, setReadError] = useState<string | null>(null);
  // Clears the hidden <input type="file">, so that choosing the same file again imports it again.
  const resetRef = useRef<() => void>(null);
  const choose = async (file: File | null) => {
    mutation.reset();
    setReadError(null);
    if (!file) return;
    let content: string;
    try {
      content = await file.text();
    } catch {
      setReadError('Ce fichier n’a pas pu être lu. Vérifiez qu’il est accessible, puis réessayez.');
      resetRef.current?.();
      return;
    }
    mutation.mutate(content, { onSettled: () => resetRef.current?.() });
  };
  return { mutation, readError, resetRef, choose };
}

function reportText(report: IndicatorImportReport): string {
  if (report.status === 'unchanged') return `Catalogue ${report.catalogueKey} déjà présent à l’identique : rien n’a changé.`;
  const added = report.created.map((entry) => `${entry.code} (version ${entry.version})`).join(', ');
  const same = report.unchanged > 0 ? ` ; ${report.unchanged} déjà présent${report.unchanged > 1 ? 's' : ''} à l’identique` : '';
  return `Catalogue ${report.catalogueKey} importé : ${added} ${report.created.length > 1 ? 'ajoutés' : 'ajouté'}${same}.`;
}

/** A problem of the catalogue names its indicator already; a problem of the file's shape needs its place. */
function issueText(issue: { path: string; message: string }): string {
  return issue.path === '' || issue.path.includes('(') ? issue.message : `${issue.path} : ${issue.message}`;
}

export function CatalogueImportButton({ flow }: { flow: CatalogueImportFlow }) {
  return (
    <FileButton onChange={(file) => void flow.choose(file)} accept=".json,application/json" resetRef={flow.resetRef} inputProps={{ 'data-testid': 'catalogue-import-file' } as ComponentProps<'input'>}>
      {(props) => (
        <Button {...props} variant="light" leftSection={<IconFileImport size={18} aria-hidden />} loading={flow.mutation.isPending} data-testid="catalogue-import" style={{ flexShrink: 0 }}>
          Importer un catalogue…
        </Button>
      )}
    </FileButton>
  );
}

export function CatalogueImportOutcome({ flow }: { flow: CatalogueImportFlow }) {
  const { mutation, readError } = flow;
  const message = readError ?? errorMessage(mutation.error);
  // The host names each problem; a single one already in the message is not repeated below it.
  const all = mutation.error instanceof ApiCallError ? mutation.error.issues : [];
  const issues = all.length === 1 && message.includes(all[0]?.message ?? '') ? [] : all;
  return (
    <>
      <div role="status" aria-live="polite">
        {mutation.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} maw={880} data-testid="catalogue-import-result">
            <Text size="sm">{reportText(mutation.data)}</Text>
          </Alert>
        )}
      </div>
      {(mutation.isError || readError) && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" maw={880} data-testid="catalogue-import-error">
          <Stack gap="xs">
            <Text size="sm">{message}</Text>
            {issues.length > 0 && (
              <List size="sm">
                {issues.map((issue) => (
                  <List.Item key={`${issue.path}:${issue.message}`}>{issueText(issue)}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
    </>
  );
}
