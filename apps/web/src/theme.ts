import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Calm, high-contrast light theme. Shade 8 of blue keeps white button text above WCAG AA 4.5:1;
 * system fonts only (no downloads: the CSP and offline hospitals forbid them).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
});

/** Darker text shades than Mantine's defaults where those fall below 4.5:1 on white. */
export const TEXT_COLORS = {
  green: '#1e6b30',
  orange: '#9c3a0a',
  yellow: '#7a4a00',
} as const;

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-placeholder': t.colors.gray[6],
    '--mantine-color-red-light-color': t.colors.red[9],
    '--mantine-color-gray-light-color': t.colors.gray[8],
    '--mantine-color-blue-light-color': t.colors.blue[9],
    '--mantine-color-green-light-color': TEXT_COLORS.green,
    '--mantine-color-orange-light-color': TEXT_COLORS.orange,
    '--mantine-color-yellow-light-color': TEXT_COLORS.yellow,
  },
  dark: {},
});
