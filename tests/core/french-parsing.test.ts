// Numbers and dates from French forms and files are read exactly or refused with a French reason:
// an impossible or ambiguous value never becomes a plausible wrong one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excelSerialToIsoDate,
  formatFrenchDate,
  formatLongDate,
  isIsoDate,
  isoDateToExcelSerial,
  parseFrenchDate,
  parseFrenchNumber,
} from '../../core/domain/french-parsing.ts';

const number = (text: string): number | string => {
  const reading = parseFrenchNumber(text);
  return reading.ok ? reading.value : reading.message;
};
const date = (input: string | number): string => {
  const reading = parseFrenchDate(input);
  return reading.ok ? reading.value : reading.message;
};

/** The Gregorian leap-year rule, written here independently of the app's date arithmetic. */
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
const two = (value: number) => String(value).padStart(2, '0');

const validDay = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= monthLength(year, month));
const isoDay = validDay.map(({ year, month, day }) => `${year}-${two(month)}-${two(day)}`);

describe('parseFrenchNumber', () => {
  it('reads a decimal comma and thousands grouped by any space or by dots', () => {
    expect(number('1 234,5')).toBe(1234.5);
    expect(number('1\u00A0234,5')).toBe(1234.5);
    expect(number('1\u202F234\u202F567,25')).toBe(1_234_567.25);
    expect(number('1.234,5')).toBe(1234.5);
    expect(number('1.234.567')).toBe(1_234_567);
    expect(number('-0,25')).toBe(-0.25);
    expect(number('\u22123')).toBe(-3);
    expect(number(' 42 ')).toBe(42);
  });

  it('reads a decimal dot when it cannot be a thousands separator', () => {
    expect(number('12.5')).toBe(12.5);
    expect(number('0.125')).toBe(0.125);
    expect(number('1234.567')).toBe(1234.567);
  });

  it('refuses "1.234", which is 1234 to a French reader and 1.234 to a program', () => {
    expect(number('1.234')).toBe('Nombre ambigu : « 1.234 » (le point sépare-t-il les milliers ou les décimales ? écrivez par exemple 1234 ou 1,234).');
  });

  it('refuses what is not a number, in French', () => {
    for (const input of ['', 'douze', '1,2,3', '12 34', '1 2345', '1.23.4', '1,5%', '1e3', ',5', '5,']) {
      expect(number(input)).toBe(`Nombre illisible : « ${input.trim()} » (attendu par exemple 1 234,5).`);
    }
  });

  it('reads back any number with up to 6 decimals as Intl fr-FR writes it', () => {
    const grouped = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });
    const plain = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6, useGrouping: false });
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 6 }), (units, decimals) => {
        const value = units / 10 ** decimals;
        return number(grouped.format(value)) === value && number(plain.format(value)) === value;
      }),
    );
  });
});

