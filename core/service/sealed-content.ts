// File contents that hold sealed scores (a CSV of paper sheets, a score pack), as the API's schemas hand them
// to the handler (browser-safe). The audit log keeps every other file as its size and SHA-256
// (audit/audit-log.ts, auditDetails); for a small CSV of scores those two let anyone who reads the log find
// the scores before the reveal by hashing every combination (5^7 of them in 0.15 s). auditDetails writes an
// object as its own enumerable fields: here only `sealed`, the content being a private field. The log then
// says a sealed file was given, and nothing that can be matched against a guess.
import type { z } from 'zod';

export class SealedContent {
  readonly sealed = true;
  readonly #base64: string;

  constructor(base64: string) {
    this.#base64 = base64;
  }

  /** The content, for the handler only. */
  get base64(): string {
    return this.#base64;
  }
}

/** A base64 field whose content the audit log must not keep in any form. */
export function sealedContent(schema: z.ZodString) {
  return schema.transform((base64) => new SealedContent(base64));
}
