// The 23 000 € rule (décret 2001-495): what the provider receives from the CCAS each year of this convention,
// all its conventions summed by the host; above the threshold a convention is mandatory, at or below it an
// arrêté attributif is enough.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { formatEuros } from '../../../../core/domain/money.ts';
import { CONVENTION_THRESHOLD_CENTS, type ConventionDetail, type ProviderYearTotal } from '../../../../core/service/conventions/conventions-api.ts';

type Props = { convention: Pick<ConventionDetail, 'providerYears' | 'instrument'> };

/** "Ce prestataire reçoit 25 000,00 € du CCAS en 2018 : une convention est obligatoire (plus de 23 000 € par an)". */
export function thresholdSentence(total: ProviderYearTotal): string {
  const threshold = formatEuros(CONVENTION_THRESHOLD_CENTS).replace(',00', '');
  const received = `Ce prestataire reçoit ${formatEuros(total.totalCents)} du CCAS en ${total.year}`;
  const rule = total.mandatory ? `une convention est obligatoire (plus de ${threshold} par an)` : `un arrêté attributif est possible (${threshold} par an au plus)`;
  const sum = total.conventionCount > 1 ? ` Somme de ses ${total.conventionCount} conventions de l’année.` : '';
  return `${received} : ${rule}.${sum}`;
}

export function ThresholdNotice({ convention }: Props) {
  const years = convention.providerYears;
  if (years.length === 0) return null;
  const mandatory = years.some((year) => year.mandatory);
  const arreteRefused = mandatory && convention.instrument === 'arrete';
  return (
    <Alert
      variant="light"
      color={mandatory ? 'orange' : 'pacte'}
      icon={mandatory ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
      title={mandatory ? 'Convention obligatoire (plus de 23 000 € par an)' : 'Sous le seuil de 23 000 € par an'}
      maw={880}
      data-testid="convention-threshold"
      data-mandatory={mandatory}
    >
      {years.length === 1 && years[0] ? (
        <Text size="sm">{thresholdSentence(years[0])}</Text>
      ) : (
        <List size="sm">
          {years.map((year) => (
            <List.Item key={year.year}>{thresholdSentence(year)}</List.Item>
          ))}
        </List>
      )}
      {arreteRefused && (
        <Text size="sm" fw={600} mt="xs">
          Un arrêté attributif ne suffit pas : rédigez une convention de financement.
        </Text>
      )}
    </Alert>
  );
}
