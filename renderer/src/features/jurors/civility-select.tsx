// "Civilité": Madame / Monsieur / Non précisée, for a juror, a signatory or a provider's representative.
// Documents and screens agree titles with it ("la présidente", "représentante"); it is never guessed.
import { Select } from '@mantine/core';
import type { Civility } from '../../../../core/domain/french-gender.ts';

// A Select holds no empty value: "Non précisée" stands for '' on the screen only.
const NOT_GIVEN = 'non_precisee';
const OPTIONS = [
  { value: 'madame', label: 'Madame' },
  { value: 'monsieur', label: 'Monsieur' },
  { value: NOT_GIVEN, label: 'Non précisée' },
];

type Props = {
  value: Civility;
  onChange: (civility: Civility) => void;
  label?: string;
  error?: string | undefined;
  w?: number | string;
  testId?: string;
};

export function CivilitySelect({ value, onChange, label = 'Civilité', error, w, testId }: Props) {
  return (
    <Select
      label={label}
      data={OPTIONS}
      value={value === '' ? NOT_GIVEN : value}
      onChange={(chosen) => onChange(chosen === 'madame' || chosen === 'monsieur' ? chosen : '')}
      allowDeselect={false}
      error={error}
      w={w}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
