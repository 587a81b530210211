// Step 2: the call the applications join, the file, and for a CSV what it holds; each change previews again.
import { Anchor, FileInput, Loader, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { CALLS_PATH } from '../calls/call-labels.ts';
import { useCallList } from '../calls/use-calls.ts';
import type { ImportKind } from './import-labels.ts';
import { isCsv, type ImportFlow } from './use-import-flow.ts';

type Props = { flow: ImportFlow };

const CSV_KINDS: { value: ImportKind; label: string }[] = [
  { value: 'applications', label: 'des dossiers' },
  { value: 'providers', label: 'des prestataires' },
];

/** The host names the field it missed: a file of applications sent without its call. */
function callMissing(error: unknown): boolean {
  return error instanceof ApiCallError && error.issues.some((issue) => issue.path === 'callId');
}

export function ImportFileStep({ flow }: Props) {
  const calls = useCallList();
  const busy = flow.preview.isPending || flow.commit.isPending;
  const callOptions = (calls.data ?? []).map((call) => ({
    value: String(call.id),
    // Demo data stays recognisable here too, without repeating a title that already says so.
    label: call.isDemo && !/démonstration/iu.test(call.title) ? `${call.title} (démonstration)` : call.title,
  }));

  return (
    <Stack gap="md" component="section" aria-labelledby="import-file-title">
      <Title order={2} id="import-file-title">
        2. Fichier
      </Title>
      {calls.isError && (
        <ErrorAlert error={calls.error} title="Les appels à projets n’ont pas pu être chargés" onRetry={() => void calls.refetch()} />
      )}
      <Select
        label="Appel à projets"
        description="Les dossiers du fichier y seront rattachés. Inutile si le fichier ne contient que des prestataires."
        placeholder={calls.isPending ? 'Chargement des appels…' : 'Choisir un appel à projets'}
        data={callOptions}
        value={flow.callId}
        onChange={flow.chooseCall}
        clearable
        disabled={busy}
        error={callMissing(flow.preview.error) ? 'Choisissez l’appel à projets auquel rattacher les dossiers.' : undefined}
        nothingFoundMessage="Aucun appel à projets"
        maw={480}
        data-testid="import-call"
      />
      {calls.isSuccess && calls.data.length === 0 && (
        <Text size="sm">
          Aucun appel à projets n’existe encore : pour importer des dossiers,{' '}
          <Anchor component={Link} to={`${CALLS_PATH}/nouveau`}>
            créez d’abord l’appel
          </Anchor>
          .
        </Text>
      )}
      <FileInput
        label="Fichier à importer (.xlsx ou .csv)"
        description="Séparateur « ; » ou « , », encodage UTF-8 ou Windows-1252, montants à la française et dates jj/mm/aaaa sont acceptés."
        placeholder="Choisir un fichier…"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        value={flow.file}
        onChange={(chosen) => void flow.chooseFile(chosen)}
        disabled={flow.commit.isPending}
        leftSection={<IconFileImport size={18} aria-hidden />}
        rightSection={flow.preview.isPending ? <Loader size="xs" aria-label="Lecture du fichier en cours" /> : undefined}
        clearable={false}
        resetRef={flow.resetInput}
        // The real <input type="file"> is hidden behind the button; tests attach files to it.
        fileInputProps={{ 'data-testid': 'import-file' } as ComponentProps<'input'>}
        maw={480}
      />
      {isCsv(flow.file) && (
        <Stack gap={6}>
          <Text size="sm" fw={500} id="import-csv-kind-label">
            Le fichier contient :
          </Text>
          <SegmentedControl
            data={CSV_KINDS}
            value={flow.csvKind}
            onChange={(value) => flow.chooseCsvKind(value as ImportKind)}
            disabled={busy}
            aria-labelledby="import-csv-kind-label"
            w="fit-content"
            data-testid="import-csv-kind"
          />
        </Stack>
      )}
    </Stack>
  );
}
