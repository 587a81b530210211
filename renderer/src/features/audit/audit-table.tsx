// One page of the audit log: who, when, what, and a link to what it was about when the app has a page for it.
import { Anchor, Code, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditLogEntry } from '../../../../core/service/api.ts';
import { formatDateTime } from '../applications/application-labels.ts';
import { auditEntityTarget } from './audit-entity.ts';
import { auditActionLabel } from './audit-labels.ts';

export function AuditTable({ items }: { items: readonly AuditLogEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder striped layout="fixed" aria-label="Entrées du journal d’audit" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>N°</Table.Th>
            <Table.Th w={150}>Date</Table.Th>
            <Table.Th w={250}>Par</Table.Th>
            <Table.Th>Opération</Table.Th>
            <Table.Th w={170}>Objet</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => {
            const target = auditEntityTarget(entry.entity, entry.entityId);
            return (
              <Table.Tr key={entry.seq} data-testid="audit-row">
                <Table.Td>{entry.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.actor}</Table.Td>
                <Table.Td>
                  {auditActionLabel(entry.action)} <Code>{entry.action}</Code>
                </Table.Td>
                <Table.Td>
                  {target.path ? (
                    <Anchor component={Link} to={target.path} size="sm" data-testid="audit-entity-link">
                      {target.text}
                    </Anchor>
                  ) : (
                    target.text
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
