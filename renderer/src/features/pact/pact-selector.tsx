// Switches between referentials when the base holds more than one (a new pact after 2021).
import { Select } from '@mantine/core';
import type { PactSummary } from '../../../../core/service/api.ts';
import { formatPeriod } from './pact-labels.ts';

type Props = { pacts: PactSummary[]; selectedId: number; onSelect: (pactId: number) => void };

export function PactSelector({ pacts, selectedId, onSelect }: Props) {
  const data = pacts.map((pact) => ({ value: String(pact.id), label: `${pact.title} (${formatPeriod(pact)})` }));
  return (
    <Select
      label="Référentiel"
      data={data}
      value={String(selectedId)}
      onChange={(value) => {
        if (value !== null) onSelect(Number(value));
      }}
      allowDeselect={false}
      w={340}
      data-testid="pact-selector"
    />
  );
}
