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
 * 3.8:1 hovered): a shade darker reads at 5:1 or more in both states.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    [`--mantine-color-${t.primaryColor}-light-color`]: darken(t.colors[t.primaryColor]![9], 0.15),
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});
