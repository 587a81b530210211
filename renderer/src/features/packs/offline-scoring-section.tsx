// "Notation hors ligne" on the session page: a member who scores on their own laptop gets a pack ("Dossier
// hors ligne"), and the notes file their laptop exports comes back here. Packs are made in notation only,
// when the jury, the grid and the PINs are settled; notes come back in notation or deliberation. Each
// member's row says to whom a pack was handed, when and by whom, and whether their notes came back.
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { SessionDetail, SessionMember } from '../../../../core/service/api.ts';
import { JuryPackModal } from './jury-pack-modal.tsx';
import { PackHandoverCell } from './pack-handover-cell.tsx';
import { JURY_PACK_EXTENSION, quoted, SCORE_PACK_EXTENSION } from './pack-labels.ts';
import { ScorePackImportModal } from './score-pack-import-modal.tsx';
import { useSessionPackRecords } from './use-packs.ts';

type Props = { session: SessionDetail };

function statusHint(session: SessionDetail): string | null {
  if (session.status === 'preparation') return 'Les dossiers hors ligne se créent une fois la notation ouverte, quand le jury, la grille et les codes PIN sont arrêtés.';
  if (session.status === 'deliberation') return 'La notation est terminée : plus de nouveau dossier hors ligne, mais les notes d’un juré peuvent encore être importées.';
  return null;
}

export function OfflineScoringSection({ session }: Props) {
  const [packFor, setPackFor] = useState<SessionMember | null>(null);
  const [importing, setImporting] = useState(false);
  const canExport = session.status === 'notation';
  const canImport = session.status === 'notation' || session.status === 'deliberation';
  const records = useSessionPackRecords(session.id, canImport).data ?? { handovers: [], returns: [] };
  if (session.status === 'close' || session.members.length === 0) return null;
  const hint = statusHint(session);

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-offline-title" data-testid="session-offline">
      <Title order={2} id="session-offline-title">
        Notation hors ligne
      </Title>
      <Text maw={820}>
        Un membre peut noter sur son propre ordinateur, sans réseau : remettez-lui son dossier hors ligne (fichier {quoted(JURY_PACK_EXTENSION)}) et son code PIN. Il l’ouvre dans
        Pacte CAI, note les dossiers, puis vous remet ses notes (fichier {quoted(SCORE_PACK_EXTENSION)}), que vous importez ici.
      </Text>
      {hint && <Text size="sm">{hint}</Text>}
      {canImport && (
        <Table withTableBorder verticalSpacing="xs" maw={1000} aria-label="Dossiers hors ligne des membres" data-testid="offline-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>Membre</Table.Th>
              <Table.Th>Remise</Table.Th>
              {canExport && <Table.Th w={230}>Dossier hors ligne</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.members.map((member) => (
              <Table.Tr key={member.id} data-testid="offline-row" data-juror-id={member.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {member.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PackHandoverCell handovers={records.handovers.filter((entry) => entry.jurorId === member.id)} returns={records.returns.filter((entry) => entry.jurorId === member.id)} />
                </Table.Td>
                {canExport && (
                  <Table.Td>
                    {member.hasPin ? (
                      <Button size="xs" variant="default" leftSection={<IconFileExport size={14} aria-hidden />} aria-label={`Dossier hors ligne de ${member.name}`} onClick={() => setPackFor(member)} data-testid="offline-pack">
                        Dossier hors ligne
                      </Button>
                    ) : (
                      <Badge color="orange" c="#853200" variant="light" tt="none" data-testid="offline-no-pin">
                        Code PIN à définir d’abord
                      </Badge>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canImport && (
        <Group>
          <Button variant="light" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)} data-testid="offline-import">
            Importer les notes d’un juré (fichier {SCORE_PACK_EXTENSION})
          </Button>
        </Group>
      )}
      <JuryPackModal sessionId={session.id} member={packFor} onClose={() => setPackFor(null)} />
      <ScorePackImportModal sessionId={session.id} opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
