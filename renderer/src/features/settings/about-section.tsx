// "À propos": which version runs and which database file it works on, for support and backups.
import { Code, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useAppInfo } from './use-app-info.ts';

export function AboutSection() {
  const info = useAppInfo();

  return (
    <Stack gap="sm" maw={880} component="section" aria-labelledby="about-title">
      <Title order={2} id="about-title">
        À propos
      </Title>
      {info.isPending && <PageLoader label="Chargement des informations…" />}
      {info.isError && (
        <ErrorAlert error={info.error} title="Ces informations n’ont pas pu être lues" onRetry={() => void info.refetch()} />
      )}
      {info.isSuccess && (
        <>
          <Table variant="vertical" withTableBorder layout="fixed" data-testid="about-table">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>Application</Table.Th>
                <Table.Td data-testid="about-name">{info.data.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Td data-testid="about-version">{info.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Fichier de la base</Table.Th>
                <Table.Td>
                  {/* A long path must wrap rather than widen the page. */}
                  <Code style={{ wordBreak: 'break-all' }} data-testid="about-database-file">
                    {info.data.databaseFile}
                  </Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Schéma de la base</Table.Th>
                <Table.Td data-testid="about-schema">n° {info.data.schemaVersion}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            Les données de l’application (référentiels, paramètres…) sont enregistrées dans ce fichier.
          </Text>
        </>
      )}
    </Stack>
  );
}
