// The handler map type: one function per API method, given the parsed input and the context.
import type { MethodName, MethodOutput, ParsedInput } from './api.ts';
import type { ServiceContext } from './context.ts';
import type { DeferredWrite } from './deferred-write.ts';

/** A synchronous handler writes inside the call's transaction; an asynchronous one writes only through a DeferredWrite. */
export type Handler<M extends MethodName> = (input: ParsedInput<M>, context: ServiceContext) => MethodOutput<M> | Promise<MethodOutput<M> | DeferredWrite<MethodOutput<M>>>;

export type Handlers<Names extends MethodName> = { [M in Names]: Handler<M> };
