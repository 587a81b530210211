// Issue 11, item 7: a pack's content that failed its schema at its root was refused with "n'est pas valide
// ()". Whatever a pack's reader refuses, its sentence is French and never shows empty parentheses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/domain/app-error.ts';
import { juryPackBodySchema, scorePackBodySchema } from '../../core/service/packs/pack-bodies.ts';
import { PACK_FORMATS, parsePayload, readPackFile } from '../../core/service/packs/pack-file.ts';
import { FRENCH } from '../support/test-app.ts';

function refusal(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the messages of the pack readers', () => {
  it('name the failing field, and say nothing in parentheses when the whole content fails', () => {
    expect(refusal(() => parsePayload(Buffer.from('[]'), scorePackBodySchema, 'ce paquet de notes'))).toBe('Le contenu de ce paquet de notes n’est pas valide : il est refusé.');
    expect(refusal(() => parsePayload(Buffer.from('null'), juryPackBodySchema, 'ce paquet du juré'))).toBe('Le contenu de ce paquet du juré n’est pas valide : il est refusé.');
    expect(refusal(() => parsePayload(Buffer.from('{"kind":"score-pack"}'), scorePackBodySchema, 'ce paquet de notes'))).toBe('Le contenu de ce paquet de notes n’est pas valide (packId) : il est refusé.');
  });

  it('never show empty parentheses, whatever the content', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(scorePackBodySchema, juryPackBodySchema), (value, schema) => {
        const message = refusal(() => parsePayload(Buffer.from(JSON.stringify(value) ?? 'null', 'utf8'), schema, 'ce paquet'));
        expect(message).not.toMatch(/\(\s*\)/u);
        expect(message).toMatch(FRENCH);
      }),
    );
  });

  it('never show empty parentheses, whatever the file', () => {
    const magic = fc.constantFrom('', 'PACTE-PACK/1\n', 'PACTE-PACK/2\n', 'PACTE-PACK/3\n');
    fc.assert(
      fc.property(magic, fc.oneof(fc.json(), fc.string()), fc.uint8Array({ maxLength: 64 }), fc.constantFrom(PACK_FORMATS.jury, PACK_FORMATS.score), (start, header, rest, format) => {
        const bytes = Buffer.concat([Buffer.from(`${start}${header}\n`, 'utf8'), Buffer.from(rest)]);
        let message: string | null = null;
        try {
          readPackFile(bytes, format);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          message = error.message;
        }
        if (message !== null) {
          expect(message).not.toMatch(/\(\s*\)/u);
          expect(message).toMatch(FRENCH);
        }
      }),
    );
  });
});
