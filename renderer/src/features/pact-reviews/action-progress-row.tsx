// One pact action in a review: its status, whether it is on time, a comment, the reason when abandoned,
// and the conventions that serve it through its operational objective (primary and secondary apart).
import { Anchor, Button, Group, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from '../../../../core/service/conventions/conventions-api.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import { onTimeLabel, PACT_ACTION_STATUS_LABELS, type LinkedConvention, type PactActionProgressRow, type PactActionStatus } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';

const STATUS_OPTIONS = (Object.keys(PACT_ACTION_STATUS_LABELS) as PactActionStatus[]).map((value) => ({ value, label: PACT_ACTION_STATUS_LABELS[value] }));

export type ProgressChange = { status: PactActionStatus; onTime?: boolean; reason: string; comment?: string };

type Props = { action: PactActionProgressRow; readOnly: boolean; busy: boolean; onChange: (change: ProgressChange) => void; onAbandon: () => void };

function ConventionLines({ conventions, secondary }: { conventions: LinkedConvention[]; secondary: boolean }) {
  return conventions.map((convention) => (
    <Text key={convention.id} size="xs" c={secondary ? 'dimmed' : undefined}>
      <Anchor component={Link} to={`/conventions/${convention.id}`} size="xs">
        {convention.number}
      </Anchor>{' '}
      · {convention.providerName} · {CONVENTION_STATUS_LABELS[convention.status as ConventionStatus] ?? convention.status} · {formatEuros(convention.totalCents)}
      {secondary ? ' (objectif secondaire)' : ''}
    </Text>
  ));
}

export function ActionProgressRow({ action, readOnly, busy, onChange, onAbandon }: Props) {
  const [comment, setComment] = useState(action.comment);
  const reason = action.status === 'abandonnee' ? action.reason : '';
  const { primary, secondary } = action.conventions;
  return (
    <Table.Tr data-testid={`action-${action.code}`} data-status={action.status}>
      <Table.Td w={70} style={{ verticalAlign: 'top' }}>
        <Text size="sm" fw={600}>
          {action.code}
        </Text>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Stack gap={4}>
          <Text size="sm" id={`action-title-${action.id}`}>
            {action.title}
          </Text>
          {action.status === 'abandonnee' && (
            <Group gap="xs">
              <Text size="xs" c="#a51111" data-testid={`action-${action.code}-reason`}>
                Motif : {action.reason}
              </Text>
              {!readOnly && (
                <Button variant="subtle" size="compact-xs" onClick={onAbandon}>
                  Modifier le motif
                </Button>
              )}
            </Group>
          )}
          {primary.length + secondary.length === 0 ? (
            <Text size="xs" c="dimmed">
              Aucune convention ne sert cet objectif.
            </Text>
          ) : (
            <Stack gap={0} data-testid={`action-${action.code}-conventions`}>
              <ConventionLines conventions={primary} secondary={false} />
              <ConventionLines conventions={secondary} secondary />
            </Stack>
          )}
        </Stack>
      </Table.Td>
      {readOnly ? (
        // A validated review is a record: plain words read better than greyed-out controls.
        <>
          <Table.Td w={150} style={{ verticalAlign: 'top' }}>
            <Text size="sm" fw={600} c={action.status === 'abandonnee' ? '#a51111' : undefined} data-testid={`action-${action.code}-status`}>
              {PACT_ACTION_STATUS_LABELS[action.status]}
            </Text>
          </Table.Td>
          <Table.Td w={150} style={{ verticalAlign: 'top' }}>
            <Text size="sm" c={action.onTime ? undefined : '#8a3b00'}>
              {onTimeLabel(action.onTime)}
            </Text>
          </Table.Td>
          <Table.Td w={220} style={{ verticalAlign: 'top' }}>
            <Text size="sm">{action.comment}</Text>
          </Table.Td>
        </>
      ) : (
        <>
          <Table.Td w={150} style={{ verticalAlign: 'top' }}>
            <Select
              size="xs"
              aria-label={`Statut de l’action ${action.code}`}
              data={STATUS_OPTIONS}
              value={action.status}
              allowDeselect={false}
              disabled={busy}
              onChange={(value) => {
                if (value === null || value === action.status) return;
                if (value === 'abandonnee') onAbandon();
                else onChange({ status: value as PactActionStatus, reason: '' });
              }}
              data-testid={`action-${action.code}-status`}
            />
          </Table.Td>
          <Table.Td w={150} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
            <Switch
              size="sm"
              mt={4}
              label={action.onTime ? 'Dans les temps' : <Text span size="sm" fw={600} c="#8a3b00">En retard</Text>}
              checked={action.onTime}
              disabled={busy}
              onChange={(event) => onChange({ status: action.status, onTime: event.currentTarget.checked, reason })}
              aria-label={`Action ${action.code} dans les temps`}
              data-testid={`action-${action.code}-on-time`}
            />
          </Table.Td>
          <Table.Td w={220} style={{ verticalAlign: 'top' }}>
            <TextInput
              size="xs"
              aria-label={`Commentaire sur l’action ${action.code}`}
              placeholder="Commentaire"
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              onBlur={() => {
                if (comment.trim() !== action.comment) onChange({ status: action.status, reason, comment: comment.trim() });
              }}
              data-testid={`action-${action.code}-comment`}
            />
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
