// The bridge the Electron preload exposes on window (contextBridge); absent in a plain browser.
import type { Result } from '../../../core/service/result.ts';

declare global {
  interface PacteBridge {
    invoke(method: string, input: unknown): Promise<Result<unknown>>;
    /** Opens a verified copy of the attached file with the system's viewer (desktop app only). */
    openAttachment(id: number): Promise<Result<null>>;
  }

  interface Window {
    pacte?: PacteBridge;
  }
}

export {};
