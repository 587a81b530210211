// An asynchronous handler (one that reads a workbook, makes a backup first) prepares everything it
// can before any write, then hands back its write as a DeferredWrite: `call()` runs it inside one
// transaction with its audit entry, so no path commits rows without the entry that records them.

export class DeferredWrite<T> {
  constructor(readonly write: () => T) {}
}

export function deferWrite<T>(write: () => T): DeferredWrite<T> {
  return new DeferredWrite(write);
}
