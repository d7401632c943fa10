import { createTheme } from '@mantine/core';

/**
 * One theme; presentation mode only raises the root font size (everything is in rem)
 * and switches to high contrast through `html[data-presentation=on]` in app.css.
 */
export const theme = createTheme({
  fontFamily: '"Noto Sans", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", system-ui, sans-serif', fontWeight: '700' },
  primaryColor: 'teal',
  primaryShade: 8,
  defaultRadius: 'sm',
});
