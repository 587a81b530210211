// The clause template is a versioned resource, checked when it is read: its shape, its article keys,
// and that every placeholder its texts use is declared with a French label. Filling refuses, in French
// and all at once, whatever the data leaves empty.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLANK, CONVENTION_TEMPLATE_FILE, createFiller, loadConventionTemplate, MissingValuesError, parseConventionTemplate } from '../../core/documents/convention-template.ts';
import { AppError } from '../../core/domain/app-error.ts';
import { tempDir } from '../support/test-app.ts';

const RESOURCES = path.resolve(import.meta.dirname, '../../resources');
const shipped = () => JSON.parse(readFileSync(path.join(RESOURCES, CONVENTION_TEMPLATE_FILE), 'utf8')) as Record<string, unknown> & { articles: { key: string; blocks: unknown[] }[] };

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('a refusal was expected');
}

describe('convention clause template', () => {
  it('ships a version and the articles of the national model, in its order', () => {
    const template = loadConventionTemplate(RESOURCES);
    expect(template.version).toBe('2026-2');
    expect(template.articles.map((article) => article.key)).toEqual([
      'objet',
      'duree',
      'cout',
      'contribution',
      'versement',
      'justificatifs',
      'engagements',
      'cer',
      'sanctions',
      'controle',
      'evaluation',
      'avenant',
      'resiliation',
      'recours',
      'execution',
    ]);
    expect(template.placeholders['ccas.siret']).toBe('Le SIRET du CCAS (Paramètres)');
    expect(template.placeholders['ca.deliberationDate']).toBe('La date de la délibération du CA');
  });

  it('is read from the resources folder it is given: replacing the file changes the clauses', () => {
    const dir = tempDir();
    cpSync(RESOURCES, dir, { recursive: true });
    const json = shipped();
    json.version = '2027-2';
    const first = json.articles[0];
    if (!first) throw new Error('an article expected');
    first.blocks = [{ text: 'Le bénéficiaire réalise l’action « {{action.title}} ».' }];
    writeFileSync(path.join(dir, CONVENTION_TEMPLATE_FILE), JSON.stringify(json));
    const template = loadConventionTemplate(dir);
    expect(template.version).toBe('2027-2');
    expect(template.articles[0]?.blocks).toEqual([{ text: 'Le bénéficiaire réalise l’action « {{action.title}} ».' }]);
  });

  it('refuses a missing or unreadable file in French', () => {
    const dir = tempDir();
    expect(refusal(() => loadConventionTemplate(dir))).toMatchObject({ code: 'invalid_template', message: expect.stringMatching(/^Le modèle de convention conventions\/convention-v1\.json est illisible/u) as unknown });
    mkdirSync(path.join(dir, 'conventions'));
    writeFileSync(path.join(dir, CONVENTION_TEMPLATE_FILE), '{ "version": ');
    expect(refusal(() => loadConventionTemplate(dir)).message).toContain('illisible');
  });

  it('refuses a placeholder that is not declared, a reference to an unknown article, an unknown condition', () => {
    const undeclared = shipped();
    undeclared.articles[0]?.blocks.push({ text: 'Téléphone : {{ccas.phone}}.' });
    expect(refusal(() => parseConventionTemplate(undeclared)).message).toBe('Le modèle de convention est invalide : {{ccas.phone}} n’est pas déclaré dans « placeholders ».');

    const unknownArticle = shipped();
    unknownArticle.articles[0]?.blocks.push({ text: 'Voir l’article {{ref.garantie}}.' });
    expect(refusal(() => parseConventionTemplate(unknownArticle)).message).toContain('{{ref.garantie}}');

    const badCondition = shipped();
    badCondition.articles[0]?.blocks.push({ text: 'Texte.', when: ['subventionnee'] });
    expect(refusal(() => parseConventionTemplate(badCondition))).toMatchObject({ code: 'invalid_template', message: expect.stringContaining('Condition inconnue') as unknown });

    const twice = shipped();
    const [objet] = twice.articles;
    if (objet) twice.articles.push({ ...objet });
    expect(refusal(() => parseConventionTemplate(twice)).message).toContain('l’article « objet » figure deux fois');

    const noVersion = shipped();
    noVersion.version = 'v1';
    expect(refusal(() => parseConventionTemplate(noVersion)).message).toContain('Version attendue sous la forme « 2026-1 »');
  });

  it('fills placeholders from a flat map, prints a dotted line for an allowed blank, and refuses every missing value at once, in the template’s order', () => {
    const template = loadConventionTemplate(RESOURCES);
    const values = { 'ccas.name': 'CCAS de Rennes', 'ccas.siret': null, 'ca.deliberationRef': '', 'ca.deliberationDate': null };
    const filler = createFiller(template, values, new Set(['convention']));
    expect(filler.fill('Le {{ccas.name}} ({{ ccas.name }})')).toBe('Le CCAS de Rennes (CCAS de Rennes)');
    filler.fill('SIRET {{ccas.siret}} ; délibération n° {{ca.deliberationRef}} du {{ca.deliberationDate}}');
    const error = refusal(() => filler.assertComplete('La convention n° CONV-2018-007 ne peut pas être établie'));
    expect(error).toBeInstanceOf(MissingValuesError);
    expect((error as MissingValuesError).missing).toEqual(['Le SIRET du CCAS (Paramètres)', 'Le numéro de la délibération du CA', 'La date de la délibération du CA']);
    expect(error.message).toBe(
      'La convention n° CONV-2018-007 ne peut pas être établie, il manque : le SIRET du CCAS (Paramètres) ; le numéro de la délibération du CA ; la date de la délibération du CA.',
    );
    expect(error.code).toBe('precondition');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['ccas.siret', 'ca.deliberationRef', 'ca.deliberationDate']);

    const draft = createFiller(template, values, new Set(), new Set(['ca.deliberationRef', 'ca.deliberationDate']));
    expect(draft.fill('n° {{ca.deliberationRef}} du {{ca.deliberationDate}}')).toBe(`n° ${BLANK} du ${BLANK}`);
    expect(() => draft.assertComplete('Refus')).not.toThrow();
  });

  it('keeps the blocks whose conditions hold, "!" testing an absence', () => {
    const template = loadConventionTemplate(RESOURCES);
    const blocks = [{ text: 'a' }, { text: 'b', when: ['pluriannuelle'] }, { text: 'c', when: ['!association'] }, { text: 'd', when: ['convention', 'association'] }];
    expect(createFiller(template, {}, new Set(['convention', 'association'])).active(blocks).map((block) => block.text)).toEqual(['a', 'd']);
    expect(createFiller(template, {}, new Set(['pluriannuelle'])).active(blocks).map((block) => block.text)).toEqual(['a', 'b', 'c']);
  });
});
