// What the main process and the service's thread say to each other (structured-clone messages).
import type { Result } from '../../core/service/result.ts';

export type ThreadRequest =
  | { kind: 'call'; id: number; method: string; input: unknown }
  | { kind: 'viewing-copy'; id: number; attachmentId: number; viewingDir: string }
  | { kind: 'close' };

export type ThreadReply =
  | { kind: 'ready'; databaseFile: string }
  | { kind: 'open-failed'; code: string; message: string }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'closed' };
