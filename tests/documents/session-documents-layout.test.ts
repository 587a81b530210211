// How the session's documents fall on their pages, read back page by page with pdftotext: a usual avis
// technique holds on one page, no heading ends a page, and a signature block always shares its page
// with the last lines it signs. Lengths are swept so that every block meets the foot of a page somewhere.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { avisTechniqueDocument, type AvisTechniqueData } from '../../core/documents/avis-technique.ts';
import { ficheNotationDocument, type FicheData } from '../../core/documents/fiche-notation.ts';
import { rapportCaDocument, type RapportData } from '../../core/documents/rapport-ca.ts';
import { releveAvisDocument, type ReleveData } from '../../core/documents/releve-avis.ts';
import { renderPdf } from '../../core/documents/render-pdf.ts';
import { parseGrid, type EvaluationGrid } from '../../core/domain/jury/grid.ts';
import { AVIS_FRAME, avisTechniqueData } from '../support/avis-technique-data.ts';
import { boardSession } from '../support/board-session.ts';
import { lastLine, pageOf, readPages } from '../support/pdf-pages.ts';
import { openTestService, repoRoot } from '../support/test-app.ts';

const metadata = { title: 'Essai', subject: 'Essai', author: 'CCAS de Rennes', creationDate: new Date('2017-12-12T00:00:00.000Z') };
const pagesOf = async (definition: TDocumentDefinitions, name: string) => readPages(await renderPdf(definition, metadata), name).pages;
const squeeze = (line: string) => line.replace(/\s+/gu, ' ');

/** Every heading of the four documents, and the header rows of their tables: none may end a page. */
const HEADINGS = new Set([
  'Objectifs du pacte visés',
  'Présentation de l’action',
  'Résultat de la notation du jury',
  'Avis de la commission',
  'Sous réserve de',
  'Conditions',
  'Motivation',
  'Composition et présences',
  'Conflits d’intérêts déclarés',
  'Avis rendus',
  'Montants proposés au regard de l’enveloppe',
  'Contexte',
  'Financements proposés',
  'Répartition par levier du pacte',
  'Montants proposés par levier',
  'Conventions de financement obligatoires (plus de 23 000,00 € par an)',
  'Projet de délibération',
]);
const TABLE_HEADS = [
  'Levier du pacte Objectif opérationnel visé',
  'Critère de la grille Coefficient Échelle Notes Moyenne',
  'Membre Qualité Organisme Statut Présence',
  'Membre Dossier ou prestataire Nature',
  'N° Prestataire Action Levier Demandé Moyenne /20 Avis Proposé',
  'Enveloppe Proposé Reste',
  'N° Prestataire Action Levier Demandé Proposé Avis',
  'Levier du pacte Actions Enveloppe Proposé Reste',
  'Organisme Actions concernées Total annuel proposé',
];

/** The pages whose last line is a heading or a table's header row, named for the failure message. */
function headingsEndingPages(pages: readonly (readonly string[])[], label: string): string[] {
  return pages.flatMap((page, index) => {
    const last = squeeze(lastLine(page)).replace(/\u00A0/gu, ' ');
    return HEADINGS.has(last) || TABLE_HEADS.includes(last) ? [`${label}, page ${index + 1} ends with « ${last} »`] : [];
  });
}

function defaultGrid(): EvaluationGrid {
  const reading = parseGrid(JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'grids', 'grille-pacte-defaut.json'), 'utf8')));
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  return reading.grid;
}
const grid = defaultGrid();

/** An avis as the demo year and a real session have them: the default grid's criteria, two objectives, a few lines of text. */
function usualAvis(changes: Partial<AvisTechniqueData['avis']> = {}, summary = 'Ateliers collectifs pour repérer les compétences acquises dans la vie quotidienne, le bénévolat ou l’emploi, et les traduire en projet professionnel. Huit séances en petit groupe, animées par une conseillère en insertion et une animatrice du centre social ; un bilan individuel à trois mois.'): AvisTechniqueData {
  const data = avisTechniqueData({
    application: { title: 'Portefeuille de compétences : identifier et valoriser ses savoir-faire', summary },
    avis: { conditions: 'Transmettre le bilan intermédiaire en juin, avec la liste des partenaires mobilisés.', motivation: 'Action utile aux allocataires éloignés de l’emploi, bien ancrée dans le quartier ; les partenariats sont solides et le coût par participant est raisonnable.', ...changes },
    result: { criteria: grid.criteria.map((criterion, index) => ({ label: criterion.label, weight: criterion.weight, scaleMin: criterion.scale.min, scaleMax: criterion.scale.max, mean: 1 + (index % 3), count: 4 })) },
  });
  data.objectives = [
    { leverNumber: 1, leverTitle: 'Soutenir le maintien, la restauration et le développement des compétences et des ressources', code: '1.1.2', title: 'Valoriser les compétences acquises hors de l’emploi', isPrimary: true },
    { leverNumber: 1, leverTitle: 'Soutenir le maintien, la restauration et le développement des compétences et des ressources', code: '1.1.1', title: 'Outiller les professionnels pour accompagner la construction de projet professionnel', isPrimary: false },
  ];
  return data;
}

