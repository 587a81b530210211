// Mutations of a JSON document at a place chosen by the seed: a key removed or added, a value
// replaced by a hostile one, a number or a string bent, an array item doubled or swapped. Used on
// the body of a pack once it is out of its file, so that the body's own checks are what is tested.
import type { Random } from './seeded-random.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const JSON_MUTATIONS = ['remove', 'replace', 'number', 'string', 'double-item', 'swap', 'add-key', 'root'] as const;
export type JsonMutation = (typeof JSON_MUTATIONS)[number];

// Kept as JSON text and parsed at each use: every use gets its own copy (a shared object placed twice
// would make the document circular), and "__proto__" stays an own key as JSON.parse makes it.
const HOSTILE_TEXTS: readonly string[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  1e308,
  -1e308,
  '',
  ' ',
  'x'.repeat(100_000),
  '2018-02-31',
  '9999-12-31',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00.000Z',
  '../../../etc/passwd',
  'C:\\pieces\\..\\..\\x.pdf',
  '\u0000',
  '🚲',
  '<script>alert(1)</script>',
  'na',
  [],
  [null],
  {},
  { constructor: { prototype: { polluted: true } } },
].map((value) => JSON.stringify(value)).concat(['{"__proto__":{"polluted":true}}']);

const hostile = (random: Random): Json => JSON.parse(random.pick(HOSTILE_TEXTS)) as Json;

type Place = { parent: Json[] | { [key: string]: Json }; key: string | number; value: Json };

function places(value: Json, out: Place[] = [], depth = 0): Place[] {
  if (depth > 12 || value === null || typeof value !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, child] of entries) {
    out.push({ parent: value, key, value: child });
    places(child, out, depth + 1);
  }
  return out;
}

function set(place: Place, value: Json): void {
  (place.parent as Record<string | number, Json>)[place.key] = value;
}

function bendString(text: string, random: Random): string {
  return random.pick([
    '',
    text.slice(0, -1),
    `${text}${text}`,
    text.toUpperCase(),
    `${text}\u0000`,
    `${text} `,
    text.split('').reverse().join(''),
    text.replace(/[0-9a-f]/u, (digit) => (digit === '0' ? '1' : '0')),
    'x'.repeat(random.pick([1_001, 70_000])),
  ]);
}

/** Returns the document changed (the root itself may be replaced). */
export function mutateJson(document: Json, kind: JsonMutation, random: Random): Json {
  const all = places(document);
  if (kind === 'root' || all.length === 0) return hostile(random);
  const place = random.pick(all);
  switch (kind) {
    case 'remove':
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key];
      return document;
    case 'replace':
      set(place, hostile(random));
      return document;
    case 'number':
      set(place, typeof place.value === 'number' ? random.pick([place.value + 1, place.value - 1, -place.value, place.value * 1000, place.value + 0.5, 0]) : random.int(1000));
      return document;
    case 'string':
      set(place, typeof place.value === 'string' ? bendString(place.value, random) : String(place.value));
      return document;
    case 'double-item': {
      const arrays = all.filter((candidate) => Array.isArray(candidate.value) && candidate.value.length > 0);
      if (arrays.length === 0) return document;
      const items = random.pick(arrays).value as Json[];
      items.push(structuredClone(items[random.int(items.length)] ?? null));
      return document;
    }
    case 'swap': {
      const other = random.pick(all);
      const value = place.value;
      set(place, structuredClone(other.value));
      set(other, structuredClone(value));
      return document;
    }
    case 'add-key':
      if (!Array.isArray(place.parent)) place.parent[random.pick(['extra', 'isAdmin', 'mac', 'binding', 'constructor'])] = hostile(random);
      return document;
  }
}

export function mutateJsonText(text: string, plan: readonly { kind: JsonMutation; seed: number }[], randomFor: (seed: number) => Random): string {
  let document = JSON.parse(text) as Json;
  for (const step of plan) document = mutateJson(document, step.kind, randomFor(step.seed));
  return JSON.stringify(document);
}
