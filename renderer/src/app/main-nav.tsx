// The navbar's section links; the active one carries aria-current for screen readers.
import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { navItems } from './nav-items.ts';

type Props = { onNavigate?: () => void };

export function MainNav({ onNavigate }: Props) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {navItems.map((item) => {
        const active = pathname === item.path || pathname.startsWith(`${item.path}/`);
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
