// Entry point of the desktop app (runs in Electron's main process, built to dist/electron/main.mjs).
import path from 'node:path';
import { reportStartupFailure, startMainProcess } from './start-main-process.ts';

// Not awaited: a top-level await on whenReady would keep Electron from ever emitting 'ready'.
startMainProcess({ preloadFile: path.join(import.meta.dirname, 'preload.cjs') }).catch(reportStartupFailure);
