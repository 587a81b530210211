// The handler map type: one function per API method, given the parsed input and the context.
import type { MethodName, MethodOutput, ParsedInput } from './api.ts';
import type { ServiceContext } from './context.ts';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, context: ServiceContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers<Names extends MethodName> = { [M in Names]: Handler<M> };
