// Every tick and untick of the checklist, newest first: a decision of recevabilité can be retraced.
import { Accordion, Table } from '@mantine/core';
import type { EligibilityTick } from '../../../../core/service/api.ts';
import { formatDateTime } from '../applications/application-labels.ts';

export function EligibilityTickHistory({ ticks }: { ticks: EligibilityTick[] }) {
  if (ticks.length === 0) return null;
  return (
    <Accordion variant="contained">
      <Accordion.Item value="history">
        <Accordion.Control data-testid="eligibility-history-toggle">Historique des vérifications ({ticks.length})</Accordion.Control>
        <Accordion.Panel>
          <Table layout="fixed" aria-label="Historique des vérifications" data-testid="eligibility-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>Date</Table.Th>
                <Table.Th>Point</Table.Th>
                <Table.Th w={100}>Action</Table.Th>
                <Table.Th w={140}>Par</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ticks.map((tick, index) => (
                <Table.Tr key={`${tick.at}-${index}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(tick.at)}</Table.Td>
                  <Table.Td>{tick.itemLabel}</Table.Td>
                  <Table.Td>{tick.isChecked ? 'Coché' : 'Décoché'}</Table.Td>
                  <Table.Td>{tick.actor}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
