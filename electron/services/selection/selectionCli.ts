// STUB: helper "selection results and CLI" replaces this file.
import type { CliCommand } from '../../cli/types';

/** `site-selection`: results from a scores CSV or from a session stored in a workspace. */
export const selectionCli: readonly CliCommand[] = [];
