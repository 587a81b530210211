// An amount in euros typed the French way ("420 000", "420 000,00 €", "1.234,50"); on leaving the
// field a readable amount is rewritten as the app shows money, so the person sees how it was read.
import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import type { ChangeEvent, FocusEvent } from 'react';
import { formatEuros, parseEuros } from '../../../core/domain/money.ts';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** Optional only because form helpers type it so; the field is always controlled. */
  value?: string;
  onChange: (value: string) => void;
};

export function MoneyInput({ value = '', onChange, onBlur, ...others }: Props) {
  const normalise = (event: FocusEvent<HTMLInputElement>) => {
    const reading = value.trim() === '' ? null : parseEuros(value);
    // An unreadable amount stays as typed, for the person to correct it.
    if (reading?.ok) {
      const shown = formatEuros(reading.cents);
      if (shown !== value) onChange(shown);
    }
    onBlur?.(event);
  };

  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      {...others}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.currentTarget.value)}
      onBlur={normalise}
    />
  );
}
