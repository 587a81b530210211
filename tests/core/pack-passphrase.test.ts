// The passphrase rule of the jury packs (passphrase-api.ts), the same on the chair's screen and in the
// service: 12 characters or 4 words, varied, not a run of the keyboard or the alphabet, not digits only,
// not the juror's name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, PASSPHRASE_MESSAGES, passphraseProblem } from '../../core/service/packs/passphrase-api.ts';

const WORDS = ['girafe', 'orage', 'lundi', 'crayon', 'marelle', 'hibou', 'tramway', 'cerise', 'lanterne', 'brume', 'octobre', 'falaise', 'velours', 'citron', 'pirogue', 'manivelle'];
const fourWords = fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 4 });
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'azertyuiop', 'qsdfghjklm', 'qwertyuiop', 'asdfghjkl'];

describe('the passphrase of a jury pack', () => {
  it('refuses anything shorter than 12 characters that is not 4 words', () => {
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(`^[a-zA-Z0-9éèàçÉ]{0,${MIN_PASSPHRASE_LENGTH - 1}}$`, 'u')), (passphrase) => {
        expect(passphraseProblem(passphrase)).toBe(PASSPHRASE_MESSAGES.short);
      }),
    );
    expect(passphraseProblem('   cheval   ')).toBe(PASSPHRASE_MESSAGES.short);
  });

  it('takes 4 words without a link, whatever their separator and case, and 12 characters of them', () => {
    fc.assert(
      fc.property(fourWords, fc.constantFrom(' ', '-', '  ', ', '), fc.boolean(), (words, separator, upper) => {
        const passphrase = words.join(separator);
        expect(passphraseProblem(upper ? passphrase.toUpperCase() : passphrase)).toBeNull();
        const joined = words.slice(0, 3).join('');
        if (joined.length >= MIN_PASSPHRASE_LENGTH) expect(passphraseProblem(joined, 'Claire Dubois')).toBeNull();
      }),
    );
  });

  it('refuses a passphrase with fewer than 6 different characters, whatever its length', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 1, maxLength: 5 }), fc.integer({ min: 12, max: 200 }), (letters, length) => {
        const passphrase = Array.from({ length }, (_unused, index) => letters[index % letters.length]).join('');
        expect(passphraseProblem(passphrase)).toBe(PASSPHRASE_MESSAGES.repetitive);
      }),
    );
  });

  it('refuses digits only: a date or a number is guessed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12,40}$/u), fc.constantFrom('', ' ', '/', '.'), (digits, separator) => {
        const passphrase = digits.replace(/(\d{2})(?=\d)/gu, `$1${separator}`);
        expect([PASSPHRASE_MESSAGES.digits, PASSPHRASE_MESSAGES.repetitive, PASSPHRASE_MESSAGES.predictable]).toContain(passphraseProblem(passphrase));
      }),
    );
    expect(passphraseProblem('14/07/1789 31/12/2018')).toBe(PASSPHRASE_MESSAGES.digits);
  });

  it('refuses runs of the keyboard or the alphabet and common passwords, however they are strung together', () => {
    const piece = fc.oneof(
      fc.constantFrom(...RUNS).chain((run) => fc.integer({ min: 0, max: run.length - 3 }).chain((start) => fc.integer({ min: start + 3, max: run.length }).map((end) => run.slice(start, end)))),
      fc.constantFrom('motdepasse', 'password', 'azerty', 'soleil', 'bonjour'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' '), (pieces, separator) => {
        const passphrase = pieces.join(separator);
        fc.pre([...passphrase].length >= MIN_PASSPHRASE_LENGTH);
        expect(passphraseProblem(passphrase)).not.toBeNull();
      }),
    );
    expect(passphraseProblem('azertyuiop1234')).toBe(PASSPHRASE_MESSAGES.predictable);
  });

  it('refuses the juror’s name inside, accents and case aside: it is in clear on the file', () => {
    fc.assert(
      fc.property(fourWords, fc.constantFrom('Dubois', 'dubois', 'DUBOIS', 'Claire'), fc.nat(3), (words, name, at) => {
        const passphrase = [...words.slice(0, at), name, ...words.slice(at)].join(' ');
        expect(passphraseProblem(passphrase, 'Claire Dubois')).toBe(PASSPHRASE_MESSAGES.name);
      }),
    );
    expect(passphraseProblem('hélène marelle hibou citron', 'Hélène Le Gall')).toBe(PASSPHRASE_MESSAGES.name);
    expect(passphraseProblem('le marelle hibou citron', 'Bruno Le Gall')).toBeNull();
  });

  it('says in French what is required, every time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (passphrase) => {
        const problem = passphraseProblem(passphrase);
        if (problem !== null) expect(problem).toMatch(/^La phrase de passe (doit|répète|ne doit|est trop)/u);
        if (problem !== null && problem !== PASSPHRASE_MESSAGES.name) expect(problem).toMatch(/4 mots/u);
      }),
    );
  });
});