function releveData(conflicts: number, rows: number): ReleveData {
  const member = (index: number) => ({ name: `Membre ${index}`, civility: '' as const, role: 'Représentant du Département', organisation: 'Département d’Ille-et-Vilaine', isPermanent: true, attendance: 'Présent', representedBy: null, isChair: index === 1 });
  return {
    session: { id: 1, title: 'CAI du 12 décembre 2017', heldOn: '2017-12-12', place: 'Salle du conseil', callTitle: 'Appel à projets 2018' },
    attendance: [1, 2, 3, 4, 5].map(member),
    quorumStatement: 'Quorum atteint : 5 membres titulaires présents ou représentés sur 5 (3 requis).',
    quorumReached: true,
    conflicts: Array.from({ length: conflicts }, (_, index) => ({ jurorName: `Membre ${1 + (index % 5)}`, target: `Prestataire ${index + 1}`, type: 'Usager du service' })),
    rows: Array.from({ length: rows }, (_, index) => ({ position: index + 1, providerName: `Prestataire ${index + 1}`, title: `Action ${index + 1}`, leverNumber: 1 + (index % 6), requestedCents: 1_500_000, mean: '12,50', jurorsCounted: 4, avis: 'Favorable', proposedCents: 1_200_000 })),
    totals: { envelopeCents: 12_000_000, requestedCents: rows * 1_500_000, proposedCents: rows * 1_200_000, remainingCents: 12_000_000 - rows * 1_200_000, levers: [1, 2, 3].map((leverNumber) => ({ leverNumber, envelopeCents: 4_000_000, proposedCents: 2_400_000 })) },
    chair: { name: 'Membre 1', civility: '' },
  };
}

function rapportData(fundings: number): RapportData {
  return {
    pact: { title: 'Pacte Rennais d’Insertion', periodStart: 2017, periodEnd: 2021 },
    call: { title: 'Appel à projets 2018', year: 2018, envelopeCents: 12_000_000 },
    session: { id: 1, title: 'CAI du 12 décembre 2017', heldOn: '2017-12-12', place: 'Salle du conseil', presentCount: 4, quorumStatement: 'Quorum atteint.', quorumReached: true },
    decisions: Array.from({ length: fundings }, (_, index) => ({ position: index + 1, providerId: 1 + (index % 4), providerName: `Prestataire ${1 + (index % 4)}`, title: `Action ${index + 1}`, leverNumber: 1 + (index % 3), requestedCents: 1_500_000, avisKind: 'favorable' as const, proposedCents: 1_200_000, conditions: '' })),
    earlierFundings: [],
    levers: [1, 2, 3].map((number) => ({ number, title: `Levier numéro ${number}`, envelopeCents: 4_000_000 })),
    representative: { name: 'Nathalie Appéré', role: 'Présidente du CCAS' },
  };
}

function ficheData(items: number): FicheData {
  return {
    session: { id: 1, title: 'CAI du 12 décembre 2017', heldOn: '2017-12-12', place: 'Salle du conseil', callTitle: 'Appel à projets 2018' },
    juror: { name: 'Claire Dubois', role: 'Représentant du Département', organisation: 'Département d’Ille-et-Vilaine' },
    grid,
    filled: false,
    items: Array.from({ length: items }, (_, index) => ({ position: index + 1, providerName: `Prestataire ${index + 1}`, title: `Action ${index + 1}`, leverNumber: 1, requestedCents: 1_500_000, conflicted: index % 3 === 2, sheet: null, notSubmitted: false })),
  };
}

const FRAME = { organisation: AVIS_FRAME.organisation, reference: 'CAI-2017-12-12-S1-ESSAI', generatedOn: '2017-12-12', dataSha256: 'a'.repeat(64) };

