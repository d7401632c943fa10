import type { Activity, ProgramIndicator } from '../types';

/*
 * The indicators of the Matriks Rencana Aksi and of the PDM, which must list them alike: a
 * program's own indicators with their targets, and under it each activity's output as its indicator.
 */

/** A program's indicators by name and target. */
export const programIndicators = (indicators: readonly ProgramIndicator[]) => indicators.map((x) => ({ name: x.name, target: x.target }));

/** An activity's indicator: its output, when it names one (with no target of its own). */
export const activityIndicators = (a: Pick<Activity, 'output'>) => (a.output.trim() === '' ? [] : [{ name: a.output, target: '' }]);
