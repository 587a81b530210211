// The sections of the app, in the order the navbar shows them (the yearly cycle, then settings).
import {
  IconBook2,
  IconBuildingCommunity,
  IconChartBar,
  IconFileCertificate,
  IconFolders,
  IconLayoutDashboard,
  IconSettings,
  IconSpeakerphone,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';

/** also: other addresses that belong to the section (its tabs living at their own address). */
export type NavItem = { path: string; label: string; icon: Icon; also?: string[] };

export const navItems: NavItem[] = [
  { path: '/tableau-de-bord', label: 'Tableau de bord', icon: IconLayoutDashboard },
  { path: '/pacte', label: 'Le Pacte', icon: IconBook2 },
  { path: '/appels-a-projets', label: 'Appels à projets', icon: IconSpeakerphone },
  { path: '/prestataires', label: 'Prestataires', icon: IconBuildingCommunity },
  { path: '/dossiers', label: 'Dossiers', icon: IconFolders },
  { path: '/seances', label: 'Séances CAI', icon: IconUsersGroup, also: ['/jury'] },
  { path: '/conventions', label: 'Conventions', icon: IconFileCertificate },
  { path: '/indicateurs', label: 'Indicateurs', icon: IconChartBar },
  { path: '/parametres', label: 'Paramètres', icon: IconSettings },
];
