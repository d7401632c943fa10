import { useRef } from 'react';
import { quietly, type SwotEdit } from '../useSwotBoard';

/**
 * A participant's dot given (+1) or taken back (−1) on an item. The call sets the count outright,
 * so each step counts from the last count asked for while an earlier call is still on its way:
 * counting from the board shown, a quick click then "+" sent the same count twice and lost a dot.
 */
export function useDotSteps(edit: SwotEdit): (itemId: string, voterId: string, shown: number, step: 1 | -1) => void {
  const asked = useRef(new Map<string, number>());
  return (itemId, voterId, shown, step) => {
    const key = `${itemId}\n${voterId}`;
    const from = asked.current.get(key) ?? shown;
    const dots = from + step;
    if (dots < 0) return;
    asked.current.set(key, dots);
    const settled = () => {
      if (asked.current.get(key) === dots) asked.current.delete(key);
    };
    const call = edit('swot.votes.set', { itemId, voterId, dots });
    call.then(settled, settled);
    quietly(call);
  };
}
