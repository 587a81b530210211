// The audit log's hash chain: each entry hashes its canonical content and the hash of the entry
// before, so that any single change, removal or insertion is found, and the first broken entry named.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, auditEntryCanonical, chainAuditEntry, type JsonValue, verifyChain } from '../../../core/domain/jury/audit-chain.ts';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Content = Omit<AuditEntry, 'seq' | 'previousHash' | 'hash'>;

const content = (index: number, details: JsonValue = { field: 'montant', from: 0, to: index }): Content => ({
  at: `2026-03-0${(index % 9) + 1}T10:00:00.000Z`,
  actor: 'Présidente',
  action: 'score.update',
  entity: 'sheet',
  entityId: index,
  details,
});

function chain(contents: readonly Content[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const entry of contents) entries.push(chainAuditEntry(entries.at(-1), entry, sha256Hex));
  return entries;
}

describe('auditEntryCanonical', () => {
  it('sorts the keys at every level, whatever order they were written in', () => {
    const entry = { seq: 1, at: 'A', actor: 'B', action: 'C', entity: 'D', entityId: 7, details: { z: [1, { b: 2, a: 'é' }], a: null, skipped: undefined }, previousHash: null };
    expect(auditEntryCanonical(entry)).toBe(
      '{"action":"C","actor":"B","at":"A","details":{"a":null,"z":[1,{"a":"é","b":2}]},"entity":"D","entityId":7,"previousHash":null,"seq":1}',
    );
    const reordered = { previousHash: null, details: { a: null, z: [1, { a: 'é', b: 2 }] }, entityId: 7, entity: 'D', action: 'C', actor: 'B', at: 'A', seq: 1 };
    expect(auditEntryCanonical(reordered)).toBe(auditEntryCanonical(entry));
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => auditEntryCanonical({ ...content(1), seq: 1, previousHash: null, details: { x: Number.NaN } })).toThrow(TypeError);
  });

  it('gives the same text to an entry read back from its JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (details) => {
        const entry = { ...content(1, details as JsonValue), seq: 1, previousHash: null };
        const readBack = JSON.parse(JSON.stringify(entry)) as typeof entry;
        expect(auditEntryCanonical(readBack)).toBe(auditEntryCanonical(entry));
      }),
    );
  });
});

describe('verifyChain', () => {
  const five = chain([0, 1, 2, 3, 4].map((index) => content(index)));

  it('accepts an intact log, and an empty one', () => {
    expect(verifyChain(five, sha256Hex)).toEqual({ ok: true, count: 5 });
    expect(verifyChain([], sha256Hex)).toEqual({ ok: true, count: 0 });
    expect(five[0]?.previousHash).toBeNull();
    expect(five[1]?.previousHash).toBe(five[0]?.hash);
  });

  it('names an entry whose content was changed', () => {
    const tampered = five.map((entry) => (entry.seq === 3 ? { ...entry, details: { field: 'montant', from: 0, to: 999 } } : entry));
    expect(verifyChain(tampered, sha256Hex)).toEqual({
      ok: false,
      brokenSeq: 3,
      index: 2,
      reason: 'Entrée n° 3 : son contenu ne correspond plus à son empreinte : elle a été modifiée.',
    });
  });

  it('names the entry after one rewritten with a fresh hash', () => {
    const rewritten = five.map((entry) => {
      if (entry.seq !== 2) return entry;
      const changed = { ...entry, actor: 'Intrus' };
      return { ...changed, hash: sha256Hex(auditEntryCanonical(changed)) };
    });
    expect(verifyChain(rewritten, sha256Hex)).toMatchObject({ ok: false, brokenSeq: 3, reason: expect.stringMatching(/^Entrée n° 3 : elle ne suit pas l’entrée n° 2/u) as string });
  });

  it('names the entry after a removed one, and a log that does not start at 1', () => {
    expect(verifyChain([...five.slice(0, 2), ...five.slice(3)], sha256Hex)).toEqual({
      ok: false,
      brokenSeq: 4,
      index: 2,
      reason: 'Entrée n° 4 : numérotation interrompue, l’entrée n° 3 manque.',
    });
    expect(verifyChain(five.slice(2), sha256Hex)).toMatchObject({ ok: false, brokenSeq: 3, reason: 'Entrée n° 3 : numérotation interrompue, les entrées n° 1 à 2 manquent.' });
  });

  it('checks a piece of the log from where it must start', () => {
    const last = five[1];
    if (last === undefined) throw new Error('five entries');
    expect(verifyChain(five.slice(2), sha256Hex, { seq: 3, previousHash: last.hash })).toEqual({ ok: true, count: 3 });
    expect(verifyChain(five.slice(2), sha256Hex, { seq: 3, previousHash: 'f'.repeat(64) })).toMatchObject({ ok: false, brokenSeq: 3 });
  });

  const modifications: ((entry: AuditEntry) => AuditEntry)[] = [
    (entry) => ({ ...entry, at: `${entry.at}x` }),
    (entry) => ({ ...entry, actor: `${entry.actor} ` }),
    (entry) => ({ ...entry, action: 'score.delete' }),
    (entry) => ({ ...entry, entity: `${entry.entity}s` }),
    (entry) => ({ ...entry, entityId: String(entry.entityId) }),
    (entry) => ({ ...entry, details: { wrapped: entry.details } }),
    (entry) => ({ ...entry, seq: entry.seq + 1 }),
    (entry) => ({ ...entry, previousHash: entry.previousHash === null ? '0'.repeat(64) : null }),
    (entry) => ({ ...entry, hash: sha256Hex(entry.hash) }),
  ];

  it('detects any single modified entry, at that entry', () => {
    const log = fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }).map((details) => chain(details.map((d, index) => content(index, d as JsonValue))));
    fc.assert(
      fc.property(
        log.chain((entries) => fc.tuple(fc.constant(entries), fc.nat({ max: entries.length - 1 }), fc.nat({ max: modifications.length - 1 }))),
        ([entries, target, which]) => {
          expect(verifyChain(entries, sha256Hex)).toEqual({ ok: true, count: entries.length });
          const modify = modifications[which];
          if (modify === undefined) throw new Error('a modification');
          const tampered = entries.map((entry, index) => (index === target ? modify(entry) : entry));
          expect(verifyChain(tampered, sha256Hex)).toMatchObject({ ok: false, index: target });
        },
      ),
    );
  });
});
