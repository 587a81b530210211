// A date field that is French whatever the browser's locale (Debian's Chromium shows a native
// <input type="date"> as mm/dd/yyyy): typed jj/mm/aaaa, a French calendar, the value an ISO
// 'YYYY-MM-DD' string ('' when empty) as the forms and the service expect.
import { DateInput } from '@mantine/dates';
import type { DateInputProps } from '@mantine/dates';
import 'dayjs/locale/fr';
import { useState } from 'react';
import type { FocusEvent } from 'react';
import { readTypedFrenchDate, typedFrenchDateProblem } from '../../../core/domain/typed-french-date.ts';

// The arrows have no text; the month and year buttons keep theirs ("décembre 2026").
const ARIA_LABELS = {
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  previousYear: 'Année précédente',
  nextYear: 'Année suivante',
  previousDecade: 'Décennie précédente',
  nextDecade: 'Décennie suivante',
};

type Props = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'type'> & {
  /** 'YYYY-MM-DD', or '' when no date; optional only because form helpers type it so. */
  value?: string;
  onChange: (value: string) => void;
  /** An optional field: a clear button, and deleting the text empties the value. */
  clearable?: boolean;
};

export function FrenchDateInput({ value = '', onChange, clearable = false, onBlur, onFocus, error, popoverProps, ...others }: Props) {
  // Mantine puts back the last good date when the field is left with text it cannot read; say so,
  // or the person would believe the typed date was kept.
  const [rejected, setRejected] = useState('');
  const [dropdownOpened, setDropdownOpened] = useState(false);

  const checkTypedText = (event: FocusEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value.trim();
    if (text === '') {
      setRejected(!clearable && value !== '' ? 'Date obligatoire : la date précédente est remise.' : '');
    } else {
      setRejected(typedFrenchDateProblem(text));
    }
    onBlur?.(event);
  };

  return (
    <DateInput
      locale="fr"
      valueFormat="DD/MM/YYYY"
      dateParser={readTypedFrenchDate}
      placeholder="jj/mm/aaaa"
      clearable={clearable}
      clearButtonProps={{ 'aria-label': 'Effacer la date' }}
      firstDayOfWeek={1}
      ariaLabels={ARIA_LABELS}
      // Mantine's red weekends and faded days of the next month fail the contrast the app keeps (AA).
      weekendDays={[]}
      hideOutsideDates
      {...others}
      // While the calendar is open, Escape closes it and not the modal around the field.
      data-mantine-stop-propagation={dropdownOpened ? 'true' : undefined}
      popoverProps={{ ...popoverProps, onOpen: () => setDropdownOpened(true), onClose: () => setDropdownOpened(false) }}
      value={value === '' ? null : value}
      onChange={(next) => {
        setRejected('');
        onChange(next ?? '');
      }}
      onFocus={(event: FocusEvent<HTMLInputElement>) => {
        setRejected('');
        onFocus?.(event);
      }}
      onBlur={checkTypedText}
      error={rejected || error}
    />
  );
}
