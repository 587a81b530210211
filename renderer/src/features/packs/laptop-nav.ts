// On a juror's laptop the navbar holds the juror's two screens only: jury mode, and their pack (where the
// notes are exported). Same shape as the app's own navbar entries.
import { IconFileExport, IconUserEdit, type Icon } from '@tabler/icons-react';
import type { OpenedJuryPack } from '../../../../core/service/api.ts';
import { JURY_PACK_PATH, laptopJuryPath } from './pack-labels.ts';

export function laptopNavItems(pack: OpenedJuryPack): { path: string; label: string; icon: Icon }[] {
  return [
    { path: laptopJuryPath(pack), label: 'Noter les dossiers', icon: IconUserEdit },
    { path: JURY_PACK_PATH, label: 'Mon dossier et mes notes', icon: IconFileExport },
  ];
}

/** The addresses of the app's frame a laptop may show; any other leads back to the juror's pack. */
export function isLaptopPath(pathname: string): boolean {
  return pathname === JURY_PACK_PATH;
}
