// STUB (lead, issue 8 skeleton): removed once every handler of the selection and swot features exists.
import { AppError } from '../../shared/contract/errors';
import type { CallName } from '../../shared/contract';
import type { HandlerMap } from './types';

export function stubHandlers<K extends CallName>(names: readonly K[]): HandlerMap<K> {
  return Object.fromEntries(
    names.map((n) => [
      n,
      () => {
        throw new AppError('unsupportedHere');
      },
    ]),
  ) as unknown as HandlerMap<K>;
}
