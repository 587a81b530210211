// The demo's COPIL review of the action plan for 2018 (held after the bilans of June 2019), so that the
// dashboard's pact panel and the COPIL document show something on first start. Statuses follow a fixed
// rule over the actions' order: the same demo every time.
import type { DemoRunner } from './demo-runner.ts';

export const DEMO_REVIEW_HELD_ON = '2019-06-28';
export const DEMO_ABANDON_REASON = 'Reprise par le Département dans son programme départemental d’insertion. (Données de démonstration.)';

export function runDemoPactReview(runner: DemoRunner): number {
  runner.at(DEMO_REVIEW_HELD_ON);
  const review = runner.run('pactReviews.create', { kind: 'annuelle', year: 2018, heldOn: DEMO_REVIEW_HELD_ON });
  const actions = review.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operational.flatMap((operational) => operational.actions)));
  actions.forEach((action, index) => {
    // An action funded through a convention is under way at least; the others by their rank.
    const funded = action.conventions.primary.length > 0;
    const status = index % 9 === 4 ? 'abandonnee' : funded || index % 3 === 0 ? (index % 2 === 0 ? 'realisee' : 'en_cours') : index % 3 === 1 ? 'en_cours' : 'non_engagee';
    if (status === 'non_engagee') return;
    runner.run('pactReviews.setProgress', {
      reviewId: review.id,
      pactActionId: action.id,
      status,
      onTime: index % 7 !== 5,
      reason: status === 'abandonnee' ? DEMO_ABANDON_REASON : '',
    });
  });
  runner.run('pactReviews.update', {
    id: review.id,
    heldOn: DEMO_REVIEW_HELD_ON,
    correctiveMeasures: 'Relancer les porteurs dont le bilan est en retard ; revoir le calendrier des actions du levier 3. (Données de démonstration.)',
    priorities: 'Mobilité et numérique pour 2019 ; élargir le public aux jeunes de moins de 26 ans. (Données de démonstration.)',
    decisions: 'Valider le bilan 2018 des actions financées et les priorités 2019. (Données de démonstration.)',
  });
  return review.id;
}
