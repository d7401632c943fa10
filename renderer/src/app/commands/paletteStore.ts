import { createSpotlight } from '@mantine/spotlight';

/** The command palette's own open/closed state: the `commandPalette` command opens it, the palette reads it. */
export const [paletteStore, palette] = createSpotlight();
