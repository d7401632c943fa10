/*
 * The sensitivity worker: the search for all groups of a large session takes long enough to drop
 * frames while a slider is dragged, so it runs here. It keeps the last input it was sent, so the
 * results' cell table (cached per input object) is built once per session state, not per weight.
 */
import type { SelectionInput } from '../../../../../shared/domain/selection/results/types';
import { sensitivity } from '../../../../../shared/domain/selection/sensitivity/sensitivity';
import type { SensitivityRequest, SensitivityResponse } from './sensitivityClient';

const scope = self as unknown as { onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null; postMessage(response: SensitivityResponse): void };

let held: SelectionInput | null = null;

scope.onmessage = ({ data: { id, input, overrides } }) => {
  try {
    if (input) held = input;
    if (!held) throw new Error('sensitivity request without an input');
    scope.postMessage({ id, result: sensitivity(held, overrides) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
