// The recoveries (reversements) ordered on this convention and whether the money came back; a convention
// cannot be closed while one is still open.
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconReceiptRefund } from '@tabler/icons-react';
import { useState } from 'react';
import { formatEuros } from '../../../../core/domain/money.ts';
import { RECOVERY_CAUSE_LABELS, type ConventionDetail, type Recovery } from '../../../../core/service/conventions/conventions-api.ts';
import { figureStyle, showDate } from './convention-labels.ts';
import { DateActModal } from './date-act-modal.tsx';
import { RecoveryRecordModal } from './recovery-record-modal.tsx';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail };

const OPEN_TO_RECOVERY = new Set(['signee', 'en_cours', 'soldee', 'resiliee']);

export function RecoveriesSection({ convention }: Props) {
  const [recording, setRecording] = useState(false);
  const [receiving, setReceiving] = useState<Recovery | null>(null);
  const receive = useConventionWrite('recoveries.receive');
  const canRecord = OPEN_TO_RECOVERY.has(convention.status);
  if (!canRecord && convention.recoveries.length === 0) return null;

  const closeReceive = () => {
    receive.reset();
    setReceiving(null);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-recoveries-title" data-testid="convention-recoveries">
      <Group justify="space-between" align="flex-end" maw={1100}>
        <Title order={2} id="convention-recoveries-title">
          Reversements
        </Title>
        {canRecord && (
          <Button variant="default" leftSection={<IconReceiptRefund size={18} aria-hidden />} onClick={() => setRecording(true)} data-testid="recovery-record">
            Demander un reversement
          </Button>
        )}
      </Group>
      {convention.recoveries.length === 0 ? (
        <Text size="sm">Aucun reversement demandé.</Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table withTableBorder layout="fixed" aria-labelledby="convention-recoveries-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120} ta="right">
                  Montant
                </Table.Th>
                <Table.Th>Cause et décision</Table.Th>
                <Table.Th w={110}>À recevoir</Table.Th>
                <Table.Th w={200}>Reçu</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {convention.recoveries.map((recovery) => (
                <Table.Tr key={recovery.id} data-testid="recovery-row">
                  <Table.Td ta="right" style={figureStyle}>
                    {formatEuros(recovery.amountCents)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{RECOVERY_CAUSE_LABELS[recovery.cause]}</Text>
                    <Text size="xs">Décision {recovery.decisionRef}</Text>
                    {recovery.note && <Text size="xs" c="dimmed">{recovery.note}</Text>}
                  </Table.Td>
                  <Table.Td style={figureStyle}>{showDate(recovery.dueOn)}</Table.Td>
                  <Table.Td>
                    {recovery.receivedOn ? (
                      <Badge color="teal" c="#0b5e45" variant="light" size="sm">
                        reçu le {showDate(recovery.receivedOn)}
                      </Badge>
                    ) : (
                      <Button size="xs" variant="light" onClick={() => setReceiving(recovery)} data-testid="recovery-receive">
                        Marquer reçu
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {recording && <RecoveryRecordModal convention={convention} opened onClose={() => setRecording(false)} />}
      <DateActModal
        key={`receive-${receiving?.id ?? 0}`}
        opened={receiving !== null}
        title="Reversement reçu"
        text={receiving ? `Le reversement de ${formatEuros(receiving.amountCents)} a été encaissé par le CCAS.` : ''}
        dateLabel="Reçu le"
        submitLabel="Enregistrer la réception"
        datePath="receivedOn"
        loading={receive.isPending}
        error={receive.error}
        onSubmit={(receivedOn) => receiving && receive.mutate({ id: receiving.id, receivedOn }, { onSuccess: closeReceive })}
        onClose={closeReceive}
        testId="recovery-receive-modal"
      />
    </Stack>
  );
}
