// The bridge the Electron preload exposes on window (contextBridge); absent in a plain browser.
import type { Result } from '../../../core/service/result.ts';

declare global {
  interface PacteBridge {
    invoke(method: string, input: unknown): Promise<Result<unknown>>;
  }

  interface Window {
    pacte?: PacteBridge;
  }
}

export {};
