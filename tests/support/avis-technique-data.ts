// An avis technique's data written out by hand, for the suites that test its definition and its
// layout without a database: realistic French texts, a conflict, a criterion left without a mean.
import type { AvisTechniqueData } from '../../core/documents/avis-technique.ts';

export const AVIS_FRAME = {
  organisation: { name: 'CCAS de Rennes', department: 'Direction de l’insertion', address: '12 rue de l’Hôtel-Dieu', postalCode: '35000', city: 'Rennes', logoDataUrl: null },
  reference: 'CAI-2017-12-15-S3-AVIS-12',
  generatedOn: '2017-12-15',
  dataSha256: 'a'.repeat(64),
};

const PARAGRAPH =
  'L’association accompagne chaque année une vingtaine d’allocataires du RSA vers la reprise d’une activité, par des ateliers collectifs de remobilisation, un suivi individuel renforcé et des mises en situation professionnelle chez des employeurs du quartier. ';

/** 2 000 characters in three paragraphs: the most a summary may hold. */
export const LONG_SUMMARY = [PARAGRAPH.repeat(3), PARAGRAPH.repeat(2), PARAGRAPH.repeat(3)].join('\n\n').slice(0, 2000).trim();

export function avisTechniqueData(overrides: { application?: Partial<AvisTechniqueData['application']>; avis?: Partial<AvisTechniqueData['avis']>; result?: Partial<AvisTechniqueData['result']>; provider?: Partial<AvisTechniqueData['provider']> } = {}): AvisTechniqueData {
  return {
    session: { id: 3, title: 'CAI de décembre', heldOn: '2017-12-15', callTitle: 'Appel à projets 2018' },
    application: {
      id: 12,
      position: 4,
      title: 'Vélo-école et remise en selle pour l’emploi',
      summary: 'Apprendre à circuler à vélo en ville pour rejoindre un emploi ou une formation.',
      requestedCents: 1_234_567,
      startsOn: '2018-01-08',
      endsOn: '2018-12-14',
      expectedParticipants: 24,
      ...overrides.application,
    },
    provider: { name: 'Mobiliclés', siret: '78467169500087', ...overrides.provider },
    objectives: [
      { leverNumber: 6, leverTitle: 'Favoriser la mobilité', code: '6.1.1', title: 'Développer un outil diagnostic', isPrimary: true },
      { leverNumber: 2, leverTitle: 'Renforcer l’accompagnement vers l’emploi', code: '2.3.1', title: 'Mobiliser les employeurs du territoire', isPrimary: false },
    ],
    result: {
      mean: 12.5,
      jurorsCounted: 4,
      conflictedCount: 1,
      criteria: [
        { label: 'Adéquation aux objectifs du pacte', weight: 3, scaleMin: 0, scaleMax: 4, mean: 2.75, count: 4 },
        { label: 'Public visé et volume', weight: 1.5, scaleMin: 0, scaleMax: 4, mean: 2.5, count: 4 },
        { label: 'Mobilité', weight: 1, scaleMin: 0, scaleMax: 4, mean: null, count: 0 },
      ],
      ...overrides.result,
    },
    avis: {
      kind: 'favorable_sous_reserve',
      label: 'Favorable sous réserve',
      conditions: 'Transmettre le bilan intermédiaire en juin.',
      reasons: '',
      motivation: 'Action bien ancrée dans le quartier.',
      proposedCents: 1_000_000,
      ...overrides.avis,
    },
    chair: { name: 'Agnès Martin', civility: '' },
  };
}
