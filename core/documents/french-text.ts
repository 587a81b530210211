// French wording for printed documents: plurals, and the long dates of core/domain (shared with the screens).

export { formatLongDate } from '../domain/french-parsing.ts';

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR').replace(/\u202F/gu, '\u00A0')} ${count > 1 ? pluralForm : singular}`;
}
