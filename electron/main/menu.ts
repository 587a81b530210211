// The French application menu; the template is a pure function so that tests read its labels.
import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../common/app-paths.ts';

export type MenuActions = {
  openDataFolder: () => void;
  loadDemoData: () => void;
  showAbout: () => void;
};

export type MenuOptions = {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
};

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `À propos de ${APP_NAME}`, click: () => actions.showAbout() };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Fichier',
    submenu: [
      { label: 'Ouvrir le dossier des données', click: () => actions.openDataFolder() },
      { label: 'Charger les données de démonstration', click: () => actions.loadDemoData() },
      // On macOS, Quitter lives in the application menu, as users expect.
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Quitter' }]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Édition',
    submenu: [
      { role: 'undo', label: 'Annuler' },
      { role: 'redo', label: 'Rétablir' },
      { type: 'separator' },
      { role: 'cut', label: 'Couper' },
      { role: 'copy', label: 'Copier' },
      { role: 'paste', label: 'Coller' },
      { role: 'selectAll', label: 'Tout sélectionner' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Affichage',
    submenu: [
      { role: 'reload', label: 'Recharger' },
      // Dev tools give the page's console full power over the IPC bridge: never in an installed app.
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: 'Outils de développement' }]),
      { type: 'separator' },
      { role: 'resetZoom', label: 'Taille réelle' },
      { role: 'zoomIn', label: 'Zoom avant' },
      { role: 'zoomOut', label: 'Zoom arrière' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Plein écran' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = { label: 'Aide', role: 'help', submenu: [about] };

  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'hide', label: `Masquer ${APP_NAME}` },
      { role: 'hideOthers', label: 'Masquer les autres' },
      { role: 'unhide', label: 'Tout afficher' },
      { type: 'separator' },
      { role: 'quit', label: `Quitter ${APP_NAME}` },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
