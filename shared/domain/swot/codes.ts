/** Coded values of SWOT and TOWS (issue 8); names are catalog keys `swot.codes.<list>.<value>`. */

export const quadrants = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type Quadrant = (typeof quadrants)[number];

/** TOWS strategies pair an inside quadrant with an outside one. */
export const strategyKinds = ['SO', 'ST', 'WO', 'WT'] as const;
export type StrategyKind = (typeof strategyKinds)[number];

/** The two quadrants a strategy of each kind draws on: the only items it may link to. */
export const strategyQuadrants: Record<StrategyKind, readonly [Quadrant, Quadrant]> = {
  SO: ['strength', 'opportunity'],
  ST: ['strength', 'threat'],
  WO: ['weakness', 'opportunity'],
  WT: ['weakness', 'threat'],
};

/** The dots each participant may give in dot voting, unless the board says otherwise. */
export const DEFAULT_DOTS = 3;
export const DOTS_MAX = 50;
