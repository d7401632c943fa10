import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { ActorFlowNode } from './ActorNode';
import type { Scene } from './buildScene';

/** What the DOM nodes show beyond the scene: selection, search matches, keyboard focus, and whether they can be edited. */
export interface FlowNodeMarks {
  selected: ReadonlySet<number>;
  highlighted: ReadonlySet<number> | null;
  focused: number;
  editable: boolean;
  /** Words for an actor's node: kind and sector. */
  describe: (index: number) => string;
}

/**
 * React Flow's nodes for the actors that have DOM nodes (`dom`, indices into the scene): rebuilt
 * when that set, the scene or the marks change (none of which happens during a drag); a drag
 * moves them through `onNodesChange` until the next rebuild.
 */
export function useFlowNodes(dom: readonly number[] | null, scene: Scene, marks: FlowNodeMarks) {
  const { selected, highlighted, focused, editable, describe } = marks;
  const base = useMemo(
    () =>
      (dom ?? []).map((i): ActorFlowNode => {
        const d = 2 * scene.r[i]!;
        return {
          id: scene.actorIds[i]!,
          type: 'actor',
          position: { x: scene.x[i]!, y: scene.y[i]! },
          width: d,
          height: d,
          selected: selected.has(i),
          connectable: editable,
          draggable: editable,
          data: { name: scene.names[i]!, description: describe(i), radius: scene.r[i]!, match: highlighted?.has(i) ?? false, focused: i === focused },
        };
      }),
    [dom, scene, selected, highlighted, focused, editable, describe],
  );
  const [moved, setMoved] = useState<{ base: ActorFlowNode[]; nodes: ActorFlowNode[] }>({ base, nodes: base });
  const nodes = moved.base === base ? moved.nodes : base;
  const onNodesChange = useCallback(
    (changes: NodeChange<ActorFlowNode>[]) => {
      const kept = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (kept.length) setMoved((m) => ({ base, nodes: applyNodeChanges(kept, m.base === base ? m.nodes : base) }));
    },
    [base],
  );
  return { nodes, onNodesChange };
}
