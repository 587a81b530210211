// The "Aide" sheet of the provider's workbook: how to fill it, in French, for someone who never saw the app.
import { NOT_REPORTED } from '../../domain/indicators/catalogue.ts';

export const HELP_LINES: readonly string[] = [
  'Ce classeur est le bilan annuel de votre action, à renvoyer au CCAS tel quel (même nom de fichier ou non, peu importe) : il sera importé automatiquement.',
  'Seules les cases jaunes se saisissent. Les autres sont protégées (sans mot de passe) pour éviter les fautes de frappe : ne les modifiez pas, ne déplacez pas de lignes, n’ajoutez pas de feuilles. Un classeur modifié ailleurs que dans les cases jaunes sera refusé.',
  '1. Feuille « Indicateurs » : pour chaque indicateur, saisissez le total (ligne en gras), puis sa ventilation (sexe, âge, QPV, RSA, quartier). Chaque ventilation doit faire exactement le total : si vous ne connaissez pas la catégorie d’une partie des personnes, mettez-la en « Non renseigné ».',
  `   Les personnes et les séances sont des nombres entiers. Les taux (assiduité, sorties positives) sont calculés : ne les saisissez pas. La colonne « Cible » rappelle l’objectif fixé dans la convention. Une case laissée vide signifie « non communiqué » ; 0 signifie « aucun ». (Code technique de « Non renseigné » : ${NOT_REPORTED}.)`,
  '   Les « dont » (bénéficiaires du RSA, résidents QPV…) ne peuvent pas dépasser les participants entrés (IC01). Les sorties (abandons, emploi, formation, SIAE) ensemble ne peuvent pas dépasser les participants sortis (IC10) : une personne n’a qu’une sortie.',
  '2. Feuille « Compte rendu financier » (Cerfa 15059) : le « Prévu » reprend le budget prévisionnel de votre demande. Saisissez le « Réalisé » de chaque ligne, en euros, au centime près. Pour un compte absent du budget, utilisez une ligne vide : sens (Charges ou Produits), compte, libellé, prévu (0 si rien n’était prévu) et réalisé. Les écarts en euros et en pourcentage sont calculés.',
  '3. Feuille « Résultat » : choisissez « réalisée », « non réalisée » ou « dates modifiées », puis décrivez l’action : déroulement, publics accueillis, difficultés, perspectives.',
  'Renvoyez le classeur enregistré au format .xlsx (Excel ou LibreOffice Calc). Si le CCAS vous signale une erreur, elle est indiquée avec sa feuille, sa ligne et sa colonne : corrigez-la dans ce même classeur et renvoyez-le.',
];
