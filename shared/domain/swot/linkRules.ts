import { type Quadrant, type StrategyKind, strategyQuadrants } from './codes';

/** True when a strategy of this kind may cite an item of this quadrant. */
export const linkFits = (kind: StrategyKind, quadrant: Quadrant): boolean => strategyQuadrants[kind].includes(quadrant);

/**
 * The `linkQuadrant` error's parameters: the kind as it is written (SO, WT …) and its two quadrants
 * as a catalog key (`swot.codes.strategyQuadrants.<kind>`), worded in the reader's language.
 */
export const linkQuadrantParams = (kind: StrategyKind) => ({ kind: `swot.codes.strategyKinds.${kind}`, quadrants: `swot.codes.strategyQuadrants.${kind}` });
