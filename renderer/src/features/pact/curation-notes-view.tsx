// The "Notes de curation" tab: every hand fix made to the extracted pact text, for auditors.
import { Table, Stack, Text, Title } from '@mantine/core';
import { usePactOutlet } from './pact-outlet-context.ts';

export function CurationNotesView() {
  const { pact } = usePactOutlet();
  return (
    <Stack gap="md">
      <Title order={2}>Notes de curation du référentiel</Title>
      <Text maw={860}>
        Le référentiel a été transcrit à la main à partir du texte extrait du document imprimé. Chaque correction
        apportée à ce texte est notée ci-dessous : où elle se trouve, le problème constaté et la correction faite.
      </Text>
      {pact.source !== '' && (
        <Text size="sm" maw={860}>
          <strong>Source :</strong> {pact.source}
        </Text>
      )}
      {pact.curationNotes.length === 0 ? (
        <Text>Aucune correction n’a été notée pour ce référentiel.</Text>
      ) : (
        <Table
          withTableBorder
          striped
          layout="fixed"
          styles={{ td: { verticalAlign: 'top' } }}
          verticalSpacing="sm"
          aria-label="Corrections apportées au référentiel"
          data-testid="curation-notes"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">Emplacement</Table.Th>
              <Table.Th w="38%">Problème</Table.Th>
              <Table.Th w="38%">Correction</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pact.curationNotes.map((note, index) => (
              <Table.Tr key={`${index}-${note.location}`}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {note.location}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{note.problem}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{note.fix}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
