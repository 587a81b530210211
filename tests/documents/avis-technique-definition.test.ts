// The avis technique's definition is a pure function of its data: tested on its content without
// rendering — amounts, objectives, the jury's collective result (never a name beside a score), the
// avis and its texts, the signature — and the combined file's per-avis page numbering.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { avisTechniqueDocument } from '../../core/documents/avis-technique.ts';
import { combineDocuments } from '../../core/documents/combine-documents.ts';
import { AVIS_FRAME, avisTechniqueData } from '../support/avis-technique-data.ts';

const textOf = (definition: TDocumentDefinitions) => JSON.stringify(definition.content);

type Footer = (page: number, pages: number) => unknown;

describe('avis technique definition', () => {
  const definition = avisTechniqueDocument(AVIS_FRAME, avisTechniqueData());
  const text = textOf(definition);

  it('names the provider with its SIRET grouped the INSEE way, the action and the requested amount with no-break spaces', () => {
    expect(text).toContain('"Mobiliclés"');
    expect(text).toContain('784 671 695 00087');
    expect(text).toContain('Vélo-école et remise en selle pour l’emploi');
    expect(text).toContain('12\u00A0345,67\u00A0€');
    expect(text).not.toContain('\u202F');
    expect(text).toContain('du 8 janvier 2018 au 14 décembre 2018');
    expect(textOf(avisTechniqueDocument(AVIS_FRAME, avisTechniqueData({ provider: { siret: null } })))).toContain('non renseigné');
  });

  it('lists the pact objectives with their lever number and title, the primary one first and marked', () => {
    const primary = text.indexOf('6.1.1');
    const secondary = text.indexOf('2.3.1');
    expect(primary).toBeGreaterThan(0);
    expect(secondary).toBeGreaterThan(primary);
    expect(text).toContain('"Levier 6"');
    expect(text).toContain(' — Favoriser la mobilité');
    expect(text).toContain('"Levier 2"');
    expect(text).toContain('Développer un outil diagnostic');
    expect(text.match(/objectif principal/gu)).toHaveLength(1);
    expect(text.indexOf('objectif principal')).toBeLessThan(secondary);
  });

  it('gives the jury’s mean on 20, the jurors counted, each criterion’s mean and the conflicts, never a juror’s name', () => {
    expect(text).toContain('12,50 / 20');
    expect(text).toContain('sur les notes de 4 membres du jury');
    expect(text).toContain('2,75');
    expect(text).toContain('"1,5"');
    expect(text).toContain('Adéquation aux objectifs du pacte');
    expect(text).toContain('1 membre du jury s’est retiré pour conflit d’intérêts');
    const two = textOf(avisTechniqueDocument(AVIS_FRAME, avisTechniqueData({ result: { conflictedCount: 2 } })));
    expect(two).toContain('2 membres du jury se sont retirés pour conflit d’intérêts');
    const none = textOf(avisTechniqueDocument(AVIS_FRAME, avisTechniqueData({ result: { conflictedCount: 0, mean: null, jurorsCounted: 0 } })));
    expect(none).toContain('Aucun membre du jury ne s’est retiré');
    expect(none).toContain('Aucune note n’a été comptée');
  });

  it('names only the chair, and only in the signature block, away from every score', () => {
    const content = definition.content as Content[];
    const signature = content.find((item) => JSON.stringify(item).includes('Le président de la commission'));
    expect(JSON.stringify(signature)).toContain('Agnès Martin');
    expect(JSON.stringify(signature)).not.toMatch(/"text":"[^"]*\d+,\d\d/u);
    const elsewhere = JSON.stringify(content.filter((item) => item !== signature));
    expect(elsewhere).not.toContain('Agnès Martin');
    expect(text.match(/Agnès Martin/gu)).toHaveLength(1);
    expect(text).toContain('Fait à Rennes, le 15 décembre 2017');
  });

  it('states the avis with its conditions, motivation and amounts; reasons and no amount when it does not fund', () => {
    expect(text).toContain('Favorable sous réserve');
    expect(text).toContain('Sous réserve de');
    expect(text).toContain('Transmettre le bilan intermédiaire en juin.');
    expect(text).toContain('Action bien ancrée dans le quartier.');
    expect(text).toContain('10\u00A0000,00\u00A0€');
    const refused = textOf(avisTechniqueDocument(AVIS_FRAME, avisTechniqueData({ avis: { kind: 'defavorable', label: 'Défavorable', conditions: '', reasons: 'Hors du champ du pacte.', motivation: '', proposedCents: 0 } })));
    expect(refused).toContain('Motifs de l’avis défavorable');
    expect(refused).toContain('Hors du champ du pacte.');
    expect(refused).toContain('Aucun financement n’est proposé');
    expect(refused).not.toContain('Montant proposé');
    expect(refused).not.toContain('Motivation');
  });

  it('is an A4 portrait page with the reference, the fingerprint and the page numbers in the footer', () => {
    expect(definition).toMatchObject({ pageSize: 'A4', pageOrientation: 'portrait' });
    const printed = JSON.stringify((definition.footer as Footer)(1, 2));
    expect(printed).toContain('Avis technique — réf. CAI-2017-12-15-S3-AVIS-12');
    expect(printed).toContain('Empreinte AAAA AAAA AAAA AAAA');
    expect(printed).toContain('Page 1 / 2');
  });
});

describe('combined avis', () => {
  it('starts each avis on a new page and numbers its pages within itself', () => {
    const first = avisTechniqueDocument({ ...AVIS_FRAME, reference: 'R-1' }, avisTechniqueData());
    const second = avisTechniqueDocument({ ...AVIS_FRAME, reference: 'R-2' }, avisTechniqueData());
    const combined = combineDocuments([first, second]);
    const sections = combined.content as { section: unknown; background: (page: number) => unknown; footer: Footer }[];
    expect(sections).toHaveLength(2);
    expect(combined.footer).toBeUndefined();
    expect(combined.pageSize).toBe('A4');
    // What pdfmake does while laying out: each page's background as the page is added, then the footers.
    const [one, two] = sections;
    if (!one || !two) throw new Error('two sections expected');
    for (const [section, page] of [[one, 1], [one, 2], [two, 3]] as const) expect(section.background(page)).toBeNull();
    expect(JSON.stringify(one.footer(2, 3))).toContain('Page 2 / 2');
    expect(JSON.stringify(one.footer(2, 3))).toContain('R-1');
    expect(JSON.stringify(two.footer(3, 3))).toContain('Page 1 / 1');
    // A second layout pass starts again at page 1 and forgets the first.
    for (const [section, page] of [[one, 1], [two, 2]] as const) section.background(page);
    expect(JSON.stringify(two.footer(2, 2))).toContain('Page 1 / 1');
  });
});
