// The scoring sheet's definition is a pure function of its data: every descriptor in the legend, a box
// per criterion per application, the conflicts marked, blank without a single score, filled with the
// juror's own answers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { ficheNotationDocument, type FicheData, type FicheItem } from '../../core/documents/fiche-notation.ts';
import { parseGrid, type EvaluationGrid } from '../../core/domain/jury/grid.ts';
import { repoRoot } from '../support/test-app.ts';

function defaultGrid(): EvaluationGrid {
  const reading = parseGrid(JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'grids', 'grille-pacte-defaut.json'), 'utf8')));
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  return reading.grid;
}

const grid = defaultGrid();
const frame = { organisation: { name: 'CCAS de Rennes', department: '', address: '', postalCode: '', city: '', logoDataUrl: null }, reference: 'CAI-2017-12-12-S1-FICHE-M2-VIERGE', generatedOn: '2017-12-12', dataSha256: 'c'.repeat(64) };

function item(position: number, changes: Partial<FicheItem> = {}): FicheItem {
  return { position, providerName: `Prestataire ${position}`, title: `Action ${position}`, leverNumber: 6, requestedCents: 1_234_500, conflicted: false, sheet: null, notSubmitted: false, ...changes };
}

function fiche(items: FicheItem[], filled = false, sheetGrid: EvaluationGrid = grid): FicheData {
  return {
    session: { id: 1, title: 'CAI de décembre', heldOn: '2017-12-12', place: 'Salle du conseil', callTitle: 'Appel à projets 2018' },
    juror: { name: 'Bruno Le Gall', role: 'Responsable d’antenne', organisation: 'Antenne Nord' },
    grid: sheetGrid,
    filled,
    items,
  };
}

/** Every block of the application section, found by its header text. */
function blocks(content: Content[]): { unbreakable?: boolean; text: string }[] {
  return (content as { unbreakable?: boolean; stack?: unknown[] }[])
    .filter((node) => JSON.stringify(node.stack?.[0] ?? '').includes('Dossier n°'))
    .map((node) => ({ ...(node.unbreakable === undefined ? {} : { unbreakable: node.unbreakable }), text: JSON.stringify(node) }));
}

describe('fiche de notation definition', () => {
  it('prints every criterion once in the legend, with its weight, description and every level’s descriptor', () => {
    const text = JSON.stringify(ficheNotationDocument(frame, fiche([item(1)])).content);
    for (const criterion of grid.criteria) {
      expect(text).toContain(criterion.label);
      expect(text).toContain(criterion.description);
      expect(text).toContain(`Poids ${criterion.weight}`);
      for (const level of criterion.scale.levels) expect(text.split(JSON.stringify(level.descriptor).slice(1, -1)).length - 1).toBe(1);
    }
    expect(text).toContain('« N/A » (non applicable) possible');
    expect(text).toContain('Commentaire obligatoire pour une note inférieure à 2.');
  });

  it('gives each application one unbreakable block with a row per criterion, N/A only where allowed', () => {
    const definition = ficheNotationDocument(frame, fiche([item(1), item(2)]));
    const found = blocks(definition.content as Content[]);
    expect(found).toHaveLength(2);
    for (const block of found) {
      expect(block.unbreakable).toBe(true);
      for (const criterion of grid.criteria) expect(block.text).toContain(criterion.label);
      expect(block.text.split('"N/A"').length - 1).toBe(grid.criteria.filter((criterion) => criterion.allowsNotApplicable).length);
    }
    expect(JSON.stringify(definition.content)).toContain('12\u00A0345,00\u00A0€ demandés');
  });

  it('leaves a blank sheet without a single score or chosen value', () => {
    const text = JSON.stringify(ficheNotationDocument(frame, fiche([item(1), item(2)])).content);
    expect(text).not.toContain('fillColor":"#1c4f7c"');
    expect(text).not.toContain('Note de la fiche');
    expect(text).toContain('Note (entourer)');
    expect(text).toContain('vierge, à remplir à la main');
  });

  it('marks the applications the juror is in conflict with, without any box to fill', () => {
    const definition = ficheNotationDocument(frame, fiche([item(1), item(2, { conflicted: true })]));
    const [scored, conflicted] = blocks(definition.content as Content[]);
    expect(conflicted?.text).toContain('Conflit d’intérêts déclaré : ne pas noter');
    expect(conflicted?.text).not.toContain(grid.criteria[0]?.label ?? '?');
    expect(scored?.text).not.toContain('Conflit d’intérêts');
    expect(JSON.stringify(definition.content)).toContain('1 dossier à noter ; 1 dossier en conflit d’intérêts, à ne pas noter.');
  });

  it('fills the chosen value of each criterion, N/A included, with the comment and the sheet’s score', () => {
    const answers = Object.fromEntries(grid.criteria.map((criterion) => [criterion.key, { score: criterion.allowsNotApplicable ? ('na' as const) : 3, comment: criterion.allowsNotApplicable ? '' : `Remarque sur ${criterion.key}.` }]));
    const definition = ficheNotationDocument(frame, fiche([item(1, { sheet: { answers, scoreOn20: '15,00' } }), item(2, { notSubmitted: true })], true));
    const [filled, unsubmitted] = blocks(definition.content as Content[]);
    const chosen = [...(filled?.text ?? '').matchAll(/"text":"([^"]+)","alignment":"center","fontSize":9,"bold":true/gu)].map((match) => match[1]);
    expect(chosen).toEqual(grid.criteria.map((criterion) => (criterion.allowsNotApplicable ? 'N/A' : '3')));
    expect(filled?.text).toContain('Remarque sur budget-cout.');
    expect(filled?.text).toContain('Note de la fiche : 15,00 / 20');
    expect(unsubmitted?.text).toContain('Fiche non soumise : ses notes ne sont pas imprimées.');
    expect(unsubmitted?.text).not.toContain('fillColor":"#1c4f7c"');
    // One date on the sheet, the session's: the instant of the submission stays in the audit log.
    expect(JSON.stringify(definition.content)).toContain('soumises par le membre');
    expect(JSON.stringify(definition.content)).not.toContain('soumises le');
  });

  it('asks for the number on scales too wide for boxes', () => {
    const wide: EvaluationGrid = {
      title: 'Grille sur 20',
      criteria: [{ key: 'global', label: 'Appréciation globale', description: '', weight: 1, allowsNotApplicable: false, commentRequiredBelow: null, scale: { min: 0, max: 20, levels: Array.from({ length: 21 }, (_, value) => ({ value, descriptor: `Niveau ${value}` })) } }],
    };
    const text = JSON.stringify(ficheNotationDocument(frame, fiche([item(1)], false, wide)).content);
    expect(text).toContain('Note de 0 à 20 : ');
    expect(text).toContain('Niveau 20');
  });
});
