// The share of the total given to levers so far, and what is left, as the person types; red beyond the total.
import { Text } from '@mantine/core';
import { formatEuros } from '../../../../core/domain/money.ts';
import { leverTotals } from './call-form-values.ts';
import type { CallFormValues } from './call-form-values.ts';

type Props = { values: CallFormValues };

export function LeverSummary({ values }: Props) {
  const { totalCents, sumCents } = leverTotals(values);
  const over = totalCents !== null && sumCents > totalCents;
  let sentence = `Réparti entre les leviers : ${formatEuros(sumCents)}.`;
  if (totalCents !== null) {
    const rest = totalCents - sumCents;
    sentence = over
      ? `Réparti entre les leviers : ${formatEuros(sumCents)} sur ${formatEuros(totalCents)} — dépassement de ${formatEuros(-rest)}.`
      : `Réparti entre les leviers : ${formatEuros(sumCents)} sur ${formatEuros(totalCents)} — reste ${formatEuros(rest)} non affecté à un levier.`;
  }
  return (
    <Text
      size="sm"
      fw={over ? 700 : 500}
      c={over ? 'var(--mantine-color-error)' : undefined}
      ta="right"
      aria-live="polite"
      data-testid="call-lever-summary"
      data-over={over || undefined}
    >
      {sentence}
    </Text>
  );
}