describe('parseFrenchDate', () => {
  it('reads jj/mm/aaaa, j/m/aaaa, jj-mm-aaaa, jj.mm.aaaa and ISO aaaa-mm-jj', () => {
    expect(date('01/03/2024')).toBe('2024-03-01');
    expect(date('1/3/2024')).toBe('2024-03-01');
    expect(date('01-03-2024')).toBe('2024-03-01');
    expect(date('01.03.2024')).toBe('2024-03-01');
    expect(date('2024-03-01')).toBe('2024-03-01');
    expect(date(' 29/02/2024 ')).toBe('2024-02-29');
    expect(date('29/02/2000')).toBe('2000-02-29');
  });

  it('refuses dates that do not exist, in French', () => {
    expect(date('31/02/2024')).toBe('Date impossible : « 31/02/2024 ».');
    expect(date('29/02/2023')).toBe('Date impossible : « 29/02/2023 ».');
    expect(date('29/02/1900')).toBe('Date impossible : « 29/02/1900 ».');
    expect(date('31/04/2024')).toBe('Date impossible : « 31/04/2024 ».');
    expect(date('01/13/2024')).toBe('Date impossible : « 01/13/2024 ».');
    expect(date('00/01/2024')).toBe('Date impossible : « 00/01/2024 ».');
    expect(date('2024-02-30')).toBe('Date impossible : « 2024-02-30 ».');
  });

  it('refuses two-digit years, which could be 19xx or 20xx', () => {
    expect(date('01/02/24')).toBe('Date ambiguë : « 01/02/24 » (écrivez l’année sur 4 chiffres, jj/mm/aaaa).');
    expect(date('1.2.99')).toBe('Date ambiguë : « 1.2.99 » (écrivez l’année sur 4 chiffres, jj/mm/aaaa).');
  });

  it('refuses what is not a date, in French', () => {
    for (const input of ['', 'hier', '2024/03/01', '01/03-2024', '01032024', '1er mars 2024', '001/03/2024', '2024-3-1', '01/03/2024 10:00']) {
      expect(date(input)).toBe(`Date illisible : « ${input.trim()} » (attendu jj/mm/aaaa).`);
    }
  });

  it('refuses years outside 1900–2100, typos in this domain', () => {
    expect(date('01/01/0202')).toBe('Date hors limites : « 01/01/0202 » (années 1900 à 2100).');
    expect(date('31/12/1899')).toBe('Date hors limites : « 31/12/1899 » (années 1900 à 2100).');
    expect(date('01/01/2101')).toBe('Date hors limites : « 01/01/2101 » (années 1900 à 2100).');
  });

  it('reads back any date 1900–2100 it formats: parse(format(d)) === d', () => {
    fc.assert(fc.property(isoDay, (iso) => date(formatFrenchDate(iso)) === iso && date(iso) === iso));
  });

  it('reads any existing day in every accepted French shape, and refuses days past the end of the month', () => {
    fc.assert(
      fc.property(validDay, fc.constantFrom('/', '-', '.'), fc.boolean(), ({ year, month, day }, separator, padded) => {
        const text = padded ? `${two(day)}${separator}${two(month)}${separator}${year}` : `${day}${separator}${month}${separator}${year}`;
        return date(text) === `${year}-${two(month)}-${two(day)}`;
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, beyond) => {
        const text = `${monthLength(year, month) + beyond}/${two(month)}/${year}`;
        return date(text) === `Date impossible : « ${text} ».`;
      }),
    );
  });
});

describe('Excel serial day numbers (1900 date system)', () => {
  it('reads the serial numbers Excel writes in date cells', () => {
    expect(date(1)).toBe('1900-01-01');
    expect(date(59)).toBe('1900-02-28');
    expect(date(61)).toBe('1900-03-01');
    expect(date(45292)).toBe('2024-01-01');
    expect(date(73415)).toBe('2100-12-31');
  });

  it('refuses serial 60, the 29/02/1900 that Excel inherited from a Lotus 1-2-3 bug', () => {
    expect(date(60)).toBe('Date impossible : numéro de série Excel 60 (le 29/02/1900 n’a pas existé).');
  });

  it('drops the time of day a date cell may carry', () => {
    expect(date(45292.75)).toBe('2024-01-01');
  });

  it('refuses serials before 1900 or after 2100, and non-numbers', () => {
    for (const serial of [0, -1, 0.5, 73416, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(excelSerialToIsoDate(serial).ok).toBe(false);
    }
  });

  it('turns any date 1900–2100 into the serial Excel gives it and back', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const serial = isoDateToExcelSerial(iso);
        return serial !== 60 && date(serial) === iso;
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 73415 }).filter((serial) => serial !== 60), (serial) => isoDateToExcelSerial(date(serial)) === serial));
  });
});

describe('formatFrenchDate and isIsoDate', () => {
  it('writes jj/mm/aaaa', () => {
    expect(formatFrenchDate('2024-03-01')).toBe('01/03/2024');
  });

  it('refuses to format a string that is not an existing ISO date', () => {
    for (const text of ['2024-02-30', '01/03/2024', '2024-3-1', '']) {
      expect(isIsoDate(text)).toBe(false);
      expect(() => formatFrenchDate(text)).toThrow(RangeError);
    }
  });
});

describe('formatLongDate', () => {
  it('writes the day, the month in words and the year, with "1er" for the first of the month', () => {
    expect(formatLongDate('2017-12-15')).toBe('15 décembre 2017');
    expect(formatLongDate('2018-03-01T09:00:00.000Z')).toBe('1er mars 2018');
  });

  it('returns what is not a date as given, rather than breaking a screen', () => {
    expect(formatLongDate('bientôt')).toBe('bientôt');
    expect(formatLongDate('2018-13-01')).toBe('2018-13-01');
  });
});
