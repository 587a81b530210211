// What each section not built yet will hold, so users know what is coming (texts from the domain).

export type UpcomingSection = { key: string; title: string; paragraphs: string[] };

export const upcomingSections = {
  indicators: {
    key: 'indicateurs',
    title: 'Indicateurs',
    paragraphs: [
      'Vous définirez ici les indicateurs communs à toutes les actions financées, avec leurs cibles, et vous recueillerez les bilans annuels des porteurs.',
      'Les résultats seront consolidés par levier, objectif, territoire et année pour la revue annuelle et l’évaluation du pacte.',
    ],
  },
} satisfies Record<string, UpcomingSection>;
