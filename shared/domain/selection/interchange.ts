// STUB: the services helper of this feature replaces this file (shape, refine, placeOf, upgrades[2], emptySelectionSection).
import type { InterchangeSectionSpec } from '../workspace/interchange';

export type SelectionSection = Record<string, never>;
export const emptySelectionSection = (): SelectionSection => ({});
export const selectionInterchange: InterchangeSectionSpec = { shape: {} };
