// What the disk or the file system refused, said as it is: a full disk, a base or folder that cannot be
// written, a base held by another program. These are not faults of the app nor damage to the base —
// calling them "erreur interne" or "base endommagée" sent people looking for the wrong cause.
import { AppError } from './app-error.ts';

/** The error code of every storage refusal: the CLI exits 2 for it, as for an internal error. */
export const STORAGE_ERROR_CODE = 'storage';

const NOTHING_DONE = 'L’opération n’a pas été faite et la base est restée telle qu’elle était.';

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/**
 * The French message of a storage refusal from SQLite (better-sqlite3's SqliteError codes) or from
 * the file system (Node's errno codes); null for any other error.
 */
export function storageFailure(error: unknown): AppError | null {
  const code = errorCode(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(STORAGE_ERROR_CODE, `Le disque est plein. ${NOTHING_DONE} Libérez de la place sur le disque qui contient la base (ou vider la corbeille), puis recommencez.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new AppError(
      STORAGE_ERROR_CODE,
      `La base ne peut pas être modifiée : le fichier ou son dossier est en lecture seule (clé USB verrouillée, dossier partagé en consultation, droits du fichier). ${NOTHING_DONE} Vérifiez les droits d’écriture du fichier et de son dossier, ou copiez la base dans un dossier où vous pouvez écrire.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError(STORAGE_ERROR_CODE, `Accès refusé par le système à un fichier ou un dossier de l’application. ${NOTHING_DONE} Vérifiez les droits d’écriture du dossier de la base.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      STORAGE_ERROR_CODE,
      `La base est occupée par un autre programme (une autre fenêtre de Pacte CAI, une commande pacte en cours, une synchronisation de fichiers). ${NOTHING_DONE} Réessayez dans un instant ; si cela dure, fermez les autres programmes qui ouvrent la base.`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError(
      STORAGE_ERROR_CODE,
      `Les fichiers de la base ne peuvent pas être ouverts ou créés (dossier en lecture seule, déplacé ou supprimé). ${NOTHING_DONE} Vérifiez que le dossier de la base existe et que vous pouvez y écrire.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError(
      STORAGE_ERROR_CODE,
      `Le disque a refusé une lecture ou une écriture (support débranché, disque réseau perdu, secteur défectueux). ${NOTHING_DONE} Vérifiez le disque ou le partage réseau, puis recommencez ; faites une sauvegarde dès que possible.`,
    );
  }
  return null;
}
