// The navbar's section links; the active one carries aria-current for screen readers.
import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { navItems, type NavItem } from './nav-items.ts';

/** items: the sections shown (all of them, except on a juror's laptop). */
type Props = { onNavigate?: () => void; items?: NavItem[] };

export function MainNav({ onNavigate, items = navItems }: Props) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {items.map((item) => {
        const active = [item.path, ...(item.also ?? [])].some((path) => pathname === path || pathname.startsWith(`${path}/`));
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label}
            leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            fw={active ? 600 : 500}
          />
        );
      })}
    </Stack>
  );
}
