// The PIN check a jury pack carries to the juror's laptop. The chair's machine keeps each PIN as a salted
// scrypt hash (sessions/session-pins.ts) and never the PIN itself, so the pack's check is that hash hashed
// again: scrypt once more, with a salt of this pack and a much higher cost. The laptop, given the PIN,
// runs both steps.
//
//   pack-scrypt$N1$r1$p1$<salt1 hex>$<length1>$N2$r2$p2$<salt2 hex>$<hash hex>
//
// What this buys is time, not secrecy: a PIN has 4 digits, 10^4 values. At 16384 then 131072 (128 MiB),
// one guess costs about 0.53 s on one core here (0.075 s + 0.455 s), so the whole space about 1.5 hours
// of one core, minutes on a big machine. The real protection of the PIN, and of everything else in the
// pack, is the pack's encryption with a passphrase handed over apart from the file (pack-file.ts).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export const PACK_PIN_SCRYPT = { N: 131072, r: 8, p: 1 } as const;
const PREFIX = 'pack-scrypt';
// 128 × N × r × (p + 1) for the parameters above; a hash asking for more was not written by the app.
const MAX_MEMORY = 256 * 1024 * 1024;

type Step = { N: number; r: number; p: number; salt: Buffer };

function step(secret: Buffer | string, { N, r, p, salt }: Step, length: number): Buffer | null {
  if (128 * N * r * (p + 1) > MAX_MEMORY || length < 16 || length > 64) return null;
  try {
    return scryptSync(secret, salt, length, { N, r, p, maxmem: MAX_MEMORY });
  } catch {
    return null;
  }
}

function numbers(parts: string[]): [number, number, number] | null {
  const values = parts.map(Number);
  return values.length === 3 && values.every((value) => Number.isSafeInteger(value) && value > 0) ? (values as [number, number, number]) : null;
}

/** The pack's PIN check, from the chair's stored hash (`scrypt$N$r$p$salt$hash`); null for a hash of another kind. */
export function packPinHash(storedPinHash: string, cost: number = PACK_PIN_SCRYPT.N): string | null {
  const parts = storedPinHash.split('$');
  const inner = numbers(parts.slice(1, 4));
  if (parts.length !== 6 || parts[0] !== 'scrypt' || inner === null) return null;
  const innerHash = Buffer.from(parts[5] ?? '', 'hex');
  const salt = randomBytes(16);
  const outer = step(innerHash, { ...PACK_PIN_SCRYPT, N: cost, salt }, 32);
  if (outer === null || innerHash.length === 0) return null;
  return [PREFIX, ...inner, parts[4], innerHash.length, cost, PACK_PIN_SCRYPT.r, PACK_PIN_SCRYPT.p, salt.toString('hex'), outer.toString('hex')].join('$');
}

export function isPackPinHash(stored: string): boolean {
  return stored.startsWith(`${PREFIX}$`);
}

/** True when the PIN gives the pack's check; false for a wrong PIN or a malformed check. */
export function verifyPackPin(stored: string, pin: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 11 || parts[0] !== PREFIX) return false;
  const inner = numbers(parts.slice(1, 4));
  const outer = numbers(parts.slice(6, 9));
  const innerLength = Number(parts[5]);
  const expected = Buffer.from(parts[10] ?? '', 'hex');
  if (inner === null || outer === null || expected.length === 0) return false;
  const [N1, r1, p1] = inner;
  const [N2, r2, p2] = outer;
  const first = step(pin, { N: N1, r: r1, p: p1, salt: Buffer.from(parts[4] ?? '', 'hex') }, innerLength);
  const second = first && step(first, { N: N2, r: r2, p: p2, salt: Buffer.from(parts[9] ?? '', 'hex') }, expected.length);
  return second !== null && second.length === expected.length && timingSafeEqual(second, expected);
}
