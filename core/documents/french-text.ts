// French wording for printed documents: long dates, plurals. Amounts come from core/domain/money.ts.

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2017-12-15" → "15 décembre 2017"; the first of the month is "1er", as French prints it. */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const day = Number(match[3]);
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[Number(match[2]) - 1] ?? '?'} ${match[1] ?? ''}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR').replace(/\u202F/gu, '\u00A0')} ${count > 1 ? pluralForm : singular}`;
}
