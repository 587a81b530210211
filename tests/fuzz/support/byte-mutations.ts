// Blind mutations of a file's bytes: what a bad copy, a truncated download or a hostile editor does.
import type { Random } from './seeded-random.ts';

// Bytes that mean something to the readers: NUL, quote, separators, line ends, UTF-8 lead bytes, 0xFF.
const INTERESTING = [0x00, 0x22, 0x3b, 0x2c, 0x0a, 0x0d, 0x7f, 0x80, 0xc3, 0xe2, 0xef, 0xfe, 0xff, 0x3c, 0x3e] as const;

export const BYTE_MUTATIONS = ['flip-bit', 'set-byte', 'insert-bytes', 'delete-range', 'truncate', 'duplicate-range', 'zero-range'] as const;
export type ByteMutation = (typeof BYTE_MUTATIONS)[number];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function range(random: Random, length: number): [number, number] {
  const start = random.int(length);
  const size = 1 + random.int(Math.max(1, Math.floor(length / 10)));
  return [start, Math.min(length, start + size)];
}

export function mutateBytes(bytes: Uint8Array, kind: ByteMutation, random: Random): Uint8Array {
  if (bytes.length === 0) return kind === 'insert-bytes' ? random.bytes(1 + random.int(16)) : bytes;
  const out = Uint8Array.from(bytes);
  const at = random.int(bytes.length);
  switch (kind) {
    case 'flip-bit':
      out[at] = (out[at] ?? 0) ^ (1 << random.int(8));
      return out;
    case 'set-byte':
      out[at] = random.chance(0.7) ? random.pick(INTERESTING) : random.int(256);
      return out;
    case 'insert-bytes':
      return concat(bytes.subarray(0, at), random.chance(0.5) ? random.bytes(1 + random.int(16)) : Uint8Array.from({ length: 1 + random.int(8) }, () => random.pick(INTERESTING)), bytes.subarray(at));
    case 'delete-range': {
      const [start, end] = range(random, bytes.length);
      return concat(bytes.subarray(0, start), bytes.subarray(end));
    }
    case 'truncate':
      return bytes.subarray(0, at);
    case 'duplicate-range': {
      const [start, end] = range(random, bytes.length);
      return concat(bytes.subarray(0, at), bytes.subarray(start, end), bytes.subarray(at));
    }
    case 'zero-range': {
      const [start, end] = range(random, bytes.length);
      out.fill(0, start, end);
      return out;
    }
  }
}
