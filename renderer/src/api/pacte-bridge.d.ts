// The bridge the Electron preload exposes on window (contextBridge); absent in a plain browser.
import type { Result } from '../../../core/service/result.ts';

declare global {
  type SavedDocuments = { saved: false } | { saved: true; path: string; files: string[] };

  interface PacteBridge {
    invoke(method: string, input: unknown): Promise<Result<unknown>>;
    /** Opens a verified copy of the attached file with the system's viewer (desktop app only). */
    openAttachment(id: number): Promise<Result<null>>;
    /** Saves a document through the native dialog (desktop app only). */
    saveFile(file: { fileName: string; contentBase64: string }): Promise<Result<SavedDocuments>>;
    /** Saves several documents in a folder chosen through the native dialog. */
    saveFiles(files: { fileName: string; contentBase64: string }[]): Promise<Result<SavedDocuments>>;
    /** Shows a file this run of the app saved in the system's file manager. */
    showInFolder(file: string): Promise<Result<null>>;
  }

  interface Window {
    pacte?: PacteBridge;
  }
}

export {};
