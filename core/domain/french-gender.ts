// Grammatical gender of the words the app prints about one person (la présidente, représentante légale,
// présente) and the elision of "de" before a name (d’Agnès). Pure: documents and screens share it.
//
// A civility not given prints what the app printed before civilities existed: the masculine of a
// function ("Le président de la commission"), the form French official texts keep as generic (circulaire
// du Premier ministre du 21 novembre 2017, which also rules out the "président·e" of inclusive writing),
// and "(e)" only where a sentence speaks of that one person in the first place ("Je soussigné(e)", as
// on Cerfa forms). Guessing from the first name is never done: "Dominique", "Camille" are both.
import { z } from 'zod';

/** Madame / Monsieur / not given; the same values as the database's `civility` columns. */
export const CIVILITIES = ['madame', 'monsieur', ''] as const;
export type Civility = (typeof CIVILITIES)[number];

/** What every door (form, import, CLI) accepts; '' when not given. */
export const civilitySchema = z.enum(CIVILITIES, { error: 'Civilité inconnue : « madame », « monsieur » ou vide.' });

const CIVILITY_LABELS: Readonly<Record<Civility, string>> = { madame: 'Madame', monsieur: 'Monsieur', '': '' };

/** "Madame", "Monsieur", or '' when not given. */
export function civilityLabel(civility: Civility): string {
  return CIVILITY_LABELS[civility];
}

/** "Madame Claire Martin" in a party's description; the name alone when the civility is not given ('' without a name). */
export function withCivility(name: string, civility: Civility): string {
  const label = civilityLabel(civility);
  return label === '' || name.trim() === '' ? name.trim() : `${label} ${name.trim()}`;
}

const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Mademoiselle is read as Madame: the administration writes Madame for every woman (circulaire du 21 février 2012).
const CIVILITY_WORDS: ReadonlyMap<string, Civility> = new Map(
  Object.entries({
    '': '',
    'non precisee': '',
    madame: 'madame',
    mme: 'madame',
    mademoiselle: 'madame',
    mlle: 'madame',
    monsieur: 'monsieur',
    m: 'monsieur',
    mr: 'monsieur',
  } satisfies Record<string, Civility>),
);

/** A civility as people type it in a spreadsheet ("Mme", "M.", "Monsieur", blank); null when unreadable. */
export function parseCivility(text: string): Civility | null {
  const word = plain(text).trim().replace(/\.$/u, '').replace(/\s+/gu, ' ');
  return CIVILITY_WORDS.get(word) ?? null;
}

type Forms = { feminine: string; neutral?: string };

/**
 * The gendered words of the titles the app prints, by their masculine (lower case). Invariable words
 * are listed too: they belong to the head of a title ("Responsable", "Membre titulaire").
 */
const WORDS: ReadonlyMap<string, Forms> = new Map(
  Object.entries({
    le: { feminine: 'la' },
    président: { feminine: 'présidente' },
    'vice-président': { feminine: 'vice-présidente' },
    représentant: { feminine: 'représentante' },
    légal: { feminine: 'légale' },
    professionnel: { feminine: 'professionnelle' },
    juré: { feminine: 'jurée' },
    suppléant: { feminine: 'suppléante' },
    convoqué: { feminine: 'convoquée' },
    présent: { feminine: 'présente' },
    excusé: { feminine: 'excusée' },
    absent: { feminine: 'absente' },
    représenté: { feminine: 'représentée' },
    soussigné: { feminine: 'soussignée', neutral: 'soussigné(e)' },
    habilité: { feminine: 'habilitée', neutral: 'habilité(e)' },
    désigné: { feminine: 'désignée', neutral: 'désigné(e)' },
    membre: { feminine: 'membre' },
    titulaire: { feminine: 'titulaire' },
    responsable: { feminine: 'responsable' },
    autre: { feminine: 'autre' },
  } satisfies Record<string, Forms>),
);

/** The word in the case of its model: "PRÉSIDENT" → "PRÉSIDENTE", "Président" → "Présidente". */
function inCaseOf(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The grammatical gender a word agrees with: a person's (from the civility) or a body's ("l’association"). */
export type GrammaticalGender = 'feminine' | 'masculine' | 'unknown';

export function genderOf(civility: Civility): GrammaticalGender {
  return civility === 'madame' ? 'feminine' : civility === 'monsieur' ? 'masculine' : 'unknown';
}

/**
 * A title or participle agreed with a gender: "Le président de la commission" → "La présidente de la
 * commission", "Représentant du Département" → "Représentante du Département". Only the head of the text
 * agrees — its leading words while they are listed above (article, noun, adjectives); the complement
 * ("de la commission", "(préside le jury)") is never touched. Case is kept.
 */
export function agree(base: string, gender: GrammaticalGender): string {
  let head = true;
  return base
    .split(' ')
    .map((word) => {
      const forms = head ? WORDS.get(word.toLowerCase()) : undefined;
      if (forms === undefined) {
        head = false;
        return word;
      }
      if (gender === 'feminine') return inCaseOf(word, forms.feminine);
      return gender === 'unknown' && forms.neutral !== undefined ? inCaseOf(word, forms.neutral) : word;
    })
    .join(' ');
}

/** A title agreed with the civility of the person who holds it (see agree): "la présidente", "représentante légale". */
export function roleTitle(base: string, civility: Civility): string {
  return agree(base, genderOf(civility));
}

/**
 * First names whose h is aspirated (no elision: "de Hugo"). Every other name elides before h, mute in
 * most French first names: d’Hélène, d’Henri, d’Hervé, d’Hubert. Kept short on purpose: extend it
 * when a real name reads wrong.
 */
export const ASPIRATED_H_NAMES: readonly string[] = ['hugo', 'hugues', 'hans', 'harry', 'heidi', 'helmut'];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'œ', 'æ']);

/**
 * Whether "de" elides before this word or name: a vowel (accented or not, œ, æ); a y before a consonant
 * (d’Yves), not before a vowel, where it sounds as a consonant (de Yann, de Yolande); an h, unless the
 * first word of the name is one of ASPIRATED_H_NAMES.
 */
export function startsWithVowelSound(text: string): boolean {
  const letters = plain(text.trim());
  const first = letters.charAt(0);
  if (VOWELS.has(first)) return true;
  if (first === 'y') return !VOWELS.has(letters.charAt(1));
  if (first === 'h') return !ASPIRATED_H_NAMES.includes(letters.split(/[^\p{L}]/u)[0] ?? '');
  return false;
}

/** "de" before a name, elided as French writes it: "d’Agnès", "d’Hélène", "de Paul", "de Hugo". */
export function elideDe(name: string): string {
  const trimmed = name.trim();
  return startsWithVowelSound(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}
