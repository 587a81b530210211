// Where the built renderer is, and whether a URL is that page (used by navigation and IPC guards).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function rendererIndexFile(appRoot: string): string {
  return path.join(appRoot, 'dist', 'renderer', 'index.html');
}

/**
 * True when `url` is the file:// URL of our index.html, whatever its query or hash (the router may
 * use them). Compared as paths, not strings, because Chromium and Node percent-encode differently.
 */
export function isRendererUrl(url: string, indexFile: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:') return false;
  parsed.search = '';
  parsed.hash = '';
  let file: string;
  try {
    file = fileURLToPath(parsed);
  } catch {
    // A file URL with a host (file://server/share) on POSIX: never ours.
    return false;
  }
  return samePath(file, indexFile);
}

function samePath(a: string, b: string): boolean {
  const left = path.resolve(a);
  const right = path.resolve(b);
  // Windows paths are case-insensitive (drive letters notably come back in either case).
  return process.platform === 'win32' ? left.toLowerCase() === right.toLowerCase() : left === right;
}
