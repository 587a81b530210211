// #/dossier-jure — on a fresh install, "Ouvrir un dossier de juré"; on a juror's laptop (a pack is open in
// this database), "Mon dossier de juré": what the pack holds, the way to jury mode, and "Exporter mes notes".
import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserEdit } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OpenedJuryPack } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../applications/application-labels.ts';
import { plural } from '../scoring/scoring-labels.ts';
import { formatLongDate } from '../sessions/session-labels.ts';
import { JuryPackOpenForm } from './jury-pack-open-form.tsx';
import { laptopJuryPath } from './pack-labels.ts';
import { ScorePackExportPanel } from './score-pack-export-panel.tsx';
import { useJuryPackInfo } from './use-packs.ts';

function OpenedPack({ pack }: { pack: OpenedJuryPack }) {
  const facts: [string, string][] = [
    ['Séance', pack.sessionTitle],
    ['Date', formatLongDate(pack.heldOn)],
    ['Membre du jury', pack.jurorName],
    ['Dossiers à noter', plural(pack.applicationCount, 'dossier')],
    ['Chiffré', pack.isEncrypted ? 'Oui, avec une phrase de passe' : 'Non'],
    ['Ouvert sur cet ordinateur le', formatDateTime(pack.openedAt)],
  ];
  return (
    <Stack gap="lg" maw={760} data-testid="jury-pack-opened">
      <Title order={1}>Mon dossier de juré</Title>
      <Paper withBorder p="lg">
        <Stack gap="md" align="flex-start">
          <Table variant="vertical" withTableBorder layout="fixed" aria-label="Votre dossier de juré" data-testid="jury-pack-facts">
            <Table.Tbody>
              {facts.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={240}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">Notez les dossiers en mode juré, avec le code PIN que le président vous a remis ; vos notes restent sur cet ordinateur.</Text>
          <Button component={Link} to={laptopJuryPath(pack)} size="md" leftSection={<IconUserEdit size={18} aria-hidden />} data-testid="jury-pack-to-jury">
            Noter les dossiers (mode juré)
          </Button>
        </Stack>
      </Paper>
      <ScorePackExportPanel pack={pack} />
    </Stack>
  );
}

export function JuryPackPage() {
  const info = useJuryPackInfo();
  const pack = info.data?.pack ?? null;
  usePageTitle(pack ? 'Mon dossier de juré' : 'Ouvrir un dossier de juré');

  if (info.isPending) return <PageLoader label="Chargement…" />;
  if (info.isError) return <ErrorAlert error={info.error} title="Le dossier de juré n’a pas pu être lu" onRetry={() => void info.refetch()} />;
  return pack ? <OpenedPack pack={pack} /> : <JuryPackOpenForm />;
}
