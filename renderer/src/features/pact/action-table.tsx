// The actions of one operational objective: title, associated partners, sources.
import { Table, Text } from '@mantine/core';
import type { PactAction } from '../../../../core/service/api.ts';
import { PactTagList } from './pact-tag-list.tsx';
import { pactElementId } from './pact-tree.ts';

type Props = { code: string; actions: PactAction[] };

export function ActionTable({ code, actions }: Props) {
  return (
    <Table
      withTableBorder
      verticalSpacing="xs"
      layout="fixed"
      styles={{ td: { verticalAlign: 'top' } }}
      aria-label={`Actions de l’objectif opérationnel ${code}`}
      data-testid="action-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="48%">Action</Table.Th>
          <Table.Th w="30%">Partenaires associés</Table.Th>
          <Table.Th w="22%">Sources</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {actions.map((action) => (
          <Table.Tr
            key={action.id}
            id={pactElementId({ kind: 'action', id: action.id })}
            tabIndex={-1}
            data-testid="pact-action"
            data-code={action.code}
          >
            <Table.Td>
              <Text component="span" size="xs" c="dimmed" ff="monospace" display="block">
                {action.code}
              </Text>
              <Text component="span" size="sm">
                {action.title}
              </Text>
            </Table.Td>
            <Table.Td>
              <PactTagList label="Partenaires associés" names={action.partners} variant="partner" hideLabel />
            </Table.Td>
            <Table.Td>
              <PactTagList label="Sources" names={action.sources} variant="source" hideLabel emptyText="Aucune" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
