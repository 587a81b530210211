// "Importer des fiches papier (CSV)": one file of paper sheets (juror, application, criterion, score or
// NA, comment), all or nothing; a refused file lists every error by row and column.
import { Alert, Code, FileInput, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ModalActions } from '../../components/modal-actions.tsx';
import { readFileAsBase64 } from '../imports/file-base64.ts';
import { ChairPinInput, chairPinProblem, generalError, issueAt } from './chair-pin.tsx';
import { plural } from './scoring-labels.ts';
import { useImportScoresCsv } from './use-deliberation.ts';

type Props = { sessionId: number; opened: boolean; onClose: () => void; onSaved: (message: string) => void };

export function CsvImportModal({ sessionId, opened, onClose, onSaved }: Props) {
  const importCsv = useImportScoresCsv(sessionId);
  const [file, setFile] = useState<File | null>(null);
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<{ file?: string; pin?: string }>({});
  const rowErrors = importCsv.data?.errors ?? [];
  const other = generalError(importCsv.error, (path) => path === 'chairPin');

  const close = () => {
    setFile(null);
    setPin('');
    setErrors({});
    importCsv.reset();
    onClose();
  };

  const submit = async () => {
    const found = { file: file === null ? 'Choisissez le fichier CSV des fiches.' : undefined, pin: chairPinProblem(pin) ?? undefined };
    setErrors(found);
    if (file === null || found.pin) return;
    importCsv.mutate(
      { fileName: file.name, contentBase64: await readFileAsBase64(file), chairPin: pin },
      {
        onSuccess: (report) => {
          if (report.errors.length > 0) return;
          close();
          onSaved(`${plural(report.sheets, 'fiche papier')} importée${report.sheets > 1 ? 's' : ''} (${plural(report.answers, 'réponse')}).`);
        },
        onError: (failure) => setErrors({ pin: issueAt(failure, 'chairPin') }),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Importer des fiches papier (CSV)" size="xl" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="csv-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Une ligne par critère noté, avec les colonnes <Code>juror</Code>, <Code>application</Code>, <Code>criterion</Code>, <Code>score</Code> (ou <Code>NA</Code>) et{' '}
            <Code>comment</Code>. Membres, dossiers et critères s’écrivent par leur numéro ou leur nom exact. Le fichier est importé en entier ou pas du tout.
          </Text>
          <FileInput
            label="Fichier CSV"
            placeholder="Choisir un fichier…"
            accept=".csv,text/csv"
            clearable
            clearButtonProps={{ 'aria-label': 'Retirer le fichier' }}
            withAsterisk
            leftSection={<IconFileUpload size={18} aria-hidden />}
            value={file}
            onChange={(next) => {
              setFile(next);
              setErrors((current) => ({ ...current, file: undefined }));
              importCsv.reset();
            }}
            error={errors.file}
            data-testid="csv-file"
          />
          <ChairPinInput
            value={pin}
            onChange={(value) => {
              setPin(value);
              setErrors((current) => ({ ...current, pin: undefined }));
            }}
            error={errors.pin}
          />
          {other && (
            <Text size="sm" c="red.9" role="alert">
              {other}
            </Text>
          )}
          {rowErrors.length > 0 && (
            <Alert color="red" variant="light" title={`Rien n’a été importé : ${plural(rowErrors.length, 'erreur')}`} role="alert" data-testid="csv-errors">
              <Table withTableBorder fz="sm" bg="white" aria-label="Erreurs du fichier">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>Ligne</Table.Th>
                    <Table.Th w={120}>Colonne</Table.Th>
                    <Table.Th>Erreur</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rowErrors.map((rowError, index) => (
                    <Table.Tr key={`${rowError.row}-${rowError.column}-${index}`} data-testid="csv-error">
                      <Table.Td>{rowError.row}</Table.Td>
                      <Table.Td>
                        <Code>{rowError.column}</Code>
                      </Table.Td>
                      <Table.Td>{rowError.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Alert>
          )}
          <ModalActions onCancel={close} submitLabel="Importer" loading={importCsv.isPending} testId="csv-import" />
        </Stack>
      </form>
    </Modal>
  );
}
