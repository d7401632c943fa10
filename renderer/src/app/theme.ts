import { createTheme, darken, type CSSVariablesResolver } from '@mantine/core';

/**
 * One theme; presentation mode only raises the root font size (everything is in rem)
 * and switches to high contrast through `html[data-presentation=on]` in app.css.
 * Colours meet WCAG AA (4.5:1 for text): the darkest teal carries white text at 5.0:1
 * (shade 8 gave 3.95:1).
 */
export const theme = createTheme({
  fontFamily: '"Noto Sans", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", system-ui, sans-serif', fontWeight: '700' },
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'sm',
});

/**
 * Mantine's greys for secondary text are too light to read (dimmed gray-6 is 3.3:1 on white,
 * placeholders 2.1:1): darker greys keep them secondary yet at least 4.5:1 on white and on the
 * light tints of striped rows and cards. Light buttons put teal-9 text on teal-1 (4.3:1, and
 * 3.8:1 hovered): a shade darker reads at 5:1 or more in both states. A filled button hovered went
 * to teal-8 (white on it 3.9:1): it darkens instead. An input's error text was red-6 (3.3:1): red-9 reads at 5.4:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    [`--mantine-color-${t.primaryColor}-light-color`]: darken(t.colors[t.primaryColor]![9], 0.15),
    [`--mantine-color-${t.primaryColor}-filled-hover`]: darken(t.colors[t.primaryColor]![9], 0.15),
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});
