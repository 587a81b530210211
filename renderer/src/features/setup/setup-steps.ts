// The five steps of "Pour commencer", in French, from what the host says is done: each with what it is
// for, what is there or still missing, and where to do it.
import type { OrganisationGap, SetupStatus } from '../../../../core/service/api.ts';
import { CALLS_PATH } from '../calls/call-labels.ts';
import { JURY_PATH } from '../jurors/juror-labels.ts';
import { TERRITORIES_PATH } from '../territories/territory-paths.ts';

export type SetupStepKey = 'organisation' | 'territories' | 'pact' | 'call' | 'jury';

export type SetupStep = { key: SetupStepKey; title: string; done: boolean; text: string; link: { to: string; label: string } };

const GAP_WORDS: Record<OrganisationGap, string> = { name: 'le nom', address: 'l’adresse complète', siret: 'le SIRET', signatory: 'un signataire' };

/** "le nom, le SIRET et un signataire". */
function frenchList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} et ${words.at(-1) ?? ''}`;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count === 1 ? one : many}`;

export function setupSteps(status: SetupStatus): SetupStep[] {
  const { organisation, territories, pact, call, jury } = status;
  const latest = pact.latest;
  return [
    {
      key: 'organisation',
      title: 'L’identité de l’organisme et ses signataires',
      done: organisation.done,
      text: organisation.done
        ? 'Nom, adresse, SIRET et signataires sont renseignés : avis, relevés et conventions les portent.'
        : `Le nom, l’adresse et le SIRET du CCAS, et qui signe : ils figurent sur les avis, les relevés et les conventions. Il manque ${frenchList(organisation.missing.map((gap) => GAP_WORDS[gap]))}.`,
      link: { to: '/parametres', label: 'Ouvrir les paramètres' },
    },
    {
      key: 'territories',
      title: 'Les territoires',
      done: territories.done,
      text: territories.done
        ? `${plural(territories.count, 'territoire', 'territoires')}, dont ${plural(territories.priorityCount, 'quartier prioritaire', 'quartiers prioritaires')} : vérifiez que ce sont ceux de votre ville.`
        : 'Aucun territoire : les dossiers ne pourront pas dire où se déroulent les actions.',
      link: { to: TERRITORIES_PATH, label: 'Voir les territoires' },
    },
    {
      key: 'pact',
      title: 'Le pacte',
      done: pact.done,
      text: latest
        ? `« ${latest.title} » (${latest.periodStart} – ${latest.periodEnd}) est chargé : chaque dossier s’y rattache par ses objectifs. Parcourez-le pour vérifier qu’il est le vôtre.`
        : 'Aucun référentiel chargé : importez celui de votre pacte dans les paramètres.',
      link: latest ? { to: '/pacte', label: 'Parcourir le pacte' } : { to: '/parametres', label: 'Importer un pacte' },
    },
    {
      key: 'call',
      title: 'Le premier appel à projets',
      done: call.done,
      text: call.done
        ? `${plural(call.count, 'appel à projets enregistré', 'appels à projets enregistrés')}.`
        : 'La période de dépôt, l’enveloppe et les priorités de l’année : les dossiers s’y rattachent ensuite.',
      link: call.done ? { to: CALLS_PATH, label: 'Voir les appels à projets' } : { to: `${CALLS_PATH}/nouveau`, label: 'Créer l’appel à projets' },
    },
    {
      key: 'jury',
      title: 'Les membres du jury',
      done: jury.done,
      text: jury.done
        ? `${plural(jury.count, 'membre enregistré', 'membres enregistrés')} ; chaque séance choisit parmi eux son jury et son président.`
        : 'Les personnes que la commission convoque, d’une année sur l’autre : enregistrées une fois, chaque séance les convoque ensuite.',
      link: { to: JURY_PATH, label: jury.done ? 'Voir les membres du jury' : 'Ajouter les membres du jury' },
    },
  ];
}
