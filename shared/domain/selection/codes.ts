/**
 * Coded values of site selection (issue 8). Names are catalog keys `selection.codes.<list>.<value>`;
 * migration 3 writes the same lists out literally.
 */

/** What a criterion concerns: one of Porter's four diamond determinants, or social capital (the radar's axes). */
export const determinants = ['factor', 'demand', 'related', 'strategy', 'socialCapital'] as const;
export type Determinant = (typeof determinants)[number];

/** How the scorers' scores of one cell become the group's. */
export const aggregations = ['mean', 'median'] as const;
export type Aggregation = (typeof aggregations)[number];

/** `scorers`: each scorer scores, a consensus may override a cell; `consensus`: one score per cell, agreed in the room. */
export const scoringModes = ['scorers', 'consensus'] as const;
export type ScoringMode = (typeof scoringModes)[number];

/** Which clusters of a group are selected: the first N by rank, or every cluster at or above a percentage. */
export const selectionRules = ['topN', 'threshold'] as const;
export type SelectionRule = (typeof selectionRules)[number];

/** Who typed a score: the scorer at their own laptop, or the facilitator for someone without one. */
export const FACILITATOR = 'facilitator';

/** The one progress row of a consensus-mode session stands under this id instead of a scorer's. */
export const CONSENSUS_PROGRESS = 'consensus';
