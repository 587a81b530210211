// What the session is: its call, date, place, grid, quorum rule, disagreement threshold and chair.
import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { roleTitle } from '../../../../core/domain/french-gender.ts';
import type { SessionDetail } from '../../../../core/service/api.ts';
import { callPath } from '../calls/call-labels.ts';
import { describeQuorumRule, describeThreshold, formatLongDate } from './session-labels.ts';

type Props = { session: SessionDetail };

export function SessionFacts({ session }: Props) {
  const chair = session.members.find((member) => member.id === session.chairJurorId);
  const rows: [string, ReactNode, string][] = [
    [
      'Appel à projets',
      <Anchor component={Link} to={callPath(session.callId)} key="call">
        {session.callTitle}
      </Anchor>,
      'call',
    ],
    ['Date', formatLongDate(session.heldOn), 'date'],
    ['Lieu', session.place || '—', 'place'],
    ['Grille d’évaluation', `${session.grid.title} — version ${session.grid.version}${session.grid.isFrozen ? ' (figée)' : ''}`, 'grid'],
    ['Règle de quorum', describeQuorumRule(session.quorumRule), 'quorum-rule'],
    ['Seuil de désaccord', describeThreshold(session.disagreementThreshold), 'threshold'],
    [roleTitle('Président', chair?.civility ?? ''), chair?.name ?? 'Non désigné', 'chair'],
  ];
  return (
    <Table withTableBorder variant="vertical" layout="fixed" maw={760} aria-label="La séance" data-testid="session-facts">
      <Table.Tbody>
        {rows.map(([label, value, key]) => (
          <Table.Tr key={key}>
            <Table.Th w={200} scope="row">
              {label}
            </Table.Th>
            <Table.Td data-testid={`session-fact-${key}`}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
