// How many entries match, over the whole log (counted by the host, not on the page shown), and who did them.
import { Text } from '@mantine/core';
import type { AuditList } from '../../../../core/service/api.ts';

const SHOWN_PEOPLE = 4;
const formatCount = (value: number) => new Intl.NumberFormat('fr-FR').format(value);

export function AuditCounts({ list, filtered }: { list: AuditList; filtered: boolean }) {
  const people = list.counts.actors.slice(0, SHOWN_PEOPLE);
  const others = list.counts.actors.length - people.length;
  return (
    <Text size="sm" data-testid="audit-count" aria-live="polite">
      {filtered ? (
        <>
          <strong>{formatCount(list.total)}</strong> entrée{list.total > 1 ? 's' : ''} sur {formatCount(list.overall)} correspond{list.total > 1 ? 'ent' : ''} aux filtres
        </>
      ) : (
        <>
          <strong>{formatCount(list.total)}</strong> entrée{list.total > 1 ? 's' : ''} dans le journal
        </>
      )}
      {people.length > 0 && (
        <>
          {' '}
          · {people.map((person) => `${person.value} : ${formatCount(person.count)}`).join(' · ')}
          {others > 0 && ` · et ${others} autre${others > 1 ? 's' : ''} personne${others > 1 ? 's' : ''}`}
        </>
      )}
    </Text>
  );
}
