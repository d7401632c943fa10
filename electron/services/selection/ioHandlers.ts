// STUB: helper "sensitivity and exports" replaces this file.
import type { SelectionCallName } from '../../../shared/contract/selection';
import { stubHandlers } from '../stubHandlers';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';

export type SelectionIoCallName = Extract<SelectionCallName, 'selection.rubrics.export' | 'selection.rubrics.import' | 'selection.export.results'>;

export function selectionIoHandlers(_registry: WorkspaceRegistry): HandlerMap<SelectionIoCallName> {
  return stubHandlers(['selection.rubrics.export', 'selection.rubrics.import', 'selection.export.results']);
}