describe('session documents on their pages', () => {
  it('a usual avis technique holds on one page: every avis of a board session, and an avis with a few lines of text', async () => {
    const { service } = openTestService();
    await service.invoke('settings.saveOrganisation', { name: 'CCAS de Rennes', department: 'Direction de l’insertion', address: '12 rue de l’Hôtel-Dieu', postalCode: '35000', city: 'Rennes', phone: '', email: '', logoDataUrl: null, signatories: [] });
    const setup = await boardSession(service);
    const series = await service.invoke('documents.avisAll', { sessionId: setup.sessionId, combined: false });
    if (series.combined) throw new Error('one file per avis expected');
    const counts = series.files.map((file) => ({ file: file.fileName, pages: readPages(Buffer.from(file.contentBase64, 'base64'), file.fileName).pages.length }));
    expect(counts.filter((count) => count.pages !== 1)).toEqual([]);

    for (const kind of ['favorable_sous_reserve', 'defavorable'] as const) {
      const avis = kind === 'defavorable' ? { kind, label: 'Défavorable', conditions: '', reasons: 'Public relevant de la Garantie jeunes, financée par ailleurs ; le lien avec le pacte reste à démontrer.', proposedCents: 0 } : {};
      const pages = await pagesOf(avisTechniqueDocument(AVIS_FRAME, usualAvis(avis)), `usual-${kind}.pdf`);
      expect(pages, kind).toHaveLength(1);
    }
  });

  it('no heading is the last line of a page: the relevé, whatever its conflicts and applications', async () => {
    const found: string[] = [];
    for (const rows of [4, 12]) {
      for (let conflicts = 0; conflicts <= 12; conflicts += 1) {
        found.push(...headingsEndingPages(await pagesOf(releveAvisDocument(FRAME, releveData(conflicts, rows)), 'releve.pdf'), `relevé (${conflicts} conflits, ${rows} dossiers)`));
      }
    }
    expect(found).toEqual([]);
  });

  it('no heading is the last line of a page: the rapport au CA, whatever its fundings', async () => {
    const found: string[] = [];
    for (let fundings = 1; fundings <= 14; fundings += 1) {
      found.push(...headingsEndingPages(await pagesOf(rapportCaDocument(FRAME, rapportData(fundings)), 'rapport.pdf'), `rapport (${fundings} financements)`));
    }
    expect(found).toEqual([]);
  });

  it('no heading is the last line of a page: the avis technique, whatever the length of its summary', async () => {
    const found: string[] = [];
    const sentence = 'Huit séances en petit groupe, animées par une conseillère en insertion et une animatrice du centre social. ';
    for (let sentences = 1; sentences <= 18; sentences += 1) {
      found.push(...headingsEndingPages(await pagesOf(avisTechniqueDocument(AVIS_FRAME, usualAvis({}, sentence.repeat(sentences))), 'avis.pdf'), `avis (${sentences} phrases de résumé)`));
    }
    expect(found).toEqual([]);
  });

  it('the signature block of an avis technique is on the same page as the last lines it signs', async () => {
    const apart: string[] = [];
    // The last paragraph ends on a word found nowhere else: where it is printed, the signature must be.
    const signedWithEnd = async (data: AvisTechniqueData, label: string) => {
      const pages = await pagesOf(avisTechniqueDocument(AVIS_FRAME, data), 'avis.pdf');
      if (pageOf(pages, 'Le président de la commission') !== pageOf(pages, 'Terminus.')) apart.push(label);
    };
    const summary = 'Huit séances en petit groupe, animées par une conseillère en insertion et une animatrice du centre social. ';
    for (let sentences = 0; sentences <= 16; sentences += 1) await signedWithEnd(usualAvis({ motivation: 'Action utile au pacte. Terminus.' }, summary.repeat(sentences)), `avis, résumé de ${sentences} phrases`);
    const reason = (index: number) => `La commission relève, au point ${index}, un partenariat solide avec les acteurs du quartier et un public bien ciblé. `;
    for (let sentences = 1; sentences <= 34; sentences += 3) {
      const motivation = `${Array.from({ length: sentences }, (_, index) => reason(index + 1)).join('')}Terminus.`;
      await signedWithEnd(usualAvis({ motivation }), `avis, motivation de ${sentences} phrases`);
    }
    expect(apart).toEqual([]);
  });

  it('the signature block of the relevé and of a fiche de notation is on the same page as the last lines it signs', async () => {
    const apart: string[] = [];
    for (let conflicts = 0; conflicts <= 12; conflicts += 1) {
      const pages = await pagesOf(releveAvisDocument(FRAME, releveData(conflicts, 12)), 'releve.pdf');
      if (pageOf(pages, 'Le président de la commission') !== pageOf(pages, 'Total de l’appel')) apart.push(`relevé, ${conflicts} conflits`);
    }
    for (let items = 1; items <= 7; items += 1) {
      const pages = await pagesOf(ficheNotationDocument(FRAME, ficheData(items)), 'fiche.pdf');
      if (pageOf(pages, 'Signature du membre du jury') !== pageOf(pages, `Dossier n° ${items} —`)) apart.push(`fiche de ${items} dossiers`);
    }
    expect(apart).toEqual([]);
  });
});
