// Building blocks of the typed API map (browser-safe: zod and types only).
import type { z } from 'zod';

export type MethodDefinition<Input extends z.ZodType, Output> = {
  input: Input;
  /** Phantom field: carries the result type, never read at run time. */
  output?: Output;
};

export function defineMethod<Output>() {
  return <Input extends z.ZodType>(input: Input): MethodDefinition<Input, Output> => ({ input });
}

export type AnyMethods = Record<string, MethodDefinition<z.ZodType, unknown>>;

/** Merges feature method maps; a name defined twice is a programming error caught at start. */
export function mergeMethods<T extends AnyMethods[]>(...maps: T): UnionToIntersection<T[number]> {
  const merged: AnyMethods = {};
  for (const map of maps) {
    for (const [name, definition] of Object.entries(map)) {
      if (name in merged) throw new Error(`API method defined twice: ${name}`);
      merged[name] = definition;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;
