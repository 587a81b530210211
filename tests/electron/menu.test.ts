import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/main/menu.ts';

function template(overrides: Partial<MenuOptions> = {}): MenuItemConstructorOptions[] {
  return buildMenuTemplate({
    isPackaged: true,
    platform: 'linux',
    actions: { openDataFolder: vi.fn(), loadDemoData: vi.fn(), showAbout: vi.fn() },
    ...overrides,
  });
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function labels(menu: MenuItemConstructorOptions | undefined): string[] {
  return items(menu)
    .filter((item) => item.type !== 'separator')
    .map((item) => item.label ?? `(sans libellé : ${item.role})`);
}

function allItems(menus: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menus.flatMap((menu) => [menu, ...allItems(items(menu))]);
}

describe('the application menu', () => {
  it('is in French', () => {
    const menus = template({ isPackaged: false });
    expect(menus.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labels(menus[0])).toEqual(['Ouvrir le dossier des données', 'Charger les données de démonstration', 'Quitter']);
    expect(labels(menus[1])).toEqual(['Annuler', 'Rétablir', 'Couper', 'Copier', 'Coller', 'Tout sélectionner']);
    expect(labels(menus[2])).toEqual(['Recharger', 'Outils de développement', 'Taille réelle', 'Zoom avant', 'Zoom arrière', 'Plein écran']);
    expect(labels(menus[3])).toEqual(['À propos de Pacte CAI']);
  });

  it('labels every item, so that no English role label slips through', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const unlabelled = allItems(template({ platform, isPackaged: false })).filter((item) => item.type !== 'separator' && !item.label);
      expect(unlabelled).toEqual([]);
    }
  });

  it('has no developer tools in an installed app', () => {
    const roles = allItems(template({ isPackaged: true })).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(labels(template({ isPackaged: true })[2])).not.toContain('Outils de développement');
  });

  it('runs the data folder and about actions', () => {
    const actions = { openDataFolder: vi.fn(), loadDemoData: vi.fn(), showAbout: vi.fn() };
    const menus = template({ actions });
    const click = (label: string) => {
      const item = allItems(menus).find((candidate) => candidate.label === label);
      (item?.click as (() => void) | undefined)?.();
    };
    click('Ouvrir le dossier des données');
    click('À propos de Pacte CAI');
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });

  it('loads the demo data from the Fichier menu, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const actions = { openDataFolder: vi.fn(), loadDemoData: vi.fn(), showAbout: vi.fn() };
      const fileMenu = template({ platform, actions }).find((menu) => menu.label === 'Fichier');
      const item = items(fileMenu).find((candidate) => candidate.label === 'Charger les données de démonstration');
      (item?.click as (() => void) | undefined)?.();
      expect(actions.loadDemoData).toHaveBeenCalledOnce();
      expect(actions.openDataFolder).not.toHaveBeenCalled();
    }
  });

  it('puts an application menu first on macOS, with Quitter in it', () => {
    const menus = template({ platform: 'darwin' });
    expect(menus.map((menu) => menu.label)).toEqual(['Pacte CAI', 'Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labels(menus[0])).toContain('Quitter Pacte CAI');
    expect(labels(menus[1])).not.toContain('Quitter');
  });
});
