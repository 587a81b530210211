// What the fuzz and the crash harness accept as a message for a person: French, with no English or
// stack text in it (the rule: an error is a French refusal, never a leaked exception).
const LETTERS = /[a-zàâçéèêëîïôûùüÿœ]/u;
const FRENCH_WORDS = /[àâçéèêëîïôûùüÿœ«»’]|\b(le|la|les|de|du|des|est|un|une|pas|au|aux|en|ou|et|ce|cette|sur|pour|dans|sans|plus)\b/iu;
const ENGLISH_OR_STACK = /\b(undefined|null|NaN|TypeError|RangeError|SyntaxError|ReferenceError|Error|Cannot|Unexpected|Invalid input|expected|received|SQLITE_\w*|ENOENT|EACCES|ENOSPC)\b|\bat \S+ \(|node:|\[object Object\]|\(\s*\)/u;

/**
 * Why a message is not French for a person, or null: lowercase letters, no English or stack text, and
 * for a sentence (not a field's note) a French word. Quoted input (« … ») is the person's own text.
 */
export function frenchProblem(message: string, kind: 'sentence' | 'note' = 'sentence'): string | null {
  const own = message.replace(/«[^»]*»/gu, '« »');
  if (!LETTERS.test(own)) return 'no lowercase letter';
  if (kind === 'sentence' && !FRENCH_WORDS.test(own)) return 'no French word';
  const english = ENGLISH_OR_STACK.exec(own);
  return english ? `English or stack text « ${english[0]} »` : null;
}
