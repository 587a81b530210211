// What an entry is about, in words and as a link to its page when the app has one.
import { auditEntityLabel } from './audit-labels.ts';

const PAGES: Readonly<Record<string, { noun: string; path: string }>> = {
  applications: { noun: 'Dossier', path: '/dossiers/' },
  providers: { noun: 'Prestataire', path: '/prestataires/' },
  calls: { noun: 'Appel à projets', path: '/appels-a-projets/' },
  sessions: { noun: 'Séance', path: '/seances/' },
  conventions: { noun: 'Convention', path: '/conventions/' },
};

export type AuditEntityTarget = { text: string; path: string | null };

export function auditEntityTarget(entity: string, entityId: string | null): AuditEntityTarget {
  const page = PAGES[entity];
  if (entityId === null) return { text: auditEntityLabel(entity), path: null };
  if (page && /^\d+$/u.test(entityId)) return { text: `${page.noun} n° ${entityId}`, path: `${page.path}${entityId}` };
  return { text: `${auditEntityLabel(entity)} · n° ${entityId}`, path: null };
}
