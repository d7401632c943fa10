// STUB: helper "swot services" replaces this file.
import type { SwotCallName } from '../../../shared/contract/swot';
import { swotCalls } from '../../../shared/contract/swot';
import { stubHandlers } from '../stubHandlers';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';

export function swotHandlers(_registry: WorkspaceRegistry): HandlerMap<SwotCallName> {
  return stubHandlers(Object.keys(swotCalls) as SwotCallName[]);
}
