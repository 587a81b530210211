// A date typed in the app's date fields is read day first, jj/mm/aaaa, whatever the browser's locale;
// a text that is not (yet) a real date is never turned into one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFrenchDate } from '../../core/domain/french-parsing.ts';
import { readTypedFrenchDate, typedFrenchDateProblem } from '../../core/domain/typed-french-date.ts';

// Every calendar day the app accepts (1900–2100), as ISO.
const isoDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('a date typed in a date field', () => {
  it('is read day first, with or without leading zeros, with slashes, dashes, dots or no separator', () => {
    for (const typed of ['03/12/2026', '3/12/2026', '03-12-2026', '3.12.2026', '03122026', ' 03/12/2026 ', '2026-12-03']) {
      expect(readTypedFrenchDate(typed), typed).toBe('2026-12-03');
    }
  });

  it('is no date while incomplete, with a two-digit year, or on a day that does not exist', () => {
    for (const typed of ['', '0', '03/', '03/12', '03/12/', '03/12/20', '03/12/202', '031226', '0312202', '31/02/2026', '29/02/2025', '12/13/2026', '03/12/1850', 'demain']) {
      expect(readTypedFrenchDate(typed), typed).toBeNull();
    }
    expect(readTypedFrenchDate('29/02/2024')).toBe('2024-02-29');
  });

  it('says in French why a text is not a date', () => {
    expect(typedFrenchDateProblem('31/02/2026')).toBe('Date impossible : « 31/02/2026 ».');
    expect(typedFrenchDateProblem('31022026')).toBe('Date impossible : « 31/02/2026 ».');
    expect(typedFrenchDateProblem('03/12/26')).toContain('année sur 4 chiffres');
    expect(typedFrenchDateProblem('03/12/2026')).toBe('');
  });

  it('shown back as jj/mm/aaaa, with or without its slashes, is read again as the same day', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const shown = formatFrenchDate(iso);
        expect(readTypedFrenchDate(shown)).toBe(iso);
        expect(readTypedFrenchDate(shown.replace(/\//gu, ''))).toBe(iso);
      }),
    );
  });
});
