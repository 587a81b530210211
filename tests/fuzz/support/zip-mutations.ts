// Mutations of an .xlsx inside its zip: parts renamed, removed or doubled, the XML of a sheet, of the
// shared strings, of the workbook or of the styles edited (cell references, types, values, broken
// tags, entities), and a part's bytes damaged; the archive is then written again.
import JSZip from 'jszip';
import { BYTE_MUTATIONS, mutateBytes, type ByteMutation } from './byte-mutations.ts';
import { HOSTILE_VALUES } from './csv-mutations.ts';
import type { Random } from './seeded-random.ts';

export const ZIP_MUTATIONS = ['rename-part', 'drop-part', 'double-part', 'cell-ref', 'cell-type', 'cell-value', 'shared-string', 'break-tag', 'entities', 'sheet-name', 'date-styles', 'part-bytes', 'whole-bytes'] as const;
export type ZipMutation = (typeof ZIP_MUTATIONS)[number];

const CELL_REFS = ['XFD2', 'GS2', 'A1048576', 'A1048577', 'A0', 'ZZZZ1', '', 'B', '2', 'a2', 'A-1', 'AAA99999999'] as const;
const CELL_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'n', 'd', 'x', ''] as const;
const NUMBERS = ['-1', '0', '1e308', '-1e308', '1e15', '2958466', '60', '0.5', 'NaN', 'Infinity', '99999999999', 'abc', '', '1,5'] as const;

async function xmlParts(zip: JSZip): Promise<string[]> {
  return Object.keys(zip.files).filter((name) => !zip.files[name]?.dir && /\.(xml|rels)$/u.test(name));
}

async function editXml(zip: JSZip, random: Random, prefer: RegExp, edit: (xml: string) => string): Promise<void> {
  const parts = await xmlParts(zip);
  const preferred = parts.filter((name) => prefer.test(name));
  const name = random.pick(preferred.length > 0 ? preferred : parts);
  const xml = await zip.file(name)?.async('string');
  if (xml !== undefined) zip.file(name, edit(xml));
}

/** Replaces one of the matches of `pattern` (chosen by the seed) through `replace`. */
function replaceOne(xml: string, pattern: RegExp, random: Random, replace: (match: string) => string): string {
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return xml;
  const match = random.pick(matches);
  const at = match.index;
  return `${xml.slice(0, at)}${replace(match[0])}${xml.slice(at + match[0].length)}`;
}

export async function mutateZip(zip: JSZip, kind: ZipMutation, random: Random): Promise<void> {
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const sheets = /worksheets\/sheet\d+\.xml$/u;
  switch (kind) {
    case 'rename-part': {
      const name = random.pick(names);
      const content = await zip.file(name)?.async('uint8array');
      zip.remove(name);
      const renamed = random.pick([name.toUpperCase(), `${name}.bak`, name.replace(/\d/u, '9'), `../${name}`, `/${name}`, name.replace('xl/', ''), random.pick(names)]);
      if (content) zip.file(renamed, content);
      return;
    }
    case 'drop-part':
      zip.remove(random.pick(names));
      return;
    case 'double-part': {
      const name = random.pick(names);
      const content = await zip.file(name)?.async('uint8array');
      if (content) zip.file(`xl/worksheets/sheet${random.between(3, 9)}.xml`, content);
      return;
    }
    case 'cell-ref':
      return editXml(zip, random, sheets, (xml) => replaceOne(xml, /\sr="[A-Z]+\d+"/gu, random, () => ` r="${random.pick(CELL_REFS)}"`));
    case 'cell-type':
      return editXml(zip, random, sheets, (xml) => replaceOne(xml, /<c (r="[A-Z]+\d+")/gu, random, (match) => `${match} t="${random.pick(CELL_TYPES)}"`));
    case 'cell-value':
      return editXml(zip, random, sheets, (xml) => replaceOne(xml, /<v>[^<]*<\/v>/gu, random, () => `<v>${random.chance(0.5) ? random.pick(NUMBERS) : escapeXml(random.pick(HOSTILE_VALUES))}</v>`));
    case 'shared-string':
      return editXml(zip, random, /sharedStrings\.xml$/u, (xml) =>
        random.chance(0.3) ? xml.replace(/count="\d+"/u, 'count="99999999"') : replaceOne(xml, /<t[^>]*>[^<]*<\/t>/gu, random, () => `<t>${escapeXml(random.pick(HOSTILE_VALUES))}</t>`),
      );
    case 'break-tag':
      return editXml(zip, random, /\.xml$/u, (xml) => replaceOne(xml, /<\/?[a-zA-Z:]+/gu, random, (match) => random.pick(['', `${match}x`, match.slice(0, -1), '<'])));
    case 'entities':
      // A billion-laughs header: a reader that expanded entities would exhaust its memory.
      return editXml(zip, random, sheets, (xml) =>
        xml.replace(
          /^(<\?xml[^>]*\?>)?/u,
          '$1<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>',
        ).replace(/<v>[^<]*<\/v>/u, '<v>&e;</v>'),
      );
    case 'sheet-name':
      return editXml(zip, random, /workbook\.xml$/u, (xml) =>
        replaceOne(xml, /name="[^"]*"/gu, random, () => `name="${escapeXml(random.pick(['Prestataires', 'Dossiers', 'dossiers ', 'DEMANDES', '', 'Aide', 'x'.repeat(300), 'Pr\u00e9stataires']))}"`),
      );
    case 'date-styles':
      // Every cell format becomes a date: numbers must then be read as dates, or refused.
      return editXml(zip, random, /styles\.xml$/u, (xml) => xml.replace(/numFmtId="\d+"/gu, `numFmtId="${random.pick(['14', '22', '47', '164'])}"`).replace(/applyNumberFormat="0"/gu, 'applyNumberFormat="1"'));
    case 'part-bytes': {
      const name = random.pick(names);
      const content = await zip.file(name)?.async('uint8array');
      const byteKind: ByteMutation = random.pick(BYTE_MUTATIONS);
      if (content) zip.file(name, mutateBytes(content, byteKind, random));
      return;
    }
    case 'whole-bytes':
      // Applied by the caller to the written archive.
      return;
  }
}

function escapeXml(text: string): string {
  const escaped = text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
  // XML 1.0 has no place for most control characters: the mutation stays well-formed on that point.
  return [...escaped]
    .filter((character) => {
      const code = character.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('');
}

export async function mutatedWorkbook(bytes: Uint8Array, plan: readonly { kind: ZipMutation; seed: number }[], randomFor: (seed: number) => Random): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const step of plan) await mutateZip(zip, step.kind, randomFor(step.seed));
  let out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  for (const step of plan.filter((candidate) => candidate.kind === 'whole-bytes')) {
    const random = randomFor(step.seed);
    out = mutateBytes(out, random.pick(BYTE_MUTATIONS), random);
  }
  return out;
}
