// What each section not built yet will hold, so users know what is coming (texts from the domain).

export type UpcomingSection = { key: string; title: string; paragraphs: string[] };

export const upcomingSections = {
  sessions: {
    key: 'seances',
    title: 'Séances CAI',
    paragraphs: [
      'Vous préparerez ici les séances de la Commission des Actions d’Insertion : date, lieu, ordre du jour, membres du jury présents et quorum, déclarations de conflits d’intérêts.',
      'Chaque juré notera les dossiers selon la grille d’évaluation, sans voir les notes des autres avant d’avoir rendu les siennes ; la délibération mènera à l’avis technique (favorable, favorable sous réserve, ajourné, défavorable) et au relevé d’avis.',
    ],
  },
  conventions: {
    key: 'conventions',
    title: 'Conventions',
    paragraphs: [
      'Vous suivrez ici les conventions de financement des actions retenues : validation par le conseil d’administration du CCAS, signature, échéancier et versements, avenants, jusqu’à la réception du bilan et la clôture.',
    ],
  },
  indicators: {
    key: 'indicateurs',
    title: 'Indicateurs',
    paragraphs: [
      'Vous définirez ici les indicateurs communs à toutes les actions financées, avec leurs cibles, et vous recueillerez les bilans annuels des porteurs.',
      'Les résultats seront consolidés par levier, objectif, territoire et année pour la revue annuelle et l’évaluation du pacte.',
    ],
  },
} satisfies Record<string, UpcomingSection>;
