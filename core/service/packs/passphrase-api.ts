// The passphrase rule of the jury packs (browser-safe: the chair's screen says it before the call, the
// service says it again). A jury pack is always encrypted with a passphrase the chair hands the juror
// apart from the file; it is all that stands between a copied file and the juror's binding, so it must
// not fall to guessing: 12 characters or 4 words, varied, not a keyboard run, not the juror's name (which
// the pack's header shows in clear).

export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_WORDS = 4;
export const MIN_DISTINCT_CHARACTERS = 6;

// Non-breaking spaces inside the guillemets, as French typesets them: a line never breaks there.
const EXAMPLE = '«\u00a0girafe orage lundi crayon\u00a0»';
const TRY_WORDS = 'prenez plutôt 4 mots sans lien entre eux';

export const PASSPHRASE_MESSAGES = {
  short: `La phrase de passe doit compter au moins ${MIN_PASSPHRASE_LENGTH} caractères, ou ${MIN_PASSPHRASE_WORDS} mots séparés par des espaces (par exemple ${EXAMPLE}).`,
  repetitive: `La phrase de passe répète trop les mêmes caractères : il en faut au moins ${MIN_DISTINCT_CHARACTERS} différents ; ${TRY_WORDS}, par exemple ${EXAMPLE}.`,
  digits: `La phrase de passe ne doit pas être faite que de chiffres (une date ou un numéro se devinent) : ${TRY_WORDS}, par exemple ${EXAMPLE}.`,
  predictable: `La phrase de passe est trop prévisible (suite de touches du clavier ou de l’alphabet, mot de passe courant) : ${TRY_WORDS}, par exemple ${EXAMPLE}.`,
  name: 'La phrase de passe ne doit pas contenir le nom du juré : il figure en clair sur le fichier.',
} as const;

/** Said where the passphrase is typed: what is required, and how to hand it over. */
export const PASSPHRASE_HINT = `Obligatoire : ${MIN_PASSPHRASE_LENGTH} caractères au moins, ou ${MIN_PASSPHRASE_WORDS} mots (par exemple ${EXAMPLE}). Communiquez-la au juré par un autre moyen que le fichier : de vive voix ou par téléphone, jamais avec le fichier ni dans le même message.`;

// Runs a guesser tries first: the alphabet, the digits, the rows of AZERTY and QWERTY keyboards.
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const SEQUENCES = [...RUNS, ...RUNS.map((run) => [...run].reverse().join(''))];
const COMMON_WORDS = ['motdepasse', 'phrasedepasse', 'password', 'passphrase', 'secret', 'bonjour', 'soleil', 'azerty', 'qwerty', 'admin', 'pacte', 'jury'];
const MIN_RUN = 3;

/** Lower case, accents off, letters and digits only: "Élan-Vert 2018" → "elanvert2018". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The lengths of the runs and common words that start at `index`. */
function predictableAt(text: string, index: number): number[] {
  const lengths = COMMON_WORDS.filter((word) => text.startsWith(word, index)).map((word) => word.length);
  for (let length = MIN_RUN; index + length <= text.length; length += 1) {
    if (!SEQUENCES.some((sequence) => sequence.includes(text.slice(index, index + length)))) break;
    lengths.push(length);
  }
  return lengths;
}

/** The fewest characters left once runs and common words are taken out, however they overlap: "azerty123456" leaves none. */
function unpredictableCount(text: string): number {
  const left = new Array<number>(text.length + 1).fill(0);
  for (let index = text.length - 1; index >= 0; index -= 1) {
    left[index] = Math.min((left[index + 1] ?? 0) + 1, ...predictableAt(text, index).map((length) => left[index + length] ?? 0));
  }
  return left[0] ?? 0;
}

function wordsOf(text: string): string[] {
  return text.split(/[\s\-_.,;:!?/'’]+/u).filter((word) => [...word].length >= 2);
}

/**
 * Null when the passphrase may encrypt a jury pack, else the French sentence that says what is required.
 * `jurorName`: the pack's juror, whose name the header shows in clear.
 */
export function passphraseProblem(passphrase: string, jurorName = ''): string | null {
  const text = passphrase.normalize('NFC').trim();
  const words = new Set(wordsOf(text).map((word) => folded(word)));
  if ([...text].length < MIN_PASSPHRASE_LENGTH && words.size < MIN_PASSPHRASE_WORDS) return PASSPHRASE_MESSAGES.short;
  const compact = folded(text);
  if (new Set(compact).size < MIN_DISTINCT_CHARACTERS) return PASSPHRASE_MESSAGES.repetitive;
  if (/^\p{N}+$/u.test(compact)) return PASSPHRASE_MESSAGES.digits;
  if (unpredictableCount(compact) < MIN_DISTINCT_CHARACTERS) return PASSPHRASE_MESSAGES.predictable;
  const nameWords = wordsOf(jurorName)
    .map((word) => folded(word))
    .filter((word) => word.length >= 3);
  if (nameWords.some((word) => compact.includes(word))) return PASSPHRASE_MESSAGES.name;
  return null;
}
