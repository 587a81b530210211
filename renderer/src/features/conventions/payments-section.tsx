// The payments (versements) of the convention: ordered (mandaté) then paid, or cancelled with a reason while
// still only ordered (a paid one comes back through a recovery);
// "Enregistrer un versement" while the convention is signed and running.
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useState } from 'react';
import { acceptsPayments } from '../../../../core/domain/conventions/convention-status.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import { PAYMENT_STATUS_LABELS, SCHEDULE_KIND_LABELS, type ConventionDetail, type Payment } from '../../../../core/service/conventions/conventions-api.ts';
import { figureStyle, showDate } from './convention-labels.ts';
import { DateActModal } from './date-act-modal.tsx';
import { PaymentRecordModal } from './payment-record-modal.tsx';
import { ReasonActModal } from './reason-act-modal.tsx';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail };

const STATUS_COLORS: Record<Payment['status'], [string, string]> = { mandate: ['pacte', '#184068'], paye: ['teal', '#0b5e45'], annule: ['gray', '#373a40'] };

export function PaymentsSection({ convention }: Props) {
  const [recording, setRecording] = useState(false);
  const [paying, setPaying] = useState<Payment | null>(null);
  const [cancelling, setCancelling] = useState<Payment | null>(null);
  const markPaid = useConventionWrite('payments.markPaid');
  const cancel = useConventionWrite('payments.cancel');
  const open = acceptsPayments(convention.status);
  const anythingLeft = convention.schedule.some((line) => line.supersededBy === null && line.remainingCents > 0);

  const closePaid = () => {
    markPaid.reset();
    setPaying(null);
  };
  const closeCancel = () => {
    cancel.reset();
    setCancelling(null);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-payments-title" data-testid="convention-payments">
      <Group justify="space-between" align="flex-end" maw={1100}>
        <Title order={2} id="convention-payments-title">
          Versements
        </Title>
        {open && anythingLeft && (
          <Button leftSection={<IconCash size={18} aria-hidden />} onClick={() => setRecording(true)} data-testid="payment-record">
            Enregistrer un versement
          </Button>
        )}
      </Group>
      {!open && convention.payments.length === 0 && <Text size="sm">Les versements s’ouvrent une fois la convention signée.</Text>}
      {open && convention.payments.length === 0 && <Text size="sm">Aucun versement enregistré.</Text>}
      {convention.payments.length > 0 && (
        <Table.ScrollContainer minWidth={880}>
          <Table withTableBorder layout="fixed" aria-labelledby="convention-payments-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Échéance</Table.Th>
                <Table.Th w={120} ta="right">
                  Montant
                </Table.Th>
                <Table.Th w={104}>Statut</Table.Th>
                <Table.Th w={170}>Mandat</Table.Th>
                <Table.Th w={100}>Payé le</Table.Th>
                <Table.Th w={210}>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {convention.payments.map((payment) => (
                <Table.Tr key={payment.id} data-testid="payment-row" data-status={payment.status}>
                  <Table.Td>
                    <Text size="sm">
                      {payment.lineRank} — {SCHEDULE_KIND_LABELS[payment.lineKind]}
                    </Text>
                    {payment.overrideReason && (
                      <Text size="xs" c="dimmed">
                        Motif : {payment.overrideReason}
                      </Text>
                    )}
                    {payment.cancelReason && (
                      <Text size="xs" c="dimmed">
                        Annulé : {payment.cancelReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={figureStyle} td={payment.status === 'annule' ? 'line-through' : undefined}>
                    {formatEuros(payment.amountCents)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm" color={STATUS_COLORS[payment.status][0]} c={STATUS_COLORS[payment.status][1]}>
                      {PAYMENT_STATUS_LABELS[payment.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{payment.mandateRef || '—'}</Text>
                    {payment.orderedOn && <Text size="xs">le {showDate(payment.orderedOn)}</Text>}
                  </Table.Td>
                  <Table.Td style={figureStyle}>{showDate(payment.paidOn)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {payment.status !== 'mandate' && (
                        <Text span size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                      {payment.status === 'mandate' && (
                        <Button size="xs" variant="light" onClick={() => setPaying(payment)} data-testid="payment-mark-paid">
                          Marquer payé
                        </Button>
                      )}
                      {payment.status === 'mandate' && (
                        <Button size="xs" variant="subtle" color="red.9" c="#a51111" onClick={() => setCancelling(payment)} data-testid="payment-cancel">
                          Annuler
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!open && convention.status === 'soldee' && (
        <Alert variant="light" color="teal" c="#0b5e45" maw={880}>
          Tout est versé : la convention est soldée.
        </Alert>
      )}
      {recording && <PaymentRecordModal convention={convention} opened onClose={() => setRecording(false)} />}
      <DateActModal
        key={`paid-${paying?.id ?? 0}`}
        opened={paying !== null}
        title="Marquer le versement payé"
        text={paying ? `Le versement de ${formatEuros(paying.amountCents)} (mandat ${paying.mandateRef || 'sans référence'}) a été payé.` : ''}
        dateLabel="Date de paiement"
        submitLabel="Marquer payé"
        datePath="paidOn"
        loading={markPaid.isPending}
        error={markPaid.error}
        onSubmit={(paidOn) => paying && markPaid.mutate({ id: paying.id, paidOn }, { onSuccess: closePaid })}
        onClose={closePaid}
        testId="payment-paid-modal"
      />
      <ReasonActModal
        key={`cancel-${cancelling?.id ?? 0}`}
        opened={cancelling !== null}
        title="Annuler le versement"
        text={cancelling ? `Le versement de ${formatEuros(cancelling.amountCents)} sera annulé ; il reste dans l’historique.` : ''}
        submitLabel="Annuler le versement"
        missingReason="Indiquez pourquoi le versement est annulé."
        loading={cancel.isPending}
        error={cancel.error}
        onSubmit={(reason) => cancelling && cancel.mutate({ id: cancelling.id, reason }, { onSuccess: closeCancel })}
        onClose={closeCancel}
        testId="payment-cancel-modal"
      />
    </Stack>
  );
}
