// Where the built renderer is: the folder app:// serves (inside app.asar once packaged).
import path from 'node:path';

export function rendererDir(appRoot: string): string {
  return path.join(appRoot, 'dist', 'renderer');
}
