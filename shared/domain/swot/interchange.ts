// STUB: the services helper of this feature replaces this file (shape, refine, placeOf, upgrades[2], emptySwotSection).
import type { InterchangeSectionSpec } from '../workspace/interchange';

export type SwotSection = Record<string, never>;
export const emptySwotSection = (): SwotSection => ({});
export const swotInterchange: InterchangeSectionSpec = { shape: {} };
