// Mantine theme: a calm institutional blue, system fonts (the app runs offline), contrast kept at AA.
import { Notification, createTheme } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

const pacteBlue: MantineColorsTuple = [
  '#e8f0f8',
  '#d2e1ef',
  '#a5c3df',
  '#74a2cc',
  '#4b85bb',
  '#3472ab',
  '#265f95',
  '#1f507f',
  '#184068',
  '#11304f',
];

export const theme = createTheme({
  primaryColor: 'pacte',
  // Shade 7 keeps white text on filled buttons and links on white above 8:1.
  primaryShade: 7,
  colors: { pacte: pacteBlue },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Ubuntu, Cantarell, Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Mantine greys a titled notification's text (gray-6, 3.3:1); keep it readable.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-text)' } } }),
  },
});

/** Mantine's default dimmed grey and error red are below 4.5:1 on white; RGAA asks for AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#555d66',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6b7280',
  },
  dark: {},
});
